/** The languages the store speaks; English is the source every product and group is written in. */
export const STORE_LOCALES = ["en", "ja", "ru", "ky"] as const
export type StoreLocale = (typeof STORE_LOCALES)[number]

/** The source locale: its text lives on the records themselves, not in the Translation module. */
export const SOURCE_LOCALE: StoreLocale = "en"

/** The locales whose text lives in the Translation module. */
export const TRANSLATED_LOCALES = ["ja", "ru", "ky"] as const
export type TranslatedLocale = (typeof TRANSLATED_LOCALES)[number]

/** Human names of the locales, as the Translation module and the admin list them. */
export const LOCALE_NAMES: Record<StoreLocale, string> = {
  en: "English",
  ja: "Japanese",
  ru: "Russian",
  ky: "Kyrgyz",
}

/**
 * Where a missing field is looked up next, before the English source: a Kyrgyz reader
 * reads Russian far more easily than English.
 */
export const LOCALE_FALLBACKS: Record<StoreLocale, TranslatedLocale[]> = { en: [], ja: [], ru: [], ky: ["ru"] }

/** True when `value` is one of the store's locales. */
export function isStoreLocale(value: string): value is StoreLocale {
  return (STORE_LOCALES as readonly string[]).includes(value)
}

/**
 * The store locale a request asks for (`ja`, `ja-JP`, `KY-kg` all name a store locale by
 * their language subtag), or `undefined` when the language is not one the store speaks.
 */
export function resolveStoreLocale(requested: string): StoreLocale | undefined {
  const language = requested.trim().split(/[-_]/)[0]?.toLowerCase() ?? ""
  return isStoreLocale(language) ? language : undefined
}

/** A record's translated fields per locale, as the Translation module keeps them. */
export type TranslationsByLocale = Partial<Record<TranslatedLocale, Record<string, unknown>>>

/**
 * The field values a reader of `locale` gets from the fallback locales for the fields that
 * `locale` itself leaves missing or empty. Fields `locale` translates are not returned: they
 * are already applied.
 */
export function fallbackFields(locale: StoreLocale, translations: TranslationsByLocale): Record<string, string> {
  const own = locale === SOURCE_LOCALE ? {} : (translations[locale as TranslatedLocale] ?? {})
  const filled: Record<string, string> = {}
  for (const fallback of LOCALE_FALLBACKS[locale]) {
    for (const [field, value] of Object.entries(translations[fallback] ?? {})) {
      if (field in filled || isFilled(own[field])) continue
      if (isFilled(value)) filled[field] = value
    }
  }
  return filled
}

function isFilled(value: unknown): value is string {
  return typeof value === "string" && value.trim() !== ""
}
