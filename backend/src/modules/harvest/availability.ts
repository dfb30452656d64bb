import { isInSeason, nextSeasonMonth, type SeasonWindow } from "./season"

/** What a shopper may do with a variant now. */
export type SaleDecision =
  | { kind: "buy" }
  | { kind: "refuse"; reason: "out_of_season"; backInSeasonMonth?: number }
  | { kind: "refuse"; reason: "too_few_left"; left: number }

/**
 * Whether `wanted` units may go into a cart: in season, and no more than are left on the
 * shelf (stocked minus reserved, less what the cart already holds). Variants without managed
 * stock only follow the season.
 */
export function decideSale(input: {
  window: SeasonWindow
  now: Date
  managesInventory: boolean
  available: number
  alreadyInCart: number
  wanted: number
}): SaleDecision {
  if (!isInSeason(input.window, input.now)) {
    return { kind: "refuse", reason: "out_of_season", backInSeasonMonth: nextSeasonMonth(input.window, input.now) }
  }
  if (input.managesInventory) {
    const left = Math.max(0, input.available - input.alreadyInCart)
    if (input.wanted > left) return { kind: "refuse", reason: "too_few_left", left }
  }
  return { kind: "buy" }
}

/** A stock level as Medusa's inventory module reports it. */
export type StockLevel = { location_id?: string; stocked_quantity: number | string; reserved_quantity: number | string }

/**
 * Units on the shelf (stocked minus reserved), summed over the levels; only at `locations`
 * when a set is given (the stock locations of a sales channel).
 */
export function onShelf(levels: StockLevel[], locations?: ReadonlySet<string>): number {
  return levels
    .filter((level) => !locations?.size || (level.location_id !== undefined && locations.has(level.location_id)))
    .reduce((sum, level) => sum + Number(level.stocked_quantity) - Number(level.reserved_quantity), 0)
}

/** A variant's stock as the shelf count reads it (lists may hold nulls, as Medusa's generated types say). */
export type ShelfVariant = {
  inventory_items?:
    | ({
        required_quantity?: number | null
        inventory?: { location_levels?: (StockLevel | null)[] | null } | null
      } | null)[]
    | null
}

/**
 * Units of a variant on the shelf (`onShelf` of its inventory item's levels, only at `locations`
 * when a set is given), counted in variants: one made of several inventory units counts whole sets
 * only, and never fewer than none. A variant with no inventory item has none.
 */
export function variantOnShelf(variant: ShelfVariant, locations?: ReadonlySet<string>): number {
  const item = variant.inventory_items?.find((candidate) => candidate !== null)
  if (!item) return 0
  const perUnit = Number(item.required_quantity ?? 1) || 1
  const levels = (item.inventory?.location_levels ?? []).filter((level): level is StockLevel => level !== null)
  return Math.max(0, Math.floor(onShelf(levels, locations) / perUnit))
}
