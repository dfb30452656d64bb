/**
 * The shop's languages, written once: the storefront's URL segments, the backend's translations,
 * the admin's translation tabs, the emails and the seed all read this list.
 */

/** The languages the shop speaks, in the order the language picker shows them. */
export const LOCALES = ["en", "ja", "ru", "ky"] as const

/** A shop language code (the first URL segment of a storefront page). */
export type Locale = (typeof LOCALES)[number]

/** The source language: product and group text is written in English on the records themselves. */
export const SOURCE_LOCALE = "en" satisfies Locale

/** The languages whose text lives in Medusa's Translation module (every language but the source). */
export const TRANSLATED_LOCALES = ["ja", "ru", "ky"] as const satisfies readonly Exclude<Locale, "en">[]

/** A language whose text lives in the Translation module. */
export type TranslatedLocale = (typeof TRANSLATED_LOCALES)[number]

/** Each language's own name, as its readers write it (the language picker). */
export const LOCALE_NATIVE_NAMES: Record<Locale, string> = {
  en: "English",
  ja: "日本語",
  ru: "Русский",
  ky: "Кыргызча",
}

/** Each language's English name, as the Translation module and the admin list them. */
export const LOCALE_ENGLISH_NAMES: Record<Locale, string> = {
  en: "English",
  ja: "Japanese",
  ru: "Russian",
  ky: "Kyrgyz",
}

/**
 * The Intl locale each language formats numbers, money and dates with. Russian readers are in
 * Kyrgyzstan, so `ru-KG` (one rule everywhere: pages, emails and documents read alike).
 */
export const INTL_LOCALES: Record<Locale, string> = { en: "en-US", ja: "ja-JP", ru: "ru-KG", ky: "ky-KG" }

/** What separates a label from its value (`Total: 250 som`): Japanese writes a full-width colon, no space (`合計：1,070円`). */
export const LABEL_SEPARATORS: Record<Locale, string> = { en: ": ", ja: "：", ru: ": ", ky: ": " }

/** The Open Graph locale (`og:locale`) of each language: language and territory joined by an underscore. */
export const OG_LOCALES: Record<Locale, string> = { en: "en_US", ja: "ja_JP", ru: "ru_KG", ky: "ky_KG" }

/**
 * Where a missing translated field is looked up next, before the English source: a Kyrgyz
 * reader reads Russian far more easily than English.
 */
export const LOCALE_FALLBACKS: Record<Locale, readonly TranslatedLocale[]> = { en: [], ja: [], ru: [], ky: ["ru"] }

/** True when `value` is one of the shop's languages (exactly: `ja`, not `ja-JP`). */
export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (LOCALES as readonly string[]).includes(value)
}

/** True when `value` is a language whose text lives in the Translation module. */
export function isTranslatedLocale(value: unknown): value is TranslatedLocale {
  return typeof value === "string" && (TRANSLATED_LOCALES as readonly string[]).includes(value)
}

/**
 * The shop language a request or a record asks for (`ja`, `ja-JP`, `KY-kg` all name one by
 * their language subtag), or `undefined` when the language is not one the shop speaks.
 */
export function resolveLocale(requested: string | null | undefined): Locale | undefined {
  const language = (requested ?? "").trim().split(/[-_]/)[0]?.toLowerCase() ?? ""
  return isLocale(language) ? language : undefined
}
