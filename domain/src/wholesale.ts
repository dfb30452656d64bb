import { fromMinorUnits, type Money, toMinorUnits } from "./money.js"
import { type ProductRef, type Refusal, refusal } from "./refusals.js"

/**
 * Export wholesale: the rules an importer's order follows, written once for the backend's cart
 * rules, the storefront's quick-order grid and the admin. Quantities are in units (jars, bottles,
 * pieces), sold in whole cases; prices fall with the number of cases (volume tiers); an order has
 * a minimum value; payment follows the order's terms.
 */

/** A volume tier: the price of one unit when a line holds `min_cases` to `max_cases` cases (null: no upper bound). */
export type VolumeTier = { min_cases: number; max_cases: number | null; amount: number }

/** The shop's volume tiers, in cases: 1-11, 12-47, 48 and more. */
export const VOLUME_TIER_BOUNDS: readonly { min_cases: number; max_cases: number | null }[] = [
  { min_cases: 1, max_cases: 11 },
  { min_cases: 12, max_cases: 47 },
  { min_cases: 48, max_cases: null },
]

/** What a variant is sold in on the wholesale channel: units per case and the least units per order line. */
export type WholesaleTerms = { case_pack: number; min_quantity: number }

/** Whole cases in `quantity` units (rounded down). */
export function casesOf(quantity: number, casePack: number): number {
  return casePack > 0 ? Math.floor(quantity / casePack) : 0
}

/**
 * The tier a line of `cases` cases is priced at: the one whose range holds it; null when none
 * does (fewer cases than the first tier, or a gap in the list). Tiers may come in any order.
 */
export function tierFor(tiers: readonly VolumeTier[], cases: number): VolumeTier | null {
  return tiers.find((tier) => cases >= tier.min_cases && (tier.max_cases === null || cases <= tier.max_cases)) ?? null
}

/**
 * Tiers from unit prices for each of the shop's tier bounds (first price for 1-11 cases, ...),
 * each rounded to the currency's smallest unit.
 */
export function volumeTiers(unitPrices: readonly number[], currencyCode: string): VolumeTier[] {
  return VOLUME_TIER_BOUNDS.slice(0, unitPrices.length).map((bounds, index) => ({
    ...bounds,
    amount: fromMinorUnits(toMinorUnits(unitPrices[index] ?? 0, currencyCode), currencyCode),
  }))
}

/**
 * The unit quantity range (`min_quantity`, `max_quantity`) a tier covers for a case pack, as
 * Medusa's price lists store it on a price. The ranges meet without gaps, from the unit after the
 * previous tier's last whole case: 1-11 cases of 12 is 1-132 units, 12-47 cases 133-564, 48 and
 * more from 565. The first starts at 1 because Medusa prices a product shown without a quantity
 * (a catalogue page) as quantity 1, so the buyer sees the first tier's price there.
 */
export function tierQuantityRange(tier: Pick<VolumeTier, "min_cases" | "max_cases">, casePack: number) {
  return {
    min_quantity: (tier.min_cases - 1) * casePack + 1,
    max_quantity: tier.max_cases === null ? null : tier.max_cases * casePack,
  }
}

/**
 * Wholesale unit prices of the shop's tiers from a retail price: the retail price times each
 * tier's factor (e.g. 0.6, 0.55, 0.5), rounded to the currency's smallest unit.
 */
export function wholesaleTierPrices(retailPrice: number, factors: readonly number[], currencyCode: string): number[] {
  return factors.map((factor) => fromMinorUnits(toMinorUnits(retailPrice * factor, currencyCode), currencyCode))
}

/** A wholesale order line to judge: the product (and variant, named as the buyer sees it), quantity in units and terms. */
export type WholesaleLine = ProductRef & { quantity: number; terms: WholesaleTerms }

