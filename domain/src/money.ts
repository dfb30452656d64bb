import { INTL_LOCALES, type Locale } from "./locales.js"

/**
 * Money, right to the smallest unit. Amounts travel as numbers in the currency's main unit (som,
 * yen, dollars), as Medusa stores them; every amount the shop stores or shows is a whole number
 * of the currency's smallest unit as the shop uses it: whole som, whole yen, cents.
 */

/** An amount in a currency's main unit, with its ISO 4217 code (lower or upper case). */
export type Money = { amount: number; currencyCode: string }

// Som and yen are used whole (the tyiyn has left circulation); the dollar keeps its cents.
const FRACTION_DIGITS: Record<string, number> = { kgs: 0, jpy: 0 }

/** How many decimals `currencyCode` is stored and shown with: 0 for som and yen, 2 otherwise. */
export function currencyDecimals(currencyCode: string): number {
  return FRACTION_DIGITS[currencyCode.toLowerCase()] ?? 2
}

/** `amount` in the currency's smallest unit as an integer (1234.5 USD -> 123450 cents). */
export function toMinorUnits(amount: number, currencyCode: string): number {
  const scaled = amount * 10 ** currencyDecimals(currencyCode)
  // Half away from zero, after cancelling binary noise (1.005 * 100 = 100.49999...).
  const rounded = Math.round(Math.abs(Number(scaled.toPrecision(15))))
  return scaled < 0 ? -rounded : rounded
}

/** An integer count of the smallest unit back in the main unit (123450 cents -> 1234.5). */
export function fromMinorUnits(minor: number, currencyCode: string): number {
  return minor / 10 ** currencyDecimals(currencyCode)
}

/** `amount` rounded to the currency's smallest unit, half away from zero. */
export function roundMoney(amount: number, currencyCode: string): number {
  return fromMinorUnits(toMinorUnits(amount, currencyCode), currencyCode)
}

/**
 * The tax included in a tax-inclusive amount, computed once on the total of every line taxed at
 * the same rate and rounded down to the smallest unit: the rule of Japan's qualified invoices
 * (one rounding per rate per invoice; the fraction is discarded in the buyer's favour), used
 * for the som's VAT as well, so an order's tax lines, totals and emails agree to the unit.
 * `ratePercent` is the rate in percent (10 for 10%).
 */
export function includedTax(grossAmount: number, ratePercent: number, currencyCode: string): number {
  if (ratePercent <= 0) return 0
  const grossMinor = toMinorUnits(grossAmount, currencyCode)
  // Integer arithmetic: gross * rate / (100 + rate), rate given to two decimals at most.
  const rateHundredths = Math.round(ratePercent * 100)
  const taxMinor = Math.floor((grossMinor * rateHundredths) / (10_000 + rateHundredths))
  return fromMinorUnits(taxMinor, currencyCode)
}

/** A share of an amount for one of several parts, in the smallest unit. */
export type Allocation = { index: number; amount: number }

/**
 * Splits `total` over parts in proportion to `weights`, in whole smallest units, so the parts add
 * up to `total` exactly (largest remainder; ties go to the earlier part). Used to spread an
 * order's rounded tax over its lines.
 */
export function allocate(total: number, weights: readonly number[], currencyCode: string): number[] {
  const totalMinor = toMinorUnits(total, currencyCode)
  const weightSum = weights.reduce((sum, weight) => sum + Math.max(0, weight), 0)
  if (weightSum === 0 || weights.length === 0) return weights.map((_, index) => (index === 0 ? total : 0))
  const exact = weights.map((weight) => (totalMinor * Math.max(0, weight)) / weightSum)
  const floors = exact.map(Math.floor)
  let left = totalMinor - floors.reduce((sum, share) => sum + share, 0)
  const byRemainder = exact.map((share, index) => ({ index, remainder: share - Math.floor(share) }))
  byRemainder.sort((a, b) => b.remainder - a.remainder || a.index - b.index)
  for (const { index } of byRemainder) {
    if (left <= 0) break
    floors[index] = (floors[index] ?? 0) + 1
    left--
  }
  return floors.map((minor) => fromMinorUnits(minor, currencyCode))
}

// The som is written by hand: browsers ship a smaller ICU than Node, and Chromium formats
// ky-KG som as "KGS 250" where Node writes "250 сом", so built pages, live prices and emails
// would differ.
const SOM_NUMBER_LOCALES: Record<Locale, string> = { en: "en-US", ja: "ja-JP", ru: "ru-RU", ky: "ru-RU" }
const SOM_UNIT: Record<Locale, (amount: string) => string> = {
  en: (amount) => `${amount} som`,
  ja: (amount) => `${amount}ソム`,
  ru: (amount) => `${amount}\u00a0сом`,
  ky: (amount) => `${amount}\u00a0сом`,
}

/**
 * `amount` (in the currency's main unit) for a reader of `locale`: whole som and yen, dollars with
 * cents. Yen in Japanese is written as Japanese shops write it, `1,070円`, not `￥1,070`.
 */
export function formatMoney(amount: number, currencyCode: string, locale: Locale): string {
  const code = currencyCode.toLowerCase()
  const digits = currencyDecimals(code)
  const rounded = roundMoney(amount, code)
  if (code === "jpy" && locale === "ja") {
    return `${new Intl.NumberFormat("ja-JP", { maximumFractionDigits: 0 }).format(rounded)}円`
  }
  if (code === "kgs") {
    return SOM_UNIT[locale](
      new Intl.NumberFormat(SOM_NUMBER_LOCALES[locale], { maximumFractionDigits: 0 }).format(rounded),
    )
  }
  return new Intl.NumberFormat(INTL_LOCALES[locale], {
    style: "currency",
    currency: code.toUpperCase(),
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  }).format(rounded)
}
