/**
 * Season windows and month names are the shop's shared rules (`@ovop/domain`): the product pages
 * built here and the backend's cart rules read the same months the same way. This module adds
 * the day a build treats as today.
 */
export {
  associationMonth,
  isAllYear,
  isInSeason,
  type Month,
  monthName,
  nextSeasonMonth,
  type SeasonStatus,
  type SeasonWindow,
  seasonStatus,
  seasonWindowOf,
} from "@ovop/domain"

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
