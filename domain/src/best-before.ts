import { associationDay } from "./dates.js"

/** The calendar day (YYYY-MM-DD) a stored best-before date stands for (stored at UTC midnight). */
export function bestBeforeDay(value: Date | string): string {
  const date = typeof value === "string" ? new Date(value) : value
  if (Number.isNaN(date.getTime())) throw new Error(`not a date: ${String(value)}`)
  return date.toISOString().slice(0, 10)
}

/**
 * True once a lot's best-before day is over in Bishkek: food is sold through its best-before day
 * and never after it. A lot without a best-before date never passes it.
 */
export function isPastBestBefore(bestBefore: Date | string | null | undefined, now: Date): boolean {
  if (!bestBefore) return false
  return associationDay(now) > bestBeforeDay(bestBefore)
}

/**
 * Whole days from `now` (its Bishkek day) to the best-before day: 0 on the day itself, negative
 * once it has passed; null without a date.
 */
export function daysToBestBefore(bestBefore: Date | string | null | undefined, now: Date): number | null {
  if (!bestBefore) return null
  const dayMs = (day: string) =>
    Date.UTC(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10)))
  return Math.round((dayMs(bestBeforeDay(bestBefore)) - dayMs(associationDay(now))) / 86_400_000)
}
