import type { Locale } from "@ovop/domain"

/**
 * How search text is written before it is indexed or matched, the same for the document and the
 * query, so both providers and every language compare like with like:
 * - Unicode NFKC (full-width Latin and digits, half-width katakana become the ordinary forms),
 *   lower case;
 * - Russian and Kyrgyz: ё is е (shoppers rarely type ё: "мед" finds "мёд");
 * - Japanese: katakana are hiragana (アンズ, あんず), and the few kanji a shopper types for a
 *   product the catalogue writes in kana (杏 -> あんず, 蜂蜜 -> はちみつ) are replaced by it;
 * - punctuation and symbols are spaces; runs of spaces are one.
 */
export function normalizeSearchText(text: string, locale: Locale): string {
  let normalized = text.normalize("NFKC").toLowerCase()
  if (locale === "ru" || locale === "ky") normalized = normalized.replaceAll("ё", "е")
  if (locale === "ja") normalized = foldJapanese(normalized)
  return normalized
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .replace(/\s+/g, " ")
    .trim()
}

/**
 * Kanji shoppers type for words the catalogue writes in kana, longest first (蜂蜜 before 蜜).
 * Both sides are folded, so a title in kanji is found by kana too.
 */
export const JAPANESE_KANA_SPELLINGS: readonly (readonly [kanji: string, kana: string])[] = [
  ["蜂蜜", "はちみつ"],
  ["杏子", "あんず"],
  ["杏", "あんず"],
  ["林檎", "りんご"],
  ["胡桃", "くるみ"],
  ["胡麻", "ごま"],
  ["木苺", "らずべりー"],
  ["黒酸塊", "かしす"],
  ["沙棘", "さじー"],
  ["毛糸", "けいと"],
  ["干し", "ほし"],
]

function foldJapanese(text: string): string {
  // Katakana (U+30A1-U+30F6) are hiragana shifted by 0x60; the long vowel mark ー stays.
  let folded = text.replace(/[\u30a1-\u30f6]/g, (char) => String.fromCharCode(char.charCodeAt(0) - 0x60))
  for (const [kanji, kana] of JAPANESE_KANA_SPELLINGS) folded = folded.replaceAll(kanji, kana)
  return folded
}

/**
 * The terms of a query: its normalized words. Japanese is written without spaces, so a Japanese
 * query is matched as written (one term per space-separated run), as a substring of the text.
 */
export function queryTerms(query: string, locale: Locale): string[] {
  const normalized = normalizeSearchText(query, locale)
  return normalized ? [...new Set(normalized.split(" "))].slice(0, MAX_QUERY_TERMS) : []
}

/** The most terms of a query that are matched (the rest are dropped). */
export const MAX_QUERY_TERMS = 8

/** Whether a locale's text is written without spaces between words (matched by substring). */
export function writesWithoutSpaces(locale: Locale): boolean {
  return locale === "ja"
}
