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

/** Throws, failing the build, when any language lacks a string that English has. */
export function assertCompleteStrings(all: Record<string, Record<string, unknown>> = catalogue): void {
  const problems = Object.entries(all)
    .map(([locale, strings]) => [locale, missingKeys(en, strings)] as const)
    .filter(([, missing]) => missing.length > 0)
    .map(([locale, missing]) => `${locale}: ${missing.join(", ")}`)
  if (problems.length) throw new Error(`interface strings missing: ${problems.join("; ")}`)
}

assertCompleteStrings()

/** The interface string `key` in `locale`. */
export function t(locale: Locale, key: UiKey): string {
  return catalogue[locale][key]
}
