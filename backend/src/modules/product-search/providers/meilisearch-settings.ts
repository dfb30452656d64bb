import { associationMonth, LOCALES, type Locale } from "@ovop/domain"
import type { SearchDocument } from "../document"
import { matchText } from "../document"
import { JAPANESE_KANA_SPELLINGS, normalizeSearchText } from "../text"
import type { SearchRequest } from "./types"

/** The currencies whose price is a filterable and sortable field (`price_kgs`...). */
export const PRICE_CURRENCIES = ["kgs", "jpy", "usd"] as const

/** The name of a locale's index, under an optional prefix (tests use their own). */
export function indexName(locale: Locale, prefix = "ovop_products"): string {
  return `${prefix}_${locale}`
}

/**
 * Words too common in each language to tell products apart ("jam with walnuts": "with").
 * Japanese particles are not listed: Meilisearch segments Japanese itself, and a particle inside
 * a kana word would break it.
 */
export const STOP_WORDS: Record<Locale, string[]> = {
  en: ["a", "an", "and", "the", "of", "with", "from", "for", "in"],
  ja: [],
  ru: ["и", "в", "во", "с", "со", "из", "для", "на", "от", "к"],
  ky: ["жана", "менен", "үчүн", "жөнүндө"],
}

/**
 * Meilisearch's language of each index (`localizedAttributes`): Japanese is segmented as Japanese
 * (not as Chinese, which a kana-less query would be taken for); Kyrgyz has no segmenter of its own
 * and is written in Cyrillic with spaces, so it is tokenized as Russian is.
 */
const MEILISEARCH_LANGUAGES: Record<Locale, string> = { en: "eng", ja: "jpn", ru: "rus", ky: "rus" }

/**
 * The settings of a locale's index, applied at boot: only the settings the index does not hold
 * yet are sent (`settingsChanges`), so a boot with unchanged settings writes nothing. Documents are matched on their normalized text
 * (`text.ts`: ё is е, katakana are hiragana, kanji the catalogue writes in kana are kana), and the
 * query is normalized alike, so both providers read the same words the same way.
 */
export function meilisearchSettings(locale: Locale) {
  return {
    searchableAttributes: ["title_norm", "short_norm", "body_norm"],
    displayedAttributes: ["*"],
    filterableAttributes: [
      "category_handle",
      "group_handle",
      "category_facet",
      "group_facet",
      "season_months",
      "all_year",
      "in_stock",
      ...PRICE_CURRENCIES.map((currency) => `price_${currency}`),
    ],
    sortableAttributes: [...PRICE_CURRENCIES.map((currency) => `price_${currency}`), "created_at_ts"],
    rankingRules: ["words", "typo", "proximity", "attribute", "sort", "exactness", "created_at_ts:desc"],
    typoTolerance: {
      enabled: true,
      // Short words are where a typo makes another word (бал, мед): no typo under 4 letters.
      minWordSizeForTypos: { oneTypo: 4, twoTypos: 8 },
    },
    stopWords: STOP_WORDS[locale],
    synonyms: locale === "ja" ? japaneseSynonyms() : {},
    localizedAttributes: [{ attributePatterns: ["*_norm"], locales: [MEILISEARCH_LANGUAGES[locale]] }],
    pagination: { maxTotalHits: 1000 },
    faceting: { maxValuesPerFacet: 100 },
  }
}

function japaneseSynonyms(): Record<string, string[]> {
  const synonyms: Record<string, string[]> = {}
  for (const [kanji, kana] of JAPANESE_KANA_SPELLINGS) {
    const folded = normalizeSearchText(kana, "ja")
    synonyms[kanji] = [folded]
  }
  return synonyms
}

/** Settings whose values are sets: Meilisearch answers them in its own order (sorted). */
const SET_LIKE_SETTINGS = new Set(["filterableAttributes", "sortableAttributes", "stopWords"])

/**
 * The part of `wanted` that the index's `current` settings (as `GET /indexes/:uid/settings`
 * answers them) do not hold yet; empty when there is nothing to write. A setting Meilisearch
 * answers with more keys than we set (typo tolerance, faceting) matches when the keys we set
 * match; set-like lists match in any order.
 */
