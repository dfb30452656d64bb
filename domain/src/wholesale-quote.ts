import { associationDay } from "./dates.js"
import { fromMinorUnits, toMinorUnits } from "./money.js"
import { addDays, type Installment, type PaymentTerms, paymentSchedule } from "./wholesale.js"

/**
 * Export wholesale quotes (request for quote) and the payments of the orders they become: the
 * statuses and their transitions table, the Incoterms a buyer may ask for, the quote's totals and
 * what is still owed on an order under its payment terms. Money is reckoned in the currency's
 * smallest unit, so sums are exact.
 */

/**
 * Where a quote stands: asked for by a buyer (`requested`), answered by staff with prices, freight
 * and a validity date (`quoted`), then `accepted` (it became an order), `declined` by the buyer,
 * `expired` (its validity passed unanswered), `withdrawn` by the buyer or `cancelled` by staff.
 */
export const QUOTE_STATUSES = [
  "requested",
  "quoted",
  "accepted",
  "declined",
  "expired",
  "withdrawn",
  "cancelled",
] as const
export type QuoteStatus = (typeof QUOTE_STATUSES)[number]

/**
 * The moves a quote may make. Staff may quote a requested quote and quote a quoted one again
 * (new prices replace the old before the buyer answers); the buyer accepts or declines a quoted
 * one; either side may end an open one (the buyer withdraws, staff cancel); a quote whose validity
 * passed expires. Accepted, declined, expired, withdrawn and cancelled are final.
 */
export const QUOTE_TRANSITIONS: Record<QuoteStatus, readonly QuoteStatus[]> = {
  requested: ["quoted", "withdrawn", "cancelled"],
  quoted: ["quoted", "accepted", "declined", "expired", "withdrawn", "cancelled"],
  accepted: [],
  declined: [],
  expired: [],
  withdrawn: [],
  cancelled: [],
}

/** True when `value` is a quote status. */
export function isQuoteStatus(value: unknown): value is QuoteStatus {
  return typeof value === "string" && (QUOTE_STATUSES as readonly string[]).includes(value)
}

/** The outcome of asking for a move: allowed, or refused with a reason a person can act on. */
export type QuoteTransitionCheck = { allowed: true } | { allowed: false; reason: string }

/**
 * Whether a quote in `from` may move to `to` on `today` (YYYY-MM-DD, Bishkek), and if not, why.
 * A quoted quote past its validity (`validUntil`, the last day it holds) can no longer be
 * accepted, only expire, be declined, withdrawn, cancelled or quoted anew.
 */
export function checkQuoteTransition(
  from: QuoteStatus,
  to: QuoteStatus,
  context: { validUntil?: string | null; today?: string } = {},
): QuoteTransitionCheck {
  const next = QUOTE_TRANSITIONS[from]
  if (from === to && !next.includes(to)) return { allowed: false, reason: `the quote is already ${from}` }
  if (!next.includes(to)) {
    return {
      allowed: false,
      reason: next.length
        ? `a quote that is ${from} can only become ${next.filter((s) => s !== from).join(" or ")}, not ${to}`
        : `the quote is ${from}; it cannot change any more`,
    }
  }
  if (to === "accepted" && context.validUntil && context.today && isQuoteExpired(context.validUntil, context.today)) {
    return { allowed: false, reason: `the quote was valid until ${context.validUntil}; ask for a new quote` }
  }
  if (
    to === "expired" &&
    (!context.validUntil || !context.today || !isQuoteExpired(context.validUntil, context.today))
  ) {
    return { allowed: false, reason: "the quote is still valid" }
  }
  return { allowed: true }
}

/** The statuses a quote may move to `to` from (the rows a conditional status change may touch). */
export function quoteStatusesMovingTo(to: QuoteStatus): QuoteStatus[] {
  return QUOTE_STATUSES.filter((from) => QUOTE_TRANSITIONS[from].includes(to))
}

/** True once a quote valid through `validUntil` (YYYY-MM-DD) no longer holds on `today`. */
export function isQuoteExpired(validUntil: string, today: string): boolean {
  return today > validUntil
}

/** The day (YYYY-MM-DD) `instant` falls on in Bishkek, the day quotes and payments are reckoned in. */
export function quoteDay(instant: Date): string {
  return associationDay(instant)
}

/**
 * The delivery terms a buyer may ask for: ex works at the association's store in Karakol, free
 * carrier in Bishkek, or carriage paid to / delivered at the buyer's destination.
 */
export const INCOTERMS = ["EXW", "FCA", "CPT", "DAP"] as const
export type Incoterm = (typeof INCOTERMS)[number]

/** True when `value` is one of the Incoterms the shop trades on. */
export function isIncoterm(value: unknown): value is Incoterm {
  return typeof value === "string" && (INCOTERMS as readonly string[]).includes(value)
}

/** Where the goods pass to the buyer under `incoterm` (the named place the documents print). */
export function incotermPlace(incoterm: Incoterm, destination: { city: string; country_code: string }): string {
  if (incoterm === "EXW") return "Karakol, KG"
  if (incoterm === "FCA") return "Bishkek, KG"
  return `${destination.city}, ${destination.country_code.toUpperCase()}`
}

