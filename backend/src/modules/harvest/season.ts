import { ASSOCIATION_TIME_ZONE } from "../producer-group/certificate"

/** A month of the year, 1 (January) to 12 (December). */
export type Month = 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9 | 10 | 11 | 12

/**
 * The months in which a product is sold from stock. A list rather than a start and an end, so
 * windows that wrap the new year (honey: October to March) need no special case; an empty or
 * full list means all year.
 */
export type SeasonWindow = readonly number[]

/** The month (1-12) that `instant` falls in, in the association's time zone (Asia/Bishkek). */
export function associationMonth(instant: Date): Month {
  const month = new Intl.DateTimeFormat("en-US", { timeZone: ASSOCIATION_TIME_ZONE, month: "numeric" }).format(instant)
  return Number(month) as Month
}

/** Throws when a window holds anything but distinct months 1-12. */
export function assertSeasonWindow(window: SeasonWindow): void {
  const seen = new Set<number>()
  for (const month of window) {
    if (!Number.isInteger(month) || month < 1 || month > 12) throw new Error(`season month ${month} is not 1-12`)
    if (seen.has(month)) throw new Error(`season month ${month} is listed twice`)
    seen.add(month)
  }
}

/** Whether a product with this window is in season at `instant` (read in Bishkek). */
export function isInSeason(window: SeasonWindow, instant: Date): boolean {
  if (window.length === 0 || window.length === 12) return true
  return window.includes(associationMonth(instant))
}

/**
 * The month the season next opens after `instant`, for "back in season in <month>";
 * `undefined` when the product is in season now or sold all year.
 */
export function nextSeasonMonth(window: SeasonWindow, instant: Date): Month | undefined {
  if (isInSeason(window, instant)) return undefined
  const now = associationMonth(instant)
  for (let step = 1; step <= 12; step++) {
    const month = (((now - 1 + step) % 12) + 1) as Month
    if (window.includes(month)) return month
  }
  return undefined
}

/** The window that applies to a variant: its own when it has one, else its product's. */
export function effectiveWindow(productWindow: SeasonWindow | null | undefined, variantWindow?: SeasonWindow | null) {
  return variantWindow ?? productWindow ?? []
}
