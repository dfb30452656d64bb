import type { Locale } from "@ovop/domain"
import type { SearchDocument } from "../document"

/** The sorts a search offers: relevance (featured for an empty query), price either way, newest first. */
export const SEARCH_SORTS = ["relevance", "price_asc", "price_desc", "newest"] as const
export type SearchSort = (typeof SEARCH_SORTS)[number]

/** One search as a provider receives it, already validated. */
export type SearchRequest = {
  locale: Locale
  /** The shopper's words; empty means the seasonal favourites (in season first, then newest). */
  q: string
  category?: string
  group?: string
  /** `true`: only products in season at `now`; `false`: only those out of season. */
  inSeason?: boolean
  /** Price range in `currency`, in its units as Medusa stores them (som, yen, dollars). */
  priceMin?: number
  priceMax?: number
  currency: string
  sort: SearchSort
  limit: number
  offset: number
  /** The instant seasons are read at (Bishkek's month). */
  now: Date
}

/** A facet value: its handle, its name in the request's locale and how many matches carry it. */
export type FacetCount = { value: string; label: string; count: number }

/** What a provider answers: one page of documents, the number of all matches, facet counts over all matches. */
export type SearchAnswer = {
  hits: SearchDocument[]
  count: number
  facets: { category: FacetCount[]; group: FacetCount[]; in_season: { true: number; false: number } }
}

/** A search engine holding one index per locale. */
export interface SearchProvider {
  /** `postgres` or `meilisearch`, as the API answers it. */
  readonly name: string
  /** Makes the indexes ready (settings, tables); idempotent, run at boot and before a rebuild. */
  prepare(): Promise<void>
  /** Adds or replaces these documents. */
  upsert(documents: SearchDocument[]): Promise<void>
  /** Removes every document of these products, in every locale. */
  remove(productIds: string[]): Promise<void>
  /** Replaces every index's content by these documents (products not among them are removed). */
  replaceAll(documents: SearchDocument[]): Promise<void>
  search(request: SearchRequest): Promise<SearchAnswer>
}