/** True when the seller pays the carriage to the destination (CPT, DAP): a quote under it names freight. */
export function incotermIncludesFreight(incoterm: Incoterm): boolean {
  return incoterm === "CPT" || incoterm === "DAP"
}

/** A quote line's money: units and the unit price (main unit). */
export type QuoteLineAmount = { quantity: number; unit_price: number }

/** A quote's totals in the main unit: goods (each line units x unit price), freight, and both. */
export type QuoteTotals = { item_total: number; freight: number; total: number }

/** The totals of a quote's lines and freight in `currencyCode`, summed in the smallest unit. */
export function quoteTotals(lines: readonly QuoteLineAmount[], freight: number, currencyCode: string): QuoteTotals {
  const itemMinor = lines.reduce((sum, line) => sum + line.quantity * toMinorUnits(line.unit_price, currencyCode), 0)
  const freightMinor = toMinorUnits(freight, currencyCode)
  return {
    item_total: fromMinorUnits(itemMinor, currencyCode),
    freight: fromMinorUnits(freightMinor, currencyCode),
    total: fromMinorUnits(itemMinor + freightMinor, currencyCode),
  }
}

/**
 * Why an order may not carry `terms` for a company, or null when it may: net 30 is for buyers
 * staff trust (the company's flag).
 */
export function paymentTermsRefusal(terms: PaymentTerms, company: { trusted: boolean }): string | null {
  if (terms === "net_30" && !company.trusted) {
    return "net 30 is only for trusted buyers: mark the company trusted first, or choose prepayment or deposit_30"
  }
  return null
}

/** A payment received on an order: how much (main unit) and the day it arrived. */
export type PaymentReceived = { amount: number; received_on: string }

/** Where an order's payments stand. */
export const ORDER_PAYMENT_STATUSES = ["awaiting_payment", "partially_paid", "overdue", "paid"] as const
export type OrderPaymentStatus = (typeof ORDER_PAYMENT_STATUSES)[number]

/** An installment with what has been paid against it (payments fill installments in order). */
export type InstallmentStanding = Installment & { paid: number; outstanding: number; overdue: boolean }

/** What is owed on an order: each installment's standing, the totals and the status. */
export type OrderBalance = {
  installments: InstallmentStanding[]
  total: number
  paid: number
  balance: number
  status: OrderPaymentStatus
  /** The first installment not yet paid in full, or null when all is paid. */
  next_due: { amount: number; due: string } | null
}

/**
 * What an order of `total` under `terms` still owes on `today`: its schedule (see
 * `paymentSchedule`), payments filling the installments in order of due day, each installment
 * overdue when unpaid after its due day. `paid` once the payments reach the total, `overdue` when
 * an installment is, `partially_paid` after any payment, else `awaiting_payment`. Refuses a
 * payment beyond what is owed (staff record what arrived, and an order cannot be paid twice).
 */
export function orderBalance(
  terms: PaymentTerms,
  total: { amount: number; currencyCode: string },
  days: { ordered: string; ships: string; invoiced?: string },
  payments: readonly PaymentReceived[],
  today: string,
): OrderBalance {
  const { currencyCode } = total
  const minor = (amount: number) => toMinorUnits(amount, currencyCode)
  const main = (amount: number) => fromMinorUnits(amount, currencyCode)
  const schedule = paymentSchedule(terms, total, days)
  let paidMinor = payments.reduce((sum, payment) => sum + minor(payment.amount), 0)
  const totalMinor = minor(total.amount)
  if (paidMinor > totalMinor) {
    throw new Error(`payments of ${main(paidMinor)} exceed the order's total of ${total.amount}`)
  }
  const allPaidMinor = paidMinor
  const installments = schedule.map((installment) => {
    const dueMinor = minor(installment.amount)
    const paidHere = Math.min(dueMinor, paidMinor)
    paidMinor -= paidHere
    const outstanding = dueMinor - paidHere
    return {
      ...installment,
      paid: main(paidHere),
      outstanding: main(outstanding),
      overdue: outstanding > 0 && today > installment.due,
    }
  })
  const balanceMinor = totalMinor - allPaidMinor
  const next = installments.find((installment) => installment.outstanding > 0)
  const status: OrderPaymentStatus =
    balanceMinor === 0
      ? "paid"
      : installments.some((installment) => installment.overdue)
        ? "overdue"
        : allPaidMinor > 0
          ? "partially_paid"
          : "awaiting_payment"
  return {
    installments,
    total: total.amount,
    paid: main(allPaidMinor),
    balance: main(balanceMinor),
    status,
    next_due: next ? { amount: next.outstanding, due: next.due } : null,
  }
}

/** The latest a buyer may ask delivery for, and the earliest (tomorrow): a quote asks for a real plan. */
export function deliveryDateRefusal(requested: string, today: string): string | null {
  if (requested <= today) return `requested_delivery_date must be after today (${today})`
  if (requested > addDays(today, 730)) return "requested_delivery_date must be within two years"
  return null
}
