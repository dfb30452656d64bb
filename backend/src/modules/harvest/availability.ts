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
