import { associationDay } from "./dates.js"

/**
 * How many working days (Monday to Friday, Bishkek) an order from stock takes to leave the Karakol
 * warehouse, as the shipping page promises. Public holidays are not counted out: the day is the
 * latest a shopper should expect, give or take a holiday.
 */
export const DISPATCH_WORKING_DAYS = 2

/** When an order is expected to leave the warehouse: stock by a day, pre-orders in their harvest's month. */
export type ExpectedDispatch = {
  /** The last day (YYYY-MM-DD, Bishkek) the goods from stock leave; null when every line is a pre-order. */
  fromStockBy: string | null
  /** The latest month (YYYY-MM) a pre-ordered line ships in; null without pre-orders (or months). */
  preordersIn: string | null
}

const addDays = (day: string, days: number) => {
  const date = new Date(`${day}T12:00:00Z`)
  date.setUTCDate(date.getUTCDate() + days)
  return date.toISOString().slice(0, 10)
}
const isWeekend = (day: string) => [0, 6].includes(new Date(`${day}T12:00:00Z`).getUTCDay())

/** The day (YYYY-MM-DD) `workingDays` working days after the Bishkek day `placedAt` falls on. */
export function dispatchDay(placedAt: Date | string, workingDays = DISPATCH_WORKING_DAYS): string {
  let day = associationDay(typeof placedAt === "string" ? new Date(placedAt) : placedAt)
  for (let left = workingDays; left > 0; ) {
    day = addDays(day, 1)
    if (!isWeekend(day)) left--
  }
  return day
}

/**
 * The expected dispatch of an order placed at `placedAt`: its lines from stock by `dispatchDay`,
 * its pre-ordered lines (`preorderMonth` set, or `preorder` without a month) in the latest month
 * they ship in.
 */
export function expectedDispatch(
  placedAt: Date | string,
  lines: readonly { preorder: boolean; preorderMonth: string | null }[],
): ExpectedDispatch {
  const months = lines.flatMap((line) => (line.preorder && line.preorderMonth ? [line.preorderMonth] : []))
  return {
    fromStockBy: lines.some((line) => !line.preorder) ? dispatchDay(placedAt) : null,
    preordersIn: months.length ? ([...months].sort().at(-1) ?? null) : null,
  }
}
