import { type ProductRef, type Refusal, refusal } from "@ovop/domain"

// Stock for an accepted quote's order. A quote is priced and answered over days; the order it
// becomes must not be sold from under it to the retail shop, so acceptance reserves the units of
// each line at the wholesale channel's warehouse, as a checkout does (Medusa reservations, tied to
// the order's lines, so cancelling the order or fulfilling it releases them the usual way). A line
// booked against a coming lot (a pre-order) takes no shelf stock, nor does a variant whose stock
// is not managed or that may be back-ordered.

/** An order line to reserve for. */
export type ReservableLine = {
  id: string
  variant_id: string | null
  quantity: number
  metadata?: Record<string, unknown> | null
}

/** A variant as the planner needs it: stock rules, its inventory item and the levels at each location. */
export type ReservableVariant = ProductRef & {
  id: string
  manage_inventory: boolean
  allow_backorder: boolean
  inventory_item_id: string | null
  /** Inventory units one unit of the variant takes (a kit takes several). */
  required_quantity: number
  levels: { location_id: string; stocked_quantity: number; reserved_quantity: number }[]
}

/** One reservation to make: Medusa's `createReservationItems` input. */
export type PlannedReservation = {
  line_item_id: string
  inventory_item_id: string
  location_id: string
  quantity: number
}

/** Order line metadata keys that mark a line served from a coming lot, not from the shelf. */
export const BOOKED_LINE_KEYS = ["ovop_preorder", "ovop_booking"] as const

/** True when the line is a booking against a coming lot (no shelf stock to reserve). */
export function isBookedLine(line: Pick<ReservableLine, "metadata">): boolean {
  return BOOKED_LINE_KEYS.some((key) => Boolean(line.metadata?.[key]))
}

/**
 * The reservations the lines need, each line at the one warehouse of `locations` with the most
 * units free (after the lines planned before it); or the refusal naming the first line the shelf
 * cannot serve and how many sellable units are left of it (`too_few_left`, `sold_out`).
 */
export function planQuoteReservations(
  lines: readonly ReservableLine[],
  variants: readonly ReservableVariant[],
  locations: ReadonlySet<string>,
): { reservations: PlannedReservation[] } | { refusal: Refusal } {
  const byId = new Map(variants.map((variant) => [variant.id, variant]))
  // Free inventory units per item and location, lowered as lines are planned.
  const free = new Map<string, Map<string, number>>()
  for (const variant of variants) {
    if (!variant.inventory_item_id || free.has(variant.inventory_item_id)) continue
    const atLocations = new Map<string, number>()
    for (const level of variant.levels) {
      if (!locations.has(level.location_id)) continue
      atLocations.set(level.location_id, Math.max(0, level.stocked_quantity - level.reserved_quantity))
    }
    free.set(variant.inventory_item_id, atLocations)
  }
  const reservations: PlannedReservation[] = []
  for (const line of lines) {
    if (!line.variant_id || isBookedLine(line)) continue
    const variant = byId.get(line.variant_id)
    if (!variant || !variant.manage_inventory || variant.allow_backorder || !variant.inventory_item_id) continue
    const perUnit = variant.required_quantity > 0 ? variant.required_quantity : 1
    const needed = line.quantity * perUnit
    const atLocations = free.get(variant.inventory_item_id) ?? new Map<string, number>()
    let best: { location_id: string; units: number } | null = null
    for (const [location_id, units] of atLocations) {
      if (!best || units > best.units) best = { location_id, units }
    }
    if (!best || best.units < needed) {
      const left = Math.floor((best?.units ?? 0) / perUnit)
      const product = { product: variant.product, ...(variant.product_id ? { product_id: variant.product_id } : {}) }
      return { refusal: left > 0 ? refusal("too_few_left", { ...product, left }) : refusal("sold_out", product) }
    }
    atLocations.set(best.location_id, best.units - needed)
    reservations.push({
      line_item_id: line.id,
      inventory_item_id: variant.inventory_item_id,
      location_id: best.location_id,
      quantity: needed,
    })
  }
  return { reservations }
}
