import { intlLocales, type Locale } from "../../i18n/locales"
import { isUiKey, t } from "../../i18n/strings"

/**
 * The interface string for a code the catalogue carries (an allergen, a warning, a district).
 * An unknown code fails the build: a shopper must never see a bare code, nor miss a warning.
 */
export function codeText(locale: Locale, prefix: "allergen" | "warning" | "district", code: string): string {
  const key = `${prefix}.${code}`
  if (!isUiKey(key)) {
    throw new Error(`the catalogue has ${prefix} '${code}' but the interface strings lack '${key}': add it to src/i18n`)
  }
  return t(locale, key)
}

/**
 * A weight for shoppers: grams below a kilogram, kilograms from there ("400 g", "1.35 kg", "1,35 кг").
 * Kyrgyz writes grams "г" (the Intl data's "гр" is a Russian habit a Kyrgyz editor strikes out).
 */
export function formatWeight(grams: number, locale: Locale): string {
  const kilograms = grams >= 1000
  return new Intl.NumberFormat(intlLocales[locale], {
    style: "unit",
    unit: kilograms ? "kilogram" : "gram",
    maximumFractionDigits: kilograms ? 2 : 0,
  })
    .formatToParts(kilograms ? grams / 1000 : grams)
    .map((part) => (part.type === "unit" && locale === "ky" && part.value === "гр" ? "г" : part.value))
    .join("")
}

/**
 * A country's name from its ISO code: the interface strings' `country.<code>` where the shop
 * words it its own way (Kyrgyzstan, never the old Russian "Киргизия"), otherwise Intl's name.
 */
export function countryName(code: string, locale: Locale): string {
  const key = `country.${code.toLowerCase()}`
  if (isUiKey(key)) return t(locale, key)
  return new Intl.DisplayNames([intlLocales[locale]], { type: "region" }).of(code.toUpperCase()) ?? code.toUpperCase()
}

/** Calendar days and spans of them in the page's language ("February 28, 2027", "2027年2月28日"). */
export { formatDay, formatDayRange } from "@ovop/domain"
