import { isPastBestBefore } from "@ovop/domain"
import { effectiveWindow, isInSeason, nextSeasonMonth, type SeasonWindow } from "./season"

/** A lot as the shop may show it: no quantities, no staff notes. */
type PublicLot = {
  lot_number: string
  status: string
  production_date: Date | string | null
  best_before: Date | string | null
  expected_shipping_month: string | null
}

/** What a shopper may know of a variant's harvest: its season, the lot being sold, the next one. */
export type VariantHarvest = {
  variant_id: string
  in_season: boolean
  back_in_season_month: number | null
  selling_lot: { lot_number: string; best_before: string | null } | null
  next_lot: { status: string; expected_shipping_month: string | null } | null
}

const day = (value: Date | string | null) => (value ? new Date(value).toISOString().slice(0, 10) : null)
const time = (value: Date | string | null) => (value ? new Date(value).getTime() : Number.POSITIVE_INFINITY)

/**
 * A variant's harvest as the shop shows it. The lot being sold is the oldest available one
 * (first in, first out) whose best-before day has not passed; the next lot is the planned or producing one due soonest.
 */
export function variantHarvest(input: {
  variant_id: string
  productWindow: SeasonWindow | null | undefined
  variantWindow: SeasonWindow | null | undefined
  lots: PublicLot[]
  now: Date
}): VariantHarvest {
  const window = effectiveWindow(input.productWindow, input.variantWindow)
  const available = input.lots
    .filter((lot) => lot.status === "available" && !isPastBestBefore(lot.best_before, input.now))
    .sort((a, b) => time(a.production_date) - time(b.production_date))[0]
  const upcoming = input.lots
    .filter((lot) => lot.status === "planned" || lot.status === "in_production")
    .sort((a, b) => (a.expected_shipping_month ?? "9999").localeCompare(b.expected_shipping_month ?? "9999"))[0]
  return {
    variant_id: input.variant_id,
    in_season: isInSeason(window, input.now),
    back_in_season_month: nextSeasonMonth(window, input.now) ?? null,
    selling_lot: available ? { lot_number: available.lot_number, best_before: day(available.best_before) } : null,
    next_lot: upcoming ? { status: upcoming.status, expected_shipping_month: upcoming.expected_shipping_month } : null,
  }
}
