import { isAllYear, type SeasonWindow } from "./season.js"

/**
 * The rules of the payout reports (the figures the association reports to its partners), in whole
 * som as the ledger keeps them. Plain rules, no I/O; the backend gathers the ledger's sums.
 */

/**
 * The harvest season a product belongs to, from its season window (the months it is sold from
 * stock): `all_year` when sold all year; otherwise the season of the month its window opens,
 * because a seasonal product goes on sale when its harvest comes in: opening March to May
 * `spring`, June to September `summer_autumn` (jams, juices, dried fruit), October to February
 * `winter` (honey, jerky). A window of several runs opens with its longest run (the earliest of
 * equals).
 */
export const HARVEST_SEASONS = ["spring", "summer_autumn", "winter", "all_year"] as const
export type HarvestSeason = (typeof HARVEST_SEASONS)[number]

/** The harvest season of a product with `window` (the rule above). */
export function harvestSeasonOf(window: SeasonWindow): HarvestSeason {
  if (isAllYear(window)) return "all_year"
  const months = new Set(window)
  let opening = 0
  let longest = 0
  for (let month = 1; month <= 12; month++) {
    if (!months.has(month) || months.has(month === 1 ? 12 : month - 1)) continue
    let length = 1
    while (length < 12 && months.has(((month - 1 + length) % 12) + 1)) length++
    if (length > longest) {
      longest = length
      opening = month
    }
  }
  if (opening >= 3 && opening <= 5) return "spring"
  if (opening >= 6 && opening <= 9) return "summer_autumn"
  return "winter"
}

/** `numerator / denominator` rounded half away from zero, exactly (integers in, an integer out). */
function divideRounded(numerator: bigint, denominator: bigint): bigint {
  const negative = numerator < 0n !== denominator < 0n
  const n = numerator < 0n ? -numerator : numerator
  const d = denominator < 0n ? -denominator : denominator
  const rounded = (2n * n + d) / (2n * d)
  return negative ? -rounded : rounded
}

/**
 * The part of a group's `amount` (whole som) that reaches its women members: the amount times the
 * share of women among its members, rounded half away from zero to the som (the association pays
 * a group, the group shares among its members; member counts are the group record's, today's).
 * 0 for a group with no member recorded; women are capped at the members.
 */
export function womenShare(amount: number, womenMembers: number, members: number): number {
  if (!(members > 0) || !(womenMembers > 0) || !Number.isFinite(amount)) return 0
  const women = Math.min(Math.trunc(womenMembers), Math.trunc(members))
  return Number(divideRounded(BigInt(Math.round(amount)) * BigInt(women), BigInt(Math.trunc(members))))
}

/**
 * Year-over-year growth of `current` over `previous` (whole som) in percent with one decimal,
 * rounded half away from zero, exactly; null ("no data") when last year's figure is zero or below,
 * where a percentage says nothing.
 */
export function growthPercent(current: number, previous: number): number | null {
  if (!(previous > 0) || !Number.isFinite(current)) return null
  const tenths = divideRounded(
    (BigInt(Math.round(current)) - BigInt(Math.round(previous))) * 1000n,
    BigInt(Math.round(previous)),
  )
  return Number(tenths) / 10
}

/** The same day a year earlier (YYYY-MM-DD); 29 February becomes 28 February. */
export function sameDayLastYear(day: string): string {
  const [year, month, date] = day.split("-").map(Number) as [number, number, number]
  const last = new Date(Date.UTC(year - 1, month, 0)).getUTCDate()
  const pad = (value: number, width = 2) => String(value).padStart(width, "0")
  return `${pad(year - 1, 4)}-${pad(month)}-${pad(Math.min(date, last))}`
}

/** The same month a year earlier (YYYY-MM). */
export function sameMonthLastYear(month: string): string {
  const [year, rest] = [Number(month.slice(0, 4)), month.slice(4)]
  return `${String(year - 1).padStart(4, "0")}${rest}`
}

/** Every month (YYYY-MM) from the month of day `from` to the month of day `to`, both included. */
export function monthsOfPeriod(from: string, to: string): string[] {
  const months: string[] = []
  let year = Number(from.slice(0, 4))
  let month = Number(from.slice(5, 7))
  const last = to.slice(0, 7)
  for (;;) {
    const key = `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}`
    if (key > last) break
    months.push(key)
    month += 1
    if (month > 12) {
      month = 1
      year += 1
    }
  }
  return months
}
