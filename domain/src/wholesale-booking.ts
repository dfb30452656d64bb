import { type ProductRef, type Refusal, refusal } from "./refusals.js"
import { casesOf, tierFor, type VolumeTier, type WholesaleTerms, wholesaleLineRefusal } from "./wholesale.js"

/**
 * Wholesale bookings beyond the shelf: an importer's line larger than what is on the shelf takes
 * the shelf now and books the rest, in whole cases, against the variant's coming harvest lot (the
 * lot's allowance is shared with the retail pre-orders). Written once for the backend's booking
 * route and checkout, and the storefront's quick-order grid.
 */

/** What a variant offers a wholesale buyer: units on the shelf now, and a coming lot's units still bookable with its month. */
export type ShelfAndLot = {
  /** Units that can be sold from the shelf now (already in whole cases or not: the split rounds down). */
  on_shelf: number
  /** The coming lot, null when none is open to bookings. */
  coming_lot: { bookable: number; expected_shipping_month: string | null } | null
}

/** Units rounded down to whole cases of `casePack`. */
export function wholeCaseUnits(units: number, casePack: number): number {
  const pack = Math.max(1, casePack)
  return Math.max(0, Math.floor(units / pack) * pack)
}

/** A line split into the units sold from the shelf now and the units booked against the coming lot. */
export type WholesaleSplit = { now: number; booked: number }

/**
 * How a wholesale line of `quantity` units splits: the shelf first, in whole cases, the rest booked
 * against the coming lot in whole cases. When the shelf's share would be below the variant's
 * minimum order quantity the whole line is booked (a line's "now" part must stand on its own).
 * Refuses a line that is not whole cases or below the minimum (`wholesaleLineRefusal`), and one
 * larger than the shelf and the lot together (`beyond_shelf_and_lot`, naming both in whole
 * cases, or `beyond_shelf_no_lot` when no lot takes bookings).
 */
export function splitWholesaleLine(
  input: ProductRef & { quantity: number; terms: WholesaleTerms; offer: ShelfAndLot },
): { split: WholesaleSplit } | { refusal: Refusal } {
  const { quantity, terms, offer } = input
  const ref: ProductRef = input.product_id
    ? { product: input.product, product_id: input.product_id }
    : { product: input.product }
  const lineRefused = wholesaleLineRefusal({ ...ref, quantity, terms })
  if (lineRefused) return { refusal: lineRefused }
  const shelf = wholeCaseUnits(offer.on_shelf, terms.case_pack)
  const bookable = offer.coming_lot ? wholeCaseUnits(offer.coming_lot.bookable, terms.case_pack) : 0
  let now = Math.min(quantity, shelf)
  if (now < quantity && now < terms.min_quantity) now = 0
  const booked = quantity - now
  if (booked > bookable) {
    const month = offer.coming_lot?.expected_shipping_month
    return {
      refusal:
        offer.coming_lot && bookable > 0
          ? refusal("beyond_shelf_and_lot", {
              ...ref,
              quantity,
              on_shelf: shelf,
              bookable,
              ...(month ? { lot_month: month } : {}),
            })
          : refusal("beyond_shelf_no_lot", { ...ref, quantity, on_shelf: shelf }),
    }
  }
  return { split: { now, booked } }
}

/**
 * The unit price of a line's booked part: the volume tier of the whole line (now and booked
 * together), so booking ahead prices like buying the same quantity from the shelf. Null when no
 * tier covers that many cases.
 */
export function bookingUnitPrice(
  tiers: readonly VolumeTier[],
  wholeLineQuantity: number,
  casePack: number,
): number | null {
  return tierFor(tiers, casesOf(wholeLineQuantity, casePack))?.amount ?? null
}
