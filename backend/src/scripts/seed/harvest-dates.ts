import { associationDay, isAllYear } from "@ovop/domain"

const DAY_MS = 86_400_000

/** The dates of a food variant's two seeded lots: the one on the shelf and next season's, for pre-orders. */
export type SeededHarvestDates = {
  /** Season year of the lot on the shelf (its lot number's year). */
  lotYear: number
  productionDate: string
  bestBefore: string
  /** Season year of next season's lot. */
  nextLotYear: number
  nextProductionDate: string
  /** `YYYY-MM`: a month after next season's production starts. */
  nextShippingMonth: string
}

const day = (date: Date) => date.toISOString().slice(0, 10)
const firstOfMonth = (year: number, month: number) => new Date(Date.UTC(year, month - 1, 1))
const inWindow = (window: readonly number[], month: number) => window.includes(((month - 1 + 12) % 12) + 1)

/**
 * The dates of the seeded lots, read from the day the seed runs (`today`), so a store seeded on any
 * day of the year has lots that fit it. In season, the lot on the shelf was produced when this run
 * of season months began (October for honey in January), but never so long ago that its
 * best-before date is less than 30 days away; out of season, it is last season's lot, produced
 * when that season began. Next season's lot starts when the next season does, and ships a month
 * later. A product sold all year has a lot produced 30 days ago and the next one a year after.
 * Months are read in Bishkek, as the season rules read them.
 */
export function seededHarvestDates(
  seasonMonths: readonly number[],
  shelfLifeDays: number,
  today: Date,
): SeededHarvestDates {
  const [year, month] = associationDay(today).split("-").map(Number) as [number, number]
  const todayStart = new Date(`${associationDay(today)}T00:00:00Z`)
  let seasonStart: Date
  let nextSeasonStart: Date
  if (isAllYear(seasonMonths)) {
    seasonStart = new Date(todayStart.getTime() - 30 * DAY_MS)
    nextSeasonStart = new Date(seasonStart)
    nextSeasonStart.setUTCFullYear(seasonStart.getUTCFullYear() + 1)
  } else if (inWindow(seasonMonths, month)) {
    // Back to the first month of this run of season months (at most eleven steps: not all year).
    let startOffset = 0
    while (startOffset < 11 && inWindow(seasonMonths, month - startOffset - 1)) startOffset++
    seasonStart = firstOfMonth(year, month - startOffset)
    nextSeasonStart = firstOfMonth(year + 1, month - startOffset)
  } else {
    // Forward to the first season month after this one; last season began a year before it.
    let ahead = 1
    while (!inWindow(seasonMonths, month + ahead)) ahead++
    nextSeasonStart = firstOfMonth(year, month + ahead)
    seasonStart = firstOfMonth(year - 1, month + ahead)
  }
  let produced = seasonStart
  if (inWindow(seasonMonths, month) || isAllYear(seasonMonths)) {
    // On the shelf now: its best-before at least 30 days ahead.
    const latestUsable = new Date(todayStart.getTime() + (30 - shelfLifeDays) * DAY_MS)
    if (produced < latestUsable) produced = latestUsable > todayStart ? todayStart : latestUsable
  }
  const nextShipping = new Date(nextSeasonStart.getTime() + 30 * DAY_MS)
  return {
    lotYear: seasonStart.getUTCFullYear(),
    productionDate: day(produced),
    bestBefore: day(new Date(produced.getTime() + shelfLifeDays * DAY_MS)),
    nextLotYear: nextSeasonStart.getUTCFullYear(),
    nextProductionDate: day(nextSeasonStart),
    nextShippingMonth: day(nextShipping).slice(0, 7),
  }
}