/**
 * Why a line may not be ordered as it stands, or null when it may: a quantity below the
 * minimum (`below_minimum_quantity`) is named before one that is not whole cases
 * (`not_whole_cases`), since raising it to the minimum is the first thing to do.
 */
export function wholesaleLineRefusal(line: WholesaleLine): Refusal | null {
  const { quantity, terms } = line
  const ref: ProductRef = line.product_id
    ? { product: line.product, product_id: line.product_id }
    : { product: line.product }
  if (quantity < terms.min_quantity) {
    return refusal("below_minimum_quantity", { ...ref, quantity, minimum: terms.min_quantity })
  }
  if (terms.case_pack > 1 && quantity % terms.case_pack !== 0) {
    return refusal("not_whole_cases", { ...ref, quantity, case_pack: terms.case_pack })
  }
  return null
}

/** The nearest whole-case quantities around `quantity` (what a refusal may suggest): below (0 when none) and above. */
export function nearestWholeCases(quantity: number, terms: WholesaleTerms): { below: number; above: number } {
  const pack = Math.max(1, terms.case_pack)
  const minimumCases = Math.ceil(terms.min_quantity / pack) * pack
  const below = Math.floor(quantity / pack) * pack
  return { below: below >= minimumCases ? below : 0, above: Math.max(Math.ceil(quantity / pack) * pack, minimumCases) }
}

/**
 * Whether an order of `total` reaches the minimum order value of its currency; a refusal naming
 * both amounts (`below_minimum_order_value`) when not. Compared in the smallest unit.
 */
export function minimumOrderValueRefusal(total: Money, minimum: Money): Refusal | null {
  if (total.currencyCode.toLowerCase() !== minimum.currencyCode.toLowerCase()) {
    throw new Error(`minimum order value in ${minimum.currencyCode} cannot judge an order in ${total.currencyCode}`)
  }
  if (toMinorUnits(total.amount, total.currencyCode) >= toMinorUnits(minimum.amount, minimum.currencyCode)) return null
  return refusal("below_minimum_order_value", {
    total: total.amount,
    minimum: minimum.amount,
    currency: total.currencyCode.toUpperCase(),
  })
}

/** The payment terms an order may carry: all before shipment, 30 % deposit and the balance before shipment, or 30 days after the invoice. */
export const PAYMENT_TERMS = ["prepayment", "deposit_30", "net_30"] as const
export type PaymentTerms = (typeof PAYMENT_TERMS)[number]

/** True when `value` is one of the payment terms. */
export function isPaymentTerms(value: unknown): value is PaymentTerms {
  return typeof value === "string" && (PAYMENT_TERMS as readonly string[]).includes(value)
}

/** One payment an order's terms ask for: what it is, how much, and the day it is due (YYYY-MM-DD). */
export type Installment = { kind: "prepayment" | "deposit" | "balance" | "invoice"; amount: number; due: string }

/** The days an order's schedule counts from: the order's day, the planned shipment and the invoice (defaults: shipment). */
export type ScheduleDays = { ordered: string; ships: string; invoiced?: string }

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/

/** `day` (YYYY-MM-DD) plus `days` calendar days. */
export function addDays(day: string, days: number): string {
  const match = DAY.exec(day)
  if (!match) throw new Error(`not a day (YYYY-MM-DD): ${day}`)
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]) + days))
  return date.toISOString().slice(0, 10)
}

/**
 * What is due and when under `terms` for an order of `total`: prepayment, all on the order's day;
 * 30 % deposit on the order's day and the balance by the planned shipment (the deposit rounded to
 * the smallest unit, the balance the rest, so the two add up exactly); net 30, all 30 days after
 * the invoice (issued at shipment unless said otherwise).
 */
