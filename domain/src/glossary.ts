import japanese from "../messages/glossary/ja.json"

/**
 * The Japanese glossary (`messages/glossary/ja.json`): one way to write each katakana place name
 * (the villages the groups are named after) and each recurring term (the brand, its mark, the
 * fruits), with the other spellings a translator might reach for. The seed refuses a catalogue
 * text that uses one of those, and a test checks the storefront's strings, pages and messages.
 */

/** A word of the glossary: how the shop writes it, what it is in English, the spellings it does not use. */
export type GlossaryEntry = { kind: "place" | "term"; term: string; en: string; variants: readonly string[] }

/** The Japanese glossary's entries. */
export const JAPANESE_GLOSSARY: readonly GlossaryEntry[] = japanese.entries as GlossaryEntry[]

/** A spelling the glossary does not use, found in a text: where, and what to write instead. */
export type GlossaryViolation = { variant: string; term: string; index: number }

/** Every spelling in `text` the glossary writes another way, in the order they occur. */
export function glossaryViolations(
  text: string,
  glossary: readonly GlossaryEntry[] = JAPANESE_GLOSSARY,
): GlossaryViolation[] {
  const found: GlossaryViolation[] = []
  for (const entry of glossary) {
    for (const variant of entry.variants) {
      for (let index = text.indexOf(variant); index !== -1; index = text.indexOf(variant, index + 1)) {
        found.push({ variant, term: entry.term, index })
      }
    }
  }
  return found.sort((a, b) => a.index - b.index)
}
