import { INTL_LOCALES, type Locale } from "./locales.js"

/** The association's time zone: seasons, certificates and best-before days are read in Bishkek. */
export const ASSOCIATION_TIME_ZONE = "Asia/Bishkek"

/** A month of the year, 1 (January) to 12 (December). */
export type Month = 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9 | 10 | 11 | 12

/** True when `value` is a month number 1-12. */
export function isMonth(value: unknown): value is Month {
  return typeof value === "number" && Number.isInteger(value) && value >= 1 && value <= 12
}

const bishkekMonth = new Intl.DateTimeFormat("en-US", { timeZone: ASSOCIATION_TIME_ZONE, month: "numeric" })
const bishkekDay = new Intl.DateTimeFormat("en-CA", {
  timeZone: ASSOCIATION_TIME_ZONE,
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
})

/** The month (1-12) that `instant` falls in, in Bishkek. */
export function associationMonth(instant: Date): Month {
  return Number(bishkekMonth.format(instant)) as Month
}

/** The calendar day (YYYY-MM-DD) that `instant` falls on in Bishkek. */
export function associationDay(instant: Date): string {
  return bishkekDay.format(instant)
}

// The 15th at noon UTC is the same month in every time zone.
const midMonth = (year: number, month: Month) => new Date(Date.UTC(year, month - 1, 15, 12))

/**
 * A month's standalone name in `locale` ("July", "7月", "июль", "июль"). Kyrgyz writes months in
 * lower case, as Russian does, though the Intl data capitalises its standalone form ("Июль").
 */
export function monthName(month: Month, locale: Locale): string {
  if (locale === "ky") return KYRGYZ_MONTHS[month - 1] as string
  return new Intl.DateTimeFormat(INTL_LOCALES[locale], { month: "long", timeZone: "UTC" }).format(midMonth(2000, month))
}

/**
 * Kyrgyz dates are worded here, not by Intl: browsers ship without Kyrgyz locale data (Chromium
 * answers "July 2027" for ky-KG), so a page's script would print English months on a Kyrgyz page.
 * The wording is the one Node's full ICU gives, so a page built on the server and its script agree:
 * months in lower case, "2027-ж., июль", "2027-ж., 15-июль", "15–20-июль 2027-ж.".
 */
const KYRGYZ_MONTHS = [
  "январь",
  "февраль",
  "март",
  "апрель",
  "май",
  "июнь",
  "июль",
  "август",
  "сентябрь",
  "октябрь",
  "ноябрь",
  "декабрь",
] as const

/** A `YYYY-MM-DD` day's parts as numbers. */
function dayParts(day: string): { year: number; month: Month; day: number } {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(day)
  const month = Number(match?.[2])
  if (!match || !isMonth(month)) throw new Error(`not a day: ${day}`)
  return { year: Number(match[1]), month, day: Number(match[3]) }
}

const kyrgyzDay = (parts: { month: Month; day: number }) => `${parts.day}-${KYRGYZ_MONTHS[parts.month - 1]}`

/** A span of days in Kyrgyz: "15–20-июль 2027-ж.", "15-июль – 2-август 2027-ж.", across years each with its year. */
function kyrgyzDayRange(from: string, to: string): string {
  const start = dayParts(from)
  const end = dayParts(to)
  if (from.slice(0, 10) === to.slice(0, 10)) return formatDay(from, "ky")
  if (start.year !== end.year) return `${kyrgyzDay(start)} ${start.year}-ж. - ${kyrgyzDay(end)} ${end.year}-ж.`
  if (start.month !== end.month) return `${kyrgyzDay(start)} – ${kyrgyzDay(end)} ${end.year}-ж.`
  return `${start.day}–${kyrgyzDay(end)} ${end.year}-ж.`
}

/** A month of a year in `locale` ("September 2026", "2026年9月", "сентябрь 2026 г."). */
export function monthYearName(year: number, month: Month, locale: Locale): string {
  if (locale === "ky") return `${year}-ж., ${KYRGYZ_MONTHS[month - 1]}`
  return new Intl.DateTimeFormat(INTL_LOCALES[locale], { month: "long", year: "numeric", timeZone: "UTC" }).format(
    midMonth(year, month),
  )
}

/** A `YYYY-MM` month (a lot's expected shipping month) in `locale`; null when it is not one. */
export function yearMonthLabel(value: string | null | undefined, locale: Locale): string | null {
  const match = /^(\d{4})-(\d{2})$/.exec(value ?? "")
  const month = Number(match?.[2])
  if (!match || !isMonth(month)) return null
  return monthYearName(Number(match[1]), month, locale)
}

/** A calendar day (`YYYY-MM-DD`, or an instant read in Bishkek) in `locale`: "6 December 2026", "2026年12月6日". */
export function formatDay(value: string | Date, locale: Locale): string {
  const day = typeof value === "string" ? value.slice(0, 10) : associationDay(value)
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day)
  if (!match) throw new Error(`not a day: ${String(value)}`)
  if (locale === "ky") {
    const parts = dayParts(day)
    return `${parts.year}-ж., ${kyrgyzDay(parts)}`
  }
  return new Intl.DateTimeFormat(INTL_LOCALES[locale], { dateStyle: "long", timeZone: "UTC" }).format(
    new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]), 12)),
  )
}

/** A span of calendar days (`YYYY-MM-DD` or ISO instants at UTC midnight), worded the locale's way. */
export function formatDayRange(from: string, to: string, locale: Locale): string {
  if (locale === "ky") return kyrgyzDayRange(from, to)
  const day = (value: string) => {
    const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(value)
    if (!match) throw new Error(`not a day: ${value}`)
    return new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]), 12))
  }
  return new Intl.DateTimeFormat(INTL_LOCALES[locale], { dateStyle: "long", timeZone: "UTC" }).formatRange(
    day(from),
    day(to),
  )
}
