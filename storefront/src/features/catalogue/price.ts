import type { Locale } from "../../i18n/locales"

const intlLocale: Record<Locale, string> = { en: "en-US", ja: "ja-JP", ru: "ru-RU", ky: "ky-KG" }

// Som and yen are shown whole; the dollar keeps its cents.
const fractionDigits: Record<string, number> = { kgs: 0, jpy: 0 }

/** Formats `amount` (in the currency's main unit) for a shopper reading `locale`. */
export function formatPrice(amount: number, currencyCode: string, locale: Locale): string {
  const code = currencyCode.toLowerCase()
  const digits = fractionDigits[code] ?? 2
  return new Intl.NumberFormat(intlLocale[locale], {
    style: "currency",
    currency: code.toUpperCase(),
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  }).format(amount)
}
