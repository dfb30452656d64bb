import { intlLocales, type Locale } from "../../i18n/locales"

/** A month of the year, 1 (January) to 12 (December). */
export type Month = 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9 | 10 | 11 | 12

/**
 * The months a product is sold from stock (its `metadata.season_months`). A list rather than a
 * start and an end, so windows that wrap the new year (honey: October to March) need no special
 * case; an empty or full list means all year.
 */
export type SeasonWindow = readonly number[]

/** Where a product stands on a day: sold all year, in its season, or out of it until `opensIn`. */
export type SeasonStatus = { kind: "all-year" } | { kind: "in-season" } | { kind: "out-of-season"; opensIn: Month }

// Seasons are the association's, so months are read on Bishkek's calendar (UTC+6, no daylight saving).
const bishkekMonth = new Intl.DateTimeFormat("en-US", { timeZone: "Asia/Bishkek", month: "numeric" })

/** The month (1-12) that `instant` falls in, in Bishkek. */
export function associationMonth(instant: Date): Month {
  return Number(bishkekMonth.format(instant)) as Month
}

/** The season window in a product's (or variant's) metadata; anything but months 1-12 is dropped. */
export function seasonWindowOf(metadata: Record<string, unknown> | null | undefined): number[] {
  const months = metadata?.season_months
  if (!Array.isArray(months)) return []
  return [...new Set(months.filter((month): month is number => Number.isInteger(month) && month >= 1 && month <= 12))]
}

/** Whether a product with this window is sold all year. */
export function isAllYear(window: SeasonWindow): boolean {
  return window.length === 0 || new Set(window).size >= 12
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

/** A month's standalone name in the page's language ("July", "7月", "июль", "Июль"). */
export function monthName(month: Month, locale: Locale): string {
  // The 15th at noon UTC is the same month in every time zone.
  return new Intl.DateTimeFormat(intlLocales[locale], { month: "long", timeZone: "UTC" }).format(
    new Date(Date.UTC(2000, month - 1, 15, 12)),
  )
}

/**
 * The day the build treats as today: `OVOP_STOREFRONT_TODAY` (YYYY-MM-DD, a Bishkek calendar day)
 * when set, so tests and previews do not depend on the calendar; otherwise `now`.
 */
export function buildDate(env: Record<string, string | undefined>, now: Date = new Date()): Date {
  const day = env.OVOP_STOREFRONT_TODAY?.trim()
  if (!day) return now
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day)
  // Noon in UTC is 18:00 in Bishkek: the same calendar day there.
  const instant = match ? new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]), 12)) : null
  if (!instant || instant.toISOString().slice(0, 10) !== day) {
    throw new Error(`OVOP_STOREFRONT_TODAY must be a day written YYYY-MM-DD, not '${day}'`)
  }
  return instant
}
