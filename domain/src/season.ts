import { associationMonth, isMonth, type Month } from "./dates.js"

/**
 * The months a product is sold from stock (its `metadata.season_months`, a variant's own when it
 * has one). A list rather than a start and an end, so windows that wrap the new year (honey:
 * October to March) need no special case; an empty list, or one naming all twelve months, means
 * all year.
 */
export type SeasonWindow = readonly number[]

/** Where a product stands on a day: sold all year, in its season, or out of it until `opensIn`. */
export type SeasonStatus = { kind: "all-year" } | { kind: "in-season" } | { kind: "out-of-season"; opensIn: Month }

/** The season window in a product's (or variant's) metadata; anything but months 1-12 is dropped, repeats too. */
export function seasonWindowOf(metadata: Record<string, unknown> | null | undefined): Month[] {
  const months = metadata?.season_months
  if (!Array.isArray(months)) return []
  return [...new Set(months.filter(isMonth))]
}

/** Why a window cannot be stored (a month outside 1-12 or listed twice), or `undefined` when it can. */
export function seasonWindowProblem(window: readonly unknown[]): string | undefined {
  const seen = new Set<number>()
  for (const month of window) {
    if (!isMonth(month)) return `season month ${String(month)} is not 1-12`
    if (seen.has(month)) return `season month ${month} is listed twice`
    seen.add(month)
  }
  return undefined
}

/** Whether a product with this window is sold all year: no months named, or all twelve (repeats count once). */
export function isAllYear(window: SeasonWindow): boolean {
  return window.length === 0 || new Set(window.filter(isMonth)).size === 12
}

/** Whether a product with this window is in season at `instant` (read in Bishkek). */
export function isInSeason(window: SeasonWindow, instant: Date): boolean {
  return isAllYear(window) || window.includes(associationMonth(instant))
}

/**
 * The month the season next opens after `instant`, for "back in season in <month>";
 * `undefined` when the product is in season now or sold all year.
 */
export function nextSeasonMonth(window: SeasonWindow, instant: Date): Month | undefined {
  if (isInSeason(window, instant)) return undefined
  const now = associationMonth(instant)
  // The eleven months after this one: this month itself is out of season.
  for (let step = 1; step < 12; step++) {
    const month = (((now - 1 + step) % 12) + 1) as Month
    if (window.includes(month)) return month
  }
  return undefined
}

/** The product's standing at `instant`: what the product page and its card tell shoppers. */
export function seasonStatus(window: SeasonWindow, instant: Date): SeasonStatus {
  if (isAllYear(window)) return { kind: "all-year" }
  const opensIn = nextSeasonMonth(window, instant)
  return opensIn === undefined ? { kind: "in-season" } : { kind: "out-of-season", opensIn }
}

/** The window that applies to a variant: its own when it has one, else its product's. */
export function effectiveWindow(
  productWindow: SeasonWindow | null | undefined,
  variantWindow?: SeasonWindow | null,
): SeasonWindow {
  return variantWindow ?? productWindow ?? []
}
