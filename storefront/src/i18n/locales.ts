/** The storefront's languages, in the order the language picker shows them. */
export const locales = ["en", "ja", "ru", "ky"] as const

/** A storefront language code (the first URL segment). */
export type Locale = (typeof locales)[number]

/** Each language's own name, as its readers write it. */
export const localeNames: Record<Locale, string> = {
  en: "English",
  ja: "日本語",
  ru: "Русский",
  ky: "Кыргызча",
}

/**
 * The Intl locale each language formats numbers, money and dates with. Russian readers are in
 * Kyrgyzstan, so `ru-KG` (which writes "сом", where `ru-RU` writes "KGS").
 */
export const intlLocales: Record<Locale, string> = { en: "en-US", ja: "ja-JP", ru: "ru-KG", ky: "ky-KG" }

/** The Open Graph locale (`og:locale`) of each language: language and territory joined by an underscore. */
export const ogLocales: Record<Locale, string> = { en: "en_US", ja: "ja_JP", ru: "ru_KG", ky: "ky_KG" }

/** The static paths of a page that exists once per language (`[locale]`), the locale also as its prop. */
export function localePaths() {
  return locales.map((locale) => ({ params: { locale }, props: { locale } }))
}

/** True when `value` is one of the storefront's languages. */
export function isLocale(value: string): value is Locale {
  return (locales as readonly string[]).includes(value)
}

/**
 * The URL of `path` in `locale`: `/ja/products/apricot-jam/`. Paths are written without the
 * locale and always end with a slash, matching the built directory layout.
 */
export function localizedPath(locale: Locale, path = "/"): string {
  const trimmed = path.replace(/^\/+|\/+$/g, "")
  return trimmed ? `/${locale}/${trimmed}/` : `/${locale}/`
}

/** The same page in another language: swaps the first path segment when it is a locale. */
export function switchLocale(currentPath: string, target: Locale): string {
  const segments = currentPath.split("/").filter(Boolean)
  const first = segments[0]
  const rest = first !== undefined && isLocale(first) ? segments.slice(1) : segments
  return localizedPath(target, rest.join("/"))
}
