const DAY_MS = 86_400_000

/** A day of the seed data relative to the day the seed runs: `today`, `today+30d`, `today-400d`. */
export const relativeSeedDayPattern = /^today(?:([+-])(\d{1,5})d)?$/

/**
 * The calendar day (`YYYY-MM-DD`, UTC) a seed-data day stands for: a fixed date as written, or a
 * day relative to `today` (`today-640d`), so dates that must fit the day the store is seeded
 * (certificates valid now, one expired) stay true whenever it is seeded. Throws on anything else.
 */
export function resolveSeedDay(value: string, today: Date): string {
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return value
  const relative = relativeSeedDayPattern.exec(value)
  if (!relative) throw new Error(`"${value}" is not a date (YYYY-MM-DD) or a day relative to today (today-400d)`)
  const days = relative[1] ? Number(`${relative[1]}${relative[2]}`) : 0
  const midnight = Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate())
  return new Date(midnight + days * DAY_MS).toISOString().slice(0, 10)
}

/**
 * The one instant a seed run dates everything from, read once when the run starts so that a run
 * crossing midnight never dates some records from one day and the rest from the next:
 * `OVOP_SEED_DAY` (`YYYY-MM-DD`, read at noon UTC, the same calendar day in UTC and in Bishkek) to
 * seed as if on that day, else `now`. Throws on a value that is not a calendar day.
 */
export function seedRunDay(seedDay: string | undefined, now: Date): Date {
  if (!seedDay) return now
  const day = /^\d{4}-\d{2}-\d{2}$/.test(seedDay) ? new Date(`${seedDay}T12:00:00Z`) : new Date(Number.NaN)
  if (Number.isNaN(day.getTime()) || day.toISOString().slice(0, 10) !== seedDay) {
    throw new Error(`OVOP_SEED_DAY "${seedDay}" is not a calendar day (YYYY-MM-DD)`)
  }
  return day
}
