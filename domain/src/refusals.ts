import type { Month } from "./dates.js"
import type { LocalisedText } from "./restrictions.js"

/**
 * The shop's refusals: what a shopper asked for that the rules do not allow (out of season,
 * too few left, off sale, pre-order limits, a card the bank declined). The backend answers each
 * with a stable `code` and its `params`; the storefront, the emails and the admin render the
 * message from them in the reader's language (`@ovop/domain/messages`, the catalogues kept apart
 * so a page loads them only when it shows a refusal). Nobody matches message text.
 */

/** A product a refusal is about: its name (in the reader's language once rendered) and its id. */
export type ProductRef = { product: string; product_id?: string }

/** A producer group a refusal is about: its name (in the reader's language once rendered) and its id. */
export type GroupRef = { group: string; group_id?: string }

/** Every refusal code and the parameters it carries. */
export type RefusalParams = {
  /** Not sold this month; `month` (1-12) is when its season opens again, absent when unknown. */
  out_of_season: ProductRef & { month?: Month }
  /** Nothing left on the shelf. */
  sold_out: ProductRef
  /** Fewer left than asked for: `left` units. */
  too_few_left: ProductRef & { left: number }
  /** Fewer left than asked for, beyond the units already in the cart. */
  too_few_left_beyond_cart: ProductRef & { left: number }
  /** The last units went to another shopper while this one was checking out (product unknown when absent). */
  sold_out_during_checkout: Partial<ProductRef>
  /** The producer group has paused its sales. */
  group_paused: ProductRef & GroupRef
  /**
   * The units left of the product are past their best-before day (`best_before`, YYYY-MM-DD): such
   * food is never sold; `left` fresh units remain (0 when none).
   */
  past_best_before: ProductRef & { best_before: string; left: number }
  /** The group's Issyk-Kul brand certificate has expired and the store takes such products off sale. */
  certificate_expired: ProductRef & GroupRef
  /** The coming lot has only `left` units open for pre-order. */
  preorder_too_few_left: ProductRef & { left: number }
  /** The coming lot is fully pre-ordered. */
  fully_preordered: ProductRef
  /** The harvest is in: the product is sold from stock now, not pre-ordered. */
  preorder_closed: ProductRef
  /** No pre-order is open: the product is in stock, or no harvest is planned. */
  preorder_unavailable: ProductRef
  /** A cart line the server did not make (its pre-order record is missing or does not match). */
  line_not_recorded: ProductRef
  /** The price of a pre-ordered product changed since it was put in the cart. */
  preorder_price_changed: ProductRef
  /** The product has no price in the cart's currency (`currency`: its ISO code, upper case). */
  no_price_in_currency: ProductRef & { currency: string }
  /**
   * At checkout a line's price was not the product's price for the cart (its currency, region,
   * customer group, quantity): the cart has been priced again; check the new total and pay again.
   */
  cart_prices_changed: ProductRef
  /** The way to pay (`provider`, its id) is not offered by the store now (bank transfer without an account set up). */
  payment_unavailable: { provider: string }
  /**
   * The delivery or the way to pay (`needs`: `courier` or `cash_on_delivery`) needs a phone number
   * the courier can call, and `field` (`shipping_address.phone`) is empty (`problem: "missing"`) or
   * not a number of the address's `country` (ISO alpha-2, lower case; `problem: "invalid"`).
   */
  phone_required: {
    field: string
    country: string
    needs: "courier" | "cash_on_delivery"
    problem: "missing" | "invalid"
  }
  /** Another request is changing the same cart. */
  cart_busy: Record<string, never>
  /** The card's bank declined the payment; `reason` is the decline code (Stripe's), when known. */
  card_declined: { reason?: string }
  /** The card payment was not confirmed in the card form (or its bank's check) before checkout. */
  card_not_confirmed: Record<string, never>
  /**
   * Too many requests from one address (or naming one email); try again after `seconds`. `limit`
   * names the limit reached (`sign-in`, `sign-in-email`, `password-reset-email`, ...; docs/api.md).
   */
  rate_limited: { seconds: number; limit?: string }
  /**
   * The product may not be sent to the cart's destination `country` (ISO alpha-2, lower case):
   * `reason_code` and `restriction`, the reason in every language (restrictions.ts).
   */
  restricted_destination: ProductRef & { country: string; reason_code: string; restriction: LocalisedText }
  /**
   * The cart holds lines that may not be sent to its destination `country`: each line (its id and
   * product) must be removed before checkout.
   */
  restricted_lines: { country: string; lines: (ProductRef & { line_id: string; reason_code: string })[] }
  /** Wholesale: `quantity` units are not whole cases of `case_pack` (the product named with its variant). */
  not_whole_cases: ProductRef & { quantity: number; case_pack: number }
  /** Wholesale: `quantity` units are fewer than the variant's minimum order quantity `minimum`. */
  below_minimum_quantity: ProductRef & { quantity: number; minimum: number }
  /** Wholesale: the order's `total` is below the minimum order value `minimum`, both in `currency` (ISO, upper case). */
  below_minimum_order_value: { total: number; minimum: number; currency: string }
  /** A cart on the wholesale channel used by someone who is not an approved wholesale buyer. */
  wholesale_buyers_only: Record<string, never>
  /**
   * Wholesale: `quantity` units are more than the shelf (`on_shelf`) and the coming lot
   * (`bookable`, shipping in `lot_month`, YYYY-MM, when known) together, both in whole cases.
   */
  beyond_shelf_and_lot: ProductRef & { quantity: number; on_shelf: number; bookable: number; lot_month?: string }
  /** Wholesale: `quantity` units are more than the shelf (`on_shelf`, whole cases) and no coming lot takes bookings. */
  beyond_shelf_no_lot: ProductRef & { quantity: number; on_shelf: number }
}

