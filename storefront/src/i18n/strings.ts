import en from "./en.json"
import ja from "./ja.json"
import ky from "./ky.json"
import type { Locale } from "./locales"
import ru from "./ru.json"

/** The interface strings; English is the schema every other language must match. */
export type UiStrings = typeof en
/** A key of the interface strings. */
export type UiKey = keyof UiStrings

// A missing key in any language is a type error here, so `astro check` fails on it.
const catalogue: Record<Locale, UiStrings> = { en, ja, ru, ky }

/** Keys of `reference` that `candidate` lacks or leaves empty. */
export function missingKeys(reference: Record<string, string>, candidate: Record<string, unknown>): string[] {
  return Object.keys(reference).filter((key) => {
    const value = candidate[key]
    return typeof value !== "string" || value.trim() === ""
  })
}

const placeholdersOf = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort()

/** Keys whose `{placeholders}` in `candidate` differ from those in `reference`. */
export function placeholderMismatches(reference: Record<string, string>, candidate: Record<string, unknown>): string[] {
  return Object.entries(reference)
    .filter(([key, text]) => {
      const value = candidate[key]
      return typeof value === "string" && placeholdersOf(value).join() !== placeholdersOf(text).join()
    })
    .map(([key]) => key)
}

/** Throws, failing the build, when any language lacks a string that English has or words its placeholders differently. */
export function assertCompleteStrings(all: Record<string, Record<string, unknown>> = catalogue): void {
  const problems = Object.entries(all)
    .map(([locale, strings]) => {
      const missing = missingKeys(en, strings)
      const mismatched = placeholderMismatches(en, strings).map((key) => `${key} (placeholders)`)
      return [locale, [...missing, ...mismatched]] as const
    })
    .filter(([, keys]) => keys.length > 0)
    .map(([locale, keys]) => `${locale}: ${keys.join(", ")}`)
  if (problems.length) throw new Error(`interface strings missing: ${problems.join("; ")}`)
}

assertCompleteStrings()

/** True when `key` names an interface string (for keys built from data, such as `allergen.wheat`). */
export function isUiKey(key: string): key is UiKey {
  return Object.hasOwn(en, key)
}

/** The interface string `key` in `locale`, its `{placeholders}` filled from `values`. */
export function t(locale: Locale, key: UiKey, values: Record<string, string | number> = {}): string {
  return catalogue[locale][key].replace(/\{(\w+)\}/g, (placeholder, name: string) =>
    name in values ? String(values[name]) : placeholder,
  )
}