export function settingsChanges<T extends Record<string, unknown>>(
  current: Record<string, unknown>,
  wanted: T,
): Partial<T> {
  const changes: Partial<T> = {}
  for (const key of Object.keys(wanted) as (keyof T & string)[]) {
    const held = current[key]
    const value = wanted[key]
    const same = SET_LIKE_SETTINGS.has(key)
      ? Array.isArray(held) && Array.isArray(value) && sameMembers(held, value)
      : holds(held, value)
    if (!same) changes[key] = value
  }
  return changes
}

function sameMembers(a: readonly unknown[], b: readonly unknown[]): boolean {
  const sorted = (list: readonly unknown[]) => list.map((item) => JSON.stringify(item)).sort()
  return JSON.stringify(sorted(a)) === JSON.stringify(sorted(b))
}

/** Whether `held` holds `value`: equal scalars and lists, objects with at least `value`'s keys, equal. */
function holds(held: unknown, value: unknown): boolean {
  if (Array.isArray(value)) {
    return Array.isArray(held) && held.length === value.length && value.every((item, index) => holds(held[index], item))
  }
  if (value !== null && typeof value === "object") {
    if (held === null || typeof held !== "object" || Array.isArray(held)) return false
    const entries = Object.entries(value)
    const heldRecord = held as Record<string, unknown>
    // An empty object (no synonyms) is held only by an empty object.
    if (!entries.length) return Object.keys(heldRecord).length === 0
    return entries.every(([key, item]) => holds(heldRecord[key], item))
  }
  return held === value
}

/** A document as a Meilisearch index holds it: the API's document plus its normalized text and facet keys. */
export function toMeilisearchDocument(document: SearchDocument): Record<string, unknown> {
  const text = matchText(document)
  const flatPrices = Object.fromEntries(
    PRICE_CURRENCIES.map((currency) => [`price_${currency}`, document.prices[currency] ?? null]),
  )
  return {
    ...document,
    ...flatPrices,
    title_norm: text.title,
    short_norm: text.short,
    body_norm: text.body,
    // "handle|name": a facet count that carries its name in the locale.
    category_facet: document.category_handle ? `${document.category_handle}|${document.category}` : null,
    group_facet: document.group_handle ? `${document.group_handle}|${document.group}` : null,
  }
}

/** A filter value quoted for Meilisearch's filter syntax. */
function quoted(value: string): string {
  return `"${value.replace(/["\\]/g, (char) => `\\${char}`)}"`
}

/** The filter expressions of a request, without the season filter (which `inSeasonFilter` writes). */
export function meilisearchFilters(request: SearchRequest): string[] {
  const filters: string[] = []
  const priceField = `price_${request.currency.toLowerCase()}`
  if (request.category) filters.push(`category_handle = ${quoted(request.category)}`)
  if (request.group) filters.push(`group_handle = ${quoted(request.group)}`)
  if (request.priceMin !== undefined) filters.push(`${priceField} >= ${request.priceMin}`)
  if (request.priceMax !== undefined) filters.push(`${priceField} <= ${request.priceMax}`)
  if (request.inSeason === true) filters.push(inSeasonFilter(request.now))
  if (request.inSeason === false) filters.push(`NOT (${inSeasonFilter(request.now)})`)
  return filters
}

/** In season at `now`: sold all year, or this month (Bishkek's) is in its window. */
export function inSeasonFilter(now: Date): string {
  return `(all_year = true OR season_months = ${associationMonth(now)})`
}

/** The sort of a request (relevance has none: the ranking rules order it). */
export function meilisearchSort(request: SearchRequest): string[] | undefined {
  const priceField = `price_${request.currency.toLowerCase()}`
  switch (request.sort) {
    case "price_asc":
      return [`${priceField}:asc`]
    case "price_desc":
      return [`${priceField}:desc`]
    case "newest":
      return ["created_at_ts:desc"]
    default:
      return undefined
  }
}

/** Every index the shop has (one per locale). */
export function allIndexNames(prefix?: string): string[] {
  return LOCALES.map((locale) => indexName(locale, prefix))
}
