/** A certificate day in the dashboard's language ("1 March 2025", "1 марта 2025 г."). */
export function formatDay(isoDate: string | null | undefined, language: string): string {
  if (!isoDate) return "—"
  const date = new Date(isoDate)
  if (Number.isNaN(date.getTime())) return isoDate
  // Certificate days are stored at UTC midnight: formatting in UTC keeps the day from moving
  // back by one west of Greenwich.
  return new Intl.DateTimeFormat(language, { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" }).format(
    date,
  )
}

/** A fraction as a percentage in the dashboard's language ("15%", "15 %"). */
export function formatPercent(fraction: number, language: string): string {
  return new Intl.NumberFormat(language, { style: "percent", maximumFractionDigits: 2 }).format(fraction)
}
