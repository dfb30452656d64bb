import type { Locale } from "../../i18n/locales"
import type { PriceSummary } from "../catalogue/price"

/**
 * Product search through the store's search route (`GET /store/search`, docs/api.md), behind one
 * function so the page and its island do not know the engine.
 */

/** Where and how to search: the backend, the retail key, the page's language and its currency. */
export type SearchSettings = { backendUrl: string; publishableKey: string; locale: Locale; currencyCode: string }

/** The filters a search page's URL carries (`?q=&category=&group=&in_season=true`). */
export type SearchFilters = {
  q: string
  category?: string | undefined
  group?: string | undefined
  inSeason?: boolean | undefined
}

/** One product found, as a result card shows it. */
export type SearchHit = {
  handle: string
  title: string
  subtitle: string | null
  price: PriceSummary | null
  inSeason: boolean
}

/** A facet value with its name in the page's language and how many results carry it. */
export type SearchFacet = { value: string; label: string; count: number }

/** A search's answer: one page of hits, the number of all matches, and facet counts. */
export type SearchResult = {
  hits: SearchHit[]
  count: number
  facets: { category: SearchFacet[]; group: SearchFacet[]; inSeason: number }
}

/** Raised when the search engine cannot answer (503 `search_unavailable`, or no answer at all). */
export class SearchUnavailable extends Error {}

/** The most results a search page shows (the route's page cap is 50). */
export const searchLimit = 48

/** The longest query the route accepts. */
export const maxQueryLength = 200

/** The filters of a search page's URL; unknown or empty parameters are left out. */
export function filtersFromUrl(search: string): SearchFilters {
  const params = new URLSearchParams(search)
  const handle = (name: string) => {
    const value = params.get(name)?.trim()
    return value && /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(value) ? value : undefined
  }
  return {
    q: (params.get("q") ?? "").trim().slice(0, maxQueryLength),
    category: handle("category"),
    group: handle("group"),
    inSeason: params.get("in_season") === "true" ? true : undefined,
  }
}

/** The search route's URL for `filters`: the page's language, prices in the shopper's currency. */
export function searchRequestUrl(filters: SearchFilters, settings: SearchSettings, limit = searchLimit): string {
  const params = new URLSearchParams({ q: filters.q, locale: settings.locale, currency: settings.currencyCode })
  if (filters.category) params.set("category", filters.category)
  if (filters.group) params.set("group", filters.group)
  if (filters.inSeason) params.set("in_season", "true")
  params.set("limit", String(limit))
  return `${settings.backendUrl}/store/search?${params}`
}

type RouteHit = {
  handle: string
  title: string
  subtitle?: string | null
  price: { amount: number; currency_code: string } | null
  in_season: boolean
}
type RouteAnswer = {
  count: number
  hits: RouteHit[]
  facets: { category: SearchFacet[]; group: SearchFacet[]; in_season: { true: number } }
}

/** A result card's data from the route's hit (the lowest price, shown as "from"). */
export function toSearchHit(hit: RouteHit): SearchHit {
  return {
    handle: hit.handle,
    title: hit.title,
    subtitle: hit.subtitle || null,
    price: hit.price ? { amount: hit.price.amount, currencyCode: hit.price.currency_code, from: false } : null,
    inSeason: hit.in_season,
  }
}

/** Searches; throws `SearchUnavailable` when the engine or the store cannot answer. */
export async function searchProducts(
  filters: SearchFilters,
  settings: SearchSettings,
  fetchImpl: typeof fetch = fetch,
  limit = searchLimit,
): Promise<SearchResult> {
  let response: Response
  try {
    response = await fetchImpl(searchRequestUrl(filters, settings, limit), {
      headers: { "x-publishable-api-key": settings.publishableKey },
    })
  } catch {
    throw new SearchUnavailable("the store did not answer")
  }
  if (!response.ok) throw new SearchUnavailable(`the store answered ${response.status}`)
  const answer = (await response.json()) as RouteAnswer
  return {
    hits: answer.hits.map(toSearchHit),
    count: answer.count,
    facets: { category: answer.facets.category, group: answer.facets.group, inSeason: answer.facets.in_season.true },
  }
}
