import { intlLocales, type Locale } from "../../i18n/locales"

/** An amount in a currency's main unit (som, yen, dollars), as Medusa's calculated prices give it. */
export type Money = { amount: number; currencyCode: string }

// Som and yen are shown whole; the dollar keeps its cents.
const fractionDigits: Record<string, number> = { kgs: 0, jpy: 0 }

/** How many decimals `currencyCode` is shown with. */
export function currencyDecimals(currencyCode: string): number {
  return fractionDigits[currencyCode.toLowerCase()] ?? 2
}

// The som is written by hand: browsers ship a smaller ICU than Node, and Chromium formats
// ky-KG som as "KGS 250" where Node writes "250 сом", so built and live prices would differ.
const somNumberLocale: Record<Locale, string> = { en: "en-US", ja: "ja-JP", ru: "ru-RU", ky: "ru-RU" }
const somUnit: Record<Locale, (n: string) => string> = {
  en: (n) => `${n} som`,
  ja: (n) => `${n}ソム`,
  ru: (n) => `${n}\u00a0сом`,
  ky: (n) => `${n}\u00a0сом`,
}

/** Formats `amount` (in the currency's main unit) for a shopper reading `locale`. */
export function formatPrice(amount: number, currencyCode: string, locale: Locale): string {
  const digits = currencyDecimals(currencyCode)
  if (currencyCode.toLowerCase() === "kgs") {
    return somUnit[locale](
      new Intl.NumberFormat(somNumberLocale[locale], { maximumFractionDigits: 0 }).format(Math.round(amount)),
    )
  }
  return new Intl.NumberFormat(intlLocales[locale], {
    style: "currency",
    currency: currencyCode.toUpperCase(),
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  }).format(amount)
}

/** What a product card shows: the lowest variant price, marked "from" when the variants differ. */
export type PriceSummary = Money & { from: boolean }

/**
 * The lowest of the variants' prices, `from: true` when some variant costs more. Variants
 * without a price in the currency are left out; null when none has one.
 */
export function summarisePrices(prices: readonly (Money | null)[]): PriceSummary | null {
  const known = prices.filter((price): price is Money => price !== null)
  const [first, ...rest] = known
  if (!first) return null
  const lowest = rest.reduce((low, price) => (price.amount < low.amount ? price : low), first)
  const from = known.some((price) => price.amount !== lowest.amount)
  return { amount: lowest.amount, currencyCode: lowest.currencyCode, from }
}
