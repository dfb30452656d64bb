import { type HarvestSeason, LOCALES, type Locale } from "@ovop/domain"
import { csvText, type PayoutDocumentLanguage, somDecimal } from "./payout-documents"
import type { PayoutReportBody, ReportFigures, ReportGrouping } from "./payout-report"

/** The languages a report's names and labels come in: the admin's English and Russian, and Kyrgyz. */
export type ReportLanguage = Exclude<Locale, "ja">
export const REPORT_LANGUAGES = LOCALES.filter((locale): locale is ReportLanguage => locale !== "ja") as [
  ReportLanguage,
  ...ReportLanguage[],
]

/** The harvest seasons' names and the label of lines whose product has no category, per language. */
export const REPORT_LABELS: Record<ReportLanguage, { seasons: Record<HarvestSeason, string>; noCategory: string }> = {
  en: {
    seasons: { spring: "Spring", summer_autumn: "Summer and autumn", winter: "Winter", all_year: "All year" },
    noCategory: "No category",
  },
  ru: {
    seasons: { spring: "Весна", summer_autumn: "Лето и осень", winter: "Зима", all_year: "Круглый год" },
    noCategory: "Без категории",
  },
  ky: {
    seasons: { spring: "Жаз", summer_autumn: "Жай жана күз", winter: "Кыш", all_year: "Жыл бою" },
    noCategory: "Категориясыз",
  },
}

const CSV_TEXT = {
  ru: {
    by: { group: "Группа", village: "Село", category: "Категория", season: "Сезон", month: "Месяц" },
    gross: "Выручка",
    commission: "Комиссия",
    fees: "Сборы",
    net: "Нетто",
    units: "Продано единиц",
    orders: "Заказов",
    womenNet: "Женщинам из нетто",
    paid: "Выплачено",
    womenPaid: "Женщинам из выплат",
    previousGross: "Выручка год назад",
    growth: "Рост, %",
    noData: "нет данных",
    total: "Итого",
    period: "Период",
    currency: "Валюта: сом (KGS)",
  },
  ky: {
    by: { group: "Топ", village: "Айыл", category: "Категория", season: "Мезгил", month: "Ай" },
    gross: "Түшкөн акча",
    commission: "Комиссия",
    fees: "Төлөм чыгымы",
    net: "Таза",
    units: "Сатылган даана",
    orders: "Буйрутмалар",
    womenNet: "Аялдарга таза акчадан",
    paid: "Төлөндү",
    womenPaid: "Аялдарга төлөмдөн",
    previousGross: "Бир жыл мурунку түшкөн акча",
    growth: "Өсүш, %",
    noData: "маалымат жок",
    total: "Жыйынтык",
    period: "Мезгил",
    currency: "Валюта: сом (KGS)",
  },
} as const

/** A growth figure in a file: one decimal with a point, or the language's "no data". */
function growthText(growth: number | null, noData: string): string {
  return growth === null ? noData : growth.toFixed(1)
}

/**
 * A report as CSV for spreadsheets (the byte-order mark, `;`, CRLF: `csvText`): a line naming the
 * period and the currency, the header in Russian or Kyrgyz, a row per key, then the totals. Amounts
 * with two decimals; payouts empty where they do not fit the grouping (category, season).
 */
export function payoutReportCsv(
  report: PayoutReportBody,
  input: { by: ReportGrouping; from: string; to: string; language: PayoutDocumentLanguage },
): string {
  const text = CSV_TEXT[input.language]
  const amounts = (figures: ReportFigures & { previous: { gross: number }; growth_percent: number | null }) => [
    somDecimal(figures.gross),
    somDecimal(figures.commission),
    somDecimal(figures.fees),
    somDecimal(figures.net),
    figures.units,
    figures.orders,
    somDecimal(figures.women_net),
    figures.paid === null ? "" : somDecimal(figures.paid),
    figures.women_paid === null ? "" : somDecimal(figures.women_paid),
    somDecimal(figures.previous.gross),
    growthText(figures.growth_percent, text.noData),
  ]
  return csvText([
    [`${text.period}: ${input.from} — ${input.to}`, text.currency],
    [
      text.by[input.by],
      text.gross,
      text.commission,
      text.fees,
      text.net,
      text.units,
      text.orders,
      text.womenNet,
      text.paid,
      text.womenPaid,
      text.previousGross,
      text.growth,
    ],
    ...report.rows.map((row) => [row.label, ...amounts(row)]),
    [text.total, ...amounts(report.totals)],
  ])
}