/** A refusal code. */
export type RefusalCode = keyof RefusalParams

/** A refusal: its code and parameters, as the backend answers it (`{ code, params, message }`). */
export type Refusal = { [Code in RefusalCode]: { code: Code; params: RefusalParams[Code] } }[RefusalCode]

/** Every refusal code, in the order `docs/api.md` lists them. */
export const REFUSAL_CODES = [
  "out_of_season",
  "sold_out",
  "too_few_left",
  "too_few_left_beyond_cart",
  "sold_out_during_checkout",
  "group_paused",
  "certificate_expired",
  "past_best_before",
  "preorder_too_few_left",
  "fully_preordered",
  "preorder_closed",
  "preorder_unavailable",
  "line_not_recorded",
  "preorder_price_changed",
  "no_price_in_currency",
  "cart_prices_changed",
  "payment_unavailable",
  "phone_required",
  "cart_busy",
  "card_declined",
  "card_not_confirmed",
  "rate_limited",
  "restricted_destination",
  "restricted_lines",
  "not_whole_cases",
  "below_minimum_quantity",
  "below_minimum_order_value",
  "wholesale_buyers_only",
  "beyond_shelf_and_lot",
  "beyond_shelf_no_lot",
] as const satisfies readonly RefusalCode[]

/** Makes a refusal (typed: the parameters must be the code's). */
export function refusal<Code extends RefusalCode>(code: Code, params: RefusalParams[Code]): Refusal {
  return { code, params } as Refusal
}

/** True when `value` is a refusal code. */
export function isRefusalCode(value: unknown): value is RefusalCode {
  return typeof value === "string" && (REFUSAL_CODES as readonly string[]).includes(value)
}

/** The catalogue key a refusal is written under (a code whose wording depends on a parameter has two). */
export function refusalMessageKey(refusal: Refusal): string {
  if (refusal.code === "out_of_season" && refusal.params.month === undefined) return "out_of_season_no_month"
  if (refusal.code === "sold_out_during_checkout" && !refusal.params.product) return "sold_out_during_checkout_unnamed"
  if (refusal.code === "past_best_before" && refusal.params.left > 0) return "past_best_before_left"
  if (refusal.code === "phone_required" && refusal.params.problem === "invalid") return "phone_invalid"
  if (refusal.code === "beyond_shelf_and_lot" && refusal.params.lot_month === undefined)
    return "beyond_shelf_and_lot_no_month"
  return refusal.code
}

/** The `{name}` placeholders a message uses, sorted. */
export function placeholdersOf(message: string): string[] {
  return [...new Set([...message.matchAll(/\{(\w+)\}/g)].map((match) => match[1] ?? ""))].sort()
}

/**
 * Reads a refusal back from an error body (`{ code, params }`), as the storefront gets it; null
 * when the body is not one of the shop's refusals.
 */
export function refusalOf(body: unknown): Refusal | null {
  if (!body || typeof body !== "object") return null
  const { code, params } = body as { code?: unknown; params?: unknown }
  if (!isRefusalCode(code)) return null
  return { code, params: params && typeof params === "object" ? params : {} } as Refusal
}
