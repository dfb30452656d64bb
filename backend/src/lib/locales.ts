import { LOCALE_FALLBACKS, type Locale, SOURCE_LOCALE, type TranslatedLocale } from "@ovop/domain"

/**
 * The backend's view of the shop's languages. The list, the source language, the fallbacks and
 * the parsing of a requested language are the shared rules of `@ovop/domain` (written once for
 * the storefront, the admin, the emails and the seed), named here as the backend has always read
 * them; this module adds how translated fields fall back.
 */
export {
  isLocale as isStoreLocale,
  LOCALE_ENGLISH_NAMES as LOCALE_NAMES,
  LOCALE_FALLBACKS,
  LOCALES as STORE_LOCALES,
  type Locale as StoreLocale,
  resolveLocale as resolveStoreLocale,
  SOURCE_LOCALE,
  TRANSLATED_LOCALES,
  type TranslatedLocale,
} from "@ovop/domain"

/** A record's translated fields per locale, as the Translation module keeps them. */
export type TranslationsByLocale = Partial<Record<TranslatedLocale, Record<string, unknown>>>

/**
 * The field values a reader of `locale` gets from the fallback locales for the fields that
 * `locale` itself leaves missing or empty. Fields `locale` translates are not returned: they
 * are already applied.
 */
export function fallbackFields(locale: Locale, translations: TranslationsByLocale): Record<string, string> {
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
