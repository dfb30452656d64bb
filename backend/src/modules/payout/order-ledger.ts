import {
  type CreditedLine,
  convertSplit,
  type ExchangeRate,
  type PaymentPart,
  type PayoutPartKind,
  paymentFee,
  rateOn,
  reverseCredits,
  splitPayment,
} from "@ovop/domain"
import { BANK_TRANSFER_PROVIDER, STRIPE_PAYMENT_PROVIDER } from "../../lib/payment-providers"
import type { NewPayoutEntry } from "./service"

/** A part of an order as the ledger sees it: a line of goods or a shipping method. */
export type OrderPart = PaymentPart & { kind: PayoutPartKind }

/**
 * Money that moved on a payment, as the ledger books it: keyed by the business event it is (the
 * key every entry it makes carries, so it is booked once), its amount (main unit) and its time.
 */
export type PaymentEvent = { event_key: string; amount: number; occurred_at: Date }

/**
 * A payment of the order with what credits it (`captures`) and what reverses it (`refunds`):
 * a Medusa payment's captures and refunds (`medusaLedgerPayment`), or a wholesale payment
 * received on an accepted quote's order (`wholesaleLedgerPayment`).
 */
export type OrderPayment = {
  id: string
  provider_id: string
  captures: PaymentEvent[]
  refunds: PaymentEvent[]
}

type MoneyMovement = { id: string; amount: number; created_at: Date }

/** A Medusa payment as the ledger books it: each capture keyed `capture:<id>`, each refund `refund:<id>`. */
export function medusaLedgerPayment(payment: {
  id: string
  provider_id: string
  captures: MoneyMovement[]
  refunds: MoneyMovement[]
}): OrderPayment {
  const events = (prefix: string, movements: MoneyMovement[]) =>
    movements.map((movement) => ({
      event_key: `${prefix}:${movement.id}`,
      amount: movement.amount,
      occurred_at: movement.created_at,
    }))
  return {
    id: payment.id,
    provider_id: payment.provider_id,
    captures: events("capture", payment.captures),
    refunds: events("refund", payment.refunds),
  }
}

/**
 * The payment provider whose fee a wholesale payment bears: a card payment is taken by Stripe (as
 * a card checkout), a transfer arrives on the association's account (as a retail bank transfer).
 */
export const WHOLESALE_PAYMENT_PROVIDER = {
  card: STRIPE_PAYMENT_PROVIDER,
  transfer: BANK_TRANSFER_PROVIDER,
} as const

/**
 * A wholesale payment (a transfer staff recorded, a card payment Stripe confirmed) as the ledger
 * books it: one credit keyed `wholesale_payment:<id>` at the moment it was recorded (its day's
 * rate, as a capture's), and once the order is cancelled a reversal of all of it keyed
 * `wholesale_cancel:<id>` (never before the credit: a payment recorded after the cancellation is
 * credited and reversed at once), as cancelling a captured order refunds it.
 */
export function wholesaleLedgerPayment(
  payment: { id: string; amount: number; method: keyof typeof WHOLESALE_PAYMENT_PROVIDER; created_at: Date },
  orderCanceledAt: Date | null,
): OrderPayment {
  const reversedAt =
    orderCanceledAt && +orderCanceledAt < +payment.created_at ? payment.created_at : (orderCanceledAt ?? null)
  return {
    id: payment.id,
    provider_id: WHOLESALE_PAYMENT_PROVIDER[payment.method],
    captures: [
      { event_key: `wholesale_payment:${payment.id}`, amount: payment.amount, occurred_at: payment.created_at },
    ],
    refunds: reversedAt
      ? [{ event_key: `wholesale_cancel:${payment.id}`, amount: payment.amount, occurred_at: reversedAt }]
      : [],
  }
}

/** An entry already in the ledger, as far as the next bookings need it. */
export type BookedEntry = Pick<
  NewPayoutEntry,
  | "kind"
  | "part_id"
  | "event_key"
  | "payment_id"
  | "producer_group_id"
  | "share"
  | "tax"
  | "gross"
  | "commission"
  | "commission_rate"
  | "fee"
  | "net"
  | "association"
  | "rate_to_kgs"
  | "kgs_net"
  | "kgs_commission"
  | "kgs_fee"
  | "kgs_association"
>

/** A capture (or wholesale payment) that cannot be booked yet: no rate to som for its currency on its day. */
export type WaitingEvent = { event_key: string; currency: string; day: string }

const num = (value: unknown) => Number(value ?? 0)

/**
 * The entries an order's payments call for that the ledger does not hold yet: a credit per part for
 * every capture or wholesale payment (the domain's `splitPayment`, converted with `convertSplit` at
 * the rate of its day) and a debit per part for every refund or cancellation (`reverseCredits` over
 * what the payment's credits left, at the rates the credits used), each under its event's key.
 * Captures with no rate wait (listed in `waiting`), and so do refunds of payments with nothing
 * credited yet. Pure: the caller loads and books.
 */
