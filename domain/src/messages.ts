import en from "../messages/refusals/en.json"
import ja from "../messages/refusals/ja.json"
import ky from "../messages/refusals/ky.json"
import ru from "../messages/refusals/ru.json"
import { isMonth, monthName, yearMonthLabel } from "./dates.js"
import { INTL_LOCALES, type Locale } from "./locales.js"
import { formatMoney } from "./money.js"
import { type Refusal, refusalMessageKey } from "./refusals.js"

export * from "./emails.js"
export * from "./glossary.js"

/**
 * The shop's messages in every language (`@ovop/domain/messages`): kept apart from the rules, so
 * that a storefront page loads the catalogues (a few kilobytes) only when it has one to show.
 */

/** One locale's refusal texts: a message per key, and the card decline reasons. */
export type RefusalCatalogue = { refusals: Record<string, string>; decline_reasons: Record<string, string> }

/** The refusal texts of every locale (English is the schema the others are checked against). */
export const REFUSAL_CATALOGUES: Record<Locale, RefusalCatalogue> = { en, ja, ru, ky }

/**
 * A refusal's message in `locale`. Parameters fill the message's placeholders: a month is named
 * in the locale, a decline reason read from the locale's list (the generic one when unknown).
 * The product's name is used as the params give it: the backend puts the name in the request's
 * language there before answering.
 */
export function refusalMessage(refusal: Refusal, locale: Locale): string {
  const catalogue = REFUSAL_CATALOGUES[locale]
  const template =
    catalogue.refusals[refusalMessageKey(refusal)] ?? REFUSAL_CATALOGUES.en.refusals[refusal.code] ?? refusal.code
  const params = refusal.params as Record<string, unknown>
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name]
    if (name === "month" && isMonth(value)) return monthName(value, locale)
    if (name === "lot_month" && typeof value === "string") return yearMonthLabel(value, locale) ?? value
    if (name === "country" && typeof value === "string") return countryName(value, locale)
    if (name === "restriction" && value && typeof value === "object") {
      const texts = value as Record<string, unknown>
      return String(texts[locale] ?? texts.en ?? "")
    }
    if (name === "products") return productList(params.lines, locale)
    // Amounts of a refusal that names its currency are written as money in the reader's way.
    if ((name === "total" || name === "minimum") && typeof value === "number" && typeof params.currency === "string") {
      return formatMoney(value, params.currency, locale)
    }
    if (name === "reason") {
      const reason = typeof value === "string" ? value : ""
      return catalogue.decline_reasons[reason] ?? catalogue.decline_reasons.generic_decline ?? reason
    }
    return value === undefined || value === null ? whole : String(value)
  })
}

/** A country (ISO alpha-2) named in `locale` ("Japan", "日本", "Япония"); the code itself when unknown. */
export function countryName(code: string, locale: Locale): string {
  try {
    return new Intl.DisplayNames([INTL_LOCALES[locale]], { type: "region" }).of(code.toUpperCase()) ?? code
  } catch {
    return code.toUpperCase()
  }
}

// How each language quotes a product's name in a sentence (as the catalogues quote `{product}`).
const QUOTES: Record<Locale, [string, string]> = { en: ['"', '"'], ja: ["「", "」"], ru: ["«", "»"], ky: ["«", "»"] }

/** The products of a refusal's `lines`, quoted and listed as `locale` lists things ("A", "B" and "C"). */
export function productList(lines: unknown, locale: Locale): string {
  const [open, close] = QUOTES[locale]
  const names = (Array.isArray(lines) ? lines : [])
    .map((line) => (line as { product?: unknown } | null)?.product)
    .filter((name): name is string => typeof name === "string" && name.length > 0)
    .map((name) => `${open}${name}${close}`)
  return locale === "ja"
    ? names.join("、")
    : new Intl.ListFormat(INTL_LOCALES[locale], { type: "conjunction" }).format(names)
}

/** A card decline reason (Stripe's `decline_code`) in `locale`; the generic one when unknown. */
export function declineReasonText(reason: string | null | undefined, locale: Locale): string {
  const reasons = REFUSAL_CATALOGUES[locale].decline_reasons
  return reasons[reason ?? ""] ?? reasons.generic_decline ?? ""
}
