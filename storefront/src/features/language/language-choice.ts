import { isLocale, type Locale } from "../../i18n/locales"

/** The localStorage key remembering the shopper's language decision: a language they picked, or "dismissed". */
export const languageChoiceKey = "ovop.language"

/** The first of the browser's preferred languages (`navigator.languages`) that the store is written in, or null. */
export function preferredStoreLocale(browserLanguages: readonly string[]): Locale | null {
  for (const tag of browserLanguages) {
    const primary = tag.toLowerCase().split("-")[0] ?? ""
    if (isLocale(primary)) return primary
  }
  return null
}

/**
 * The language to suggest on a page written in `pageLocale`: the browser's preferred store language
 * when it is another one the page is offered in, and only while the shopper has decided nothing
 * (`storedChoice` is null). Null means no suggestion.
 */
export function suggestedLocale(
  pageLocale: Locale,
  browserLanguages: readonly string[],
  storedChoice: string | null,
  offeredIn: readonly string[],
): Locale | null {
  if (storedChoice) return null
  const preferred = preferredStoreLocale(browserLanguages)
  return preferred && preferred !== pageLocale && offeredIn.includes(preferred) ? preferred : null
}