export function paymentSchedule(terms: PaymentTerms, total: Money, days: ScheduleDays): Installment[] {
  const { currencyCode } = total
  if (days.ships < days.ordered) throw new Error("an order cannot ship before it is placed")
  if (terms === "prepayment") return [{ kind: "prepayment", amount: total.amount, due: days.ordered }]
  if (terms === "net_30")
    return [{ kind: "invoice", amount: total.amount, due: addDays(days.invoiced ?? days.ships, 30) }]
  const totalMinor = toMinorUnits(total.amount, currencyCode)
  const depositMinor = Math.round((totalMinor * 30) / 100)
  return [
    { kind: "deposit", amount: fromMinorUnits(depositMinor, currencyCode), due: days.ordered },
    { kind: "balance", amount: fromMinorUnits(totalMinor - depositMinor, currencyCode), due: days.ships },
  ]
}

/**
 * Where a wholesale buyer's application stands: waiting for staff (`pending`), `approved` (the
 * customer is a company's buyer admin in the Wholesale group) or `rejected` with a reason.
 */
export const WHOLESALE_APPLICATION_STATUSES = ["pending", "approved", "rejected"] as const
export type WholesaleApplicationStatus = (typeof WHOLESALE_APPLICATION_STATUSES)[number]

/** The moves an application may make: staff decide a pending one once; a decision is final (a rejected buyer applies anew). */
export const WHOLESALE_APPLICATION_TRANSITIONS: Record<
  WholesaleApplicationStatus,
  readonly WholesaleApplicationStatus[]
> = {
  pending: ["approved", "rejected"],
  approved: [],
  rejected: [],
}

/** The outcome of asking for a move: allowed, or refused with a reason staff can act on. */
export type ApplicationTransitionCheck = { allowed: true } | { allowed: false; reason: string }

/** Whether an application in `from` may move to `to`, and if not, why. */
export function checkApplicationTransition(
  from: WholesaleApplicationStatus,
  to: WholesaleApplicationStatus,
): ApplicationTransitionCheck {
  if (from === to) return { allowed: false, reason: `the application is already ${from}` }
  const next = WHOLESALE_APPLICATION_TRANSITIONS[from]
  if (next.includes(to)) return { allowed: true }
  return {
    allowed: false,
    reason: next.length
      ? `an application that is ${from} can only become ${next.join(" or ")}, not ${to}`
      : `the application was ${from} already; it cannot change any more`,
  }
}

/** The roles of a company's users: the buyer admin manages the company's users, buyers order. */
export const COMPANY_ROLES = ["buyer_admin", "buyer"] as const
export type CompanyRole = (typeof COMPANY_ROLES)[number]

/** A company's user as the rules below see them. */
export type CompanyMember = { id: string; role: CompanyRole }

/** A change a buyer admin makes to the company's users. */
export type CompanyMemberChange = { kind: "role"; id: string; role: CompanyRole } | { kind: "remove"; id: string }

/**
 * Whether `change` may be made to a company whose users are `members`: the user must be one of
 * them, and the company always keeps at least one buyer admin (someone who can add and remove
 * users), so the last buyer admin can neither step down nor be removed. Answers the reason
 * otherwise, for the buyer admin to read.
 */
export function companyMemberChangeRefusal(
  members: readonly CompanyMember[],
  change: CompanyMemberChange,
): string | null {
  const member = members.find((candidate) => candidate.id === change.id)
  if (!member) return `user ${change.id} is not one of the company's users`
  if (change.kind === "role" && change.role === member.role) return null
  const admins = members.filter((candidate) => candidate.role === "buyer_admin")
  if (member.role === "buyer_admin" && admins.length === 1) {
    return change.kind === "remove"
      ? "the company's only buyer admin cannot be removed: make another user buyer admin first"
      : "the company's only buyer admin cannot become a buyer: make another user buyer admin first"
  }
  return null
}

/** The customer group approved buyers are put in; the wholesale price lists are for it alone. */
export const WHOLESALE_CUSTOMER_GROUP = "Wholesale"

/** The sales channel of wholesale orders (the seed makes it with its own publishable key). */
export const WHOLESALE_SALES_CHANNEL = "Export wholesale"
