import { LOCALE_NATIVE_NAMES, LOCALES } from "@ovop/domain"

/**
 * The storefront's view of the shop's languages. The list, the Intl mapping and the URL helpers
 * are the shared rules of `@ovop/domain` (written once for the backend, the emails and the
 * pages); this module adds only what is Astro's: the static paths of a page built per language.
 */
export {
  INTL_LOCALES as intlLocales,
  isLocale,
  type Locale,
  localizedPath,
  OG_LOCALES as ogLocales,
  switchLocale,
} from "@ovop/domain"

/** The storefront's languages, in the order the language picker shows them. */
export const locales = LOCALES

/** Each language's own name, as its readers write it. */
export const localeNames = LOCALE_NATIVE_NAMES

/** The static paths of a page that exists once per language (`[locale]`), the locale also as its prop. */
export function localePaths() {
  return locales.map((locale) => ({ params: { locale }, props: { locale } }))
}