export function orderLedgerEntries(input: {
  order: { id: string; currency_code: string; parts: OrderPart[] }
  payments: OrderPayment[]
  booked: BookedEntry[]
  rates: ExchangeRate[]
  /** The fee percent of a payment provider (0 when it charges none). */
  feePercentOf: (providerId: string) => number
}): { entries: NewPayoutEntry[]; waiting: WaitingEvent[] } {
  const code = input.order.currency_code.toLowerCase()
  const ledger: BookedEntry[] = [...input.booked]
  const entries: NewPayoutEntry[] = []
  const waiting: WaitingEvent[] = []
  const bookedKeys = new Set(input.booked.map((entry) => entry.event_key))
  const kindOf = new Map(input.order.parts.map((part) => [part.key, part.kind]))
  const book = (entry: NewPayoutEntry) => {
    entries.push(entry)
    ledger.push(entry)
  }

  for (const payment of input.payments) {
    for (const capture of [...payment.captures].sort((a, b) => +a.occurred_at - +b.occurred_at)) {
      const eventKey = capture.event_key
      if (bookedKeys.has(eventKey)) continue
      const day = capture.occurred_at.toISOString().slice(0, 10)
      const rate = rateOn(input.rates, code, day)
      if (rate === null) {
        waiting.push({ event_key: eventKey, currency: code, day })
        continue
      }
      const fee = paymentFee(capture.amount, code, input.feePercentOf(payment.provider_id))
      const split = splitPayment({ amount: capture.amount, fee, currencyCode: code, parts: input.order.parts })
      const som = convertSplit(capture.amount, code, rate, split).shares
      split.forEach((share, index) => {
        if (share.share === 0) return
        const kgs = som[index] ?? { net: 0, commission: 0, fee: 0, association: 0 }
        const part = input.order.parts[index] as OrderPart
        book({
          kind: "credit",
          producer_group_id: share.groupId,
          order_id: input.order.id,
          part_id: share.key,
          part_kind: part.kind,
          event_key: eventKey,
          payment_id: payment.id,
          currency_code: code,
          share: share.share,
          tax: share.tax,
          gross: share.gross,
          commission: share.commission,
          commission_rate: share.groupId ? part.commissionRate : 0,
          fee: share.fee,
          net: share.net,
          association: share.association,
          rate_to_kgs: rate,
          kgs_net: kgs.net,
          kgs_commission: kgs.commission,
          kgs_fee: kgs.fee,
          kgs_association: kgs.association,
          occurred_at: capture.occurred_at,
        } as NewPayoutEntry)
      })
    }

    for (const refund of [...payment.refunds].sort((a, b) => +a.occurred_at - +b.occurred_at)) {
      const eventKey = refund.event_key
      if (bookedKeys.has(eventKey)) continue
      const lines = creditedLines(ledger.filter((entry) => entry.payment_id === payment.id))
      for (const reversal of reverseCredits(
        refund.amount,
        code,
        lines.map((line) => line.credited),
      )) {
        const line = lines.find((candidate) => candidate.credited.key === reversal.key)
        book({
          kind: "debit",
          producer_group_id: reversal.groupId,
          order_id: input.order.id,
          part_id: reversal.key,
          part_kind: kindOf.get(reversal.key) ?? "item",
          event_key: eventKey,
          payment_id: payment.id,
          currency_code: code,
          share: reversal.share,
          tax: reversal.tax,
          gross: reversal.gross,
          commission: reversal.commission,
          commission_rate: line?.commissionRate ?? 0,
          fee: reversal.fee,
          net: reversal.net,
          association: reversal.association,
          rate_to_kgs: line?.rate ?? 1,
          kgs_net: reversal.kgs.net,
          kgs_commission: reversal.kgs.commission,
          kgs_fee: reversal.kgs.fee,
          kgs_association: reversal.kgs.association,
          occurred_at: refund.occurred_at,
        } as NewPayoutEntry)
      }
    }
  }
  return { entries, waiting }
}

/** What a payment's entries leave of each part: credits minus debits, with the last credit's rates. */
function creditedLines(entries: BookedEntry[]): { credited: CreditedLine; rate: number; commissionRate: number }[] {
  const byPart = new Map<string, { credited: CreditedLine; rate: number; commissionRate: number }>()
  for (const entry of entries) {
    const sign = entry.kind === "credit" ? 1 : -1
    const line = byPart.get(entry.part_id) ?? {
      credited: {
        key: entry.part_id,
        groupId: entry.producer_group_id ?? null,
        share: 0,
        tax: 0,
        gross: 0,
        commission: 0,
        fee: 0,
        net: 0,
        association: 0,
        kgs: { net: 0, commission: 0, fee: 0, association: 0 },
      },
      rate: num(entry.rate_to_kgs),
      commissionRate: num(entry.commission_rate),
    }
    const credited = line.credited
    // Sums of amounts already whole in the smallest unit; rounded back to kill binary noise.
    const add = (a: number, b: unknown) => Math.round((a + sign * num(b)) * 100) / 100
    credited.share = add(credited.share, entry.share)
    credited.tax = add(credited.tax, entry.tax)
    credited.gross = add(credited.gross, entry.gross)
    credited.commission = add(credited.commission, entry.commission)
    credited.fee = add(credited.fee, entry.fee)
    credited.net = add(credited.net, entry.net)
    credited.association = add(credited.association, entry.association)
    credited.kgs.net += sign * num(entry.kgs_net)
    credited.kgs.commission += sign * num(entry.kgs_commission)
    credited.kgs.fee += sign * num(entry.kgs_fee)
    credited.kgs.association += sign * num(entry.kgs_association)
    if (entry.kind === "credit") {
      line.rate = num(entry.rate_to_kgs)
      line.commissionRate = num(entry.commission_rate)
    }
    byPart.set(entry.part_id, line)
  }
  return [...byPart.values()].filter((line) => line.credited.share > 0)
}
