import type { Locale } from "../../i18n/locales"
import { type PriceSummary, summarisePrices } from "../catalogue/price"

/**
 * Product search, behind one function so the engine can change (the store API's `q` filter
 * today, a search engine later) without touching the page or its island.
 */

/** Where and how to search: the backend, the retail key, the page's language and its currency's region. */
export type SearchSettings = { backendUrl: string; publishableKey: string; locale: Locale; regionId: string }

/** One product found, as a result card shows it. */
export type SearchHit = {
  handle: string
  title: string
  subtitle: string | null
  price: PriceSummary | null
}

type StoreSearchProduct = {
  handle: string
  title: string
  subtitle?: string | null
  variants?: { calculated_price?: { calculated_amount: number | null; currency_code: string | null } | null }[] | null
}

/** The most results a search shows; the store has 45 products. */
export const searchLimit = 48

/** The store API request for `query`: titles in the page's language, prices in its region's currency. */
export function searchRequestUrl(query: string, settings: SearchSettings): string {
  const params = new URLSearchParams({
    q: query,
    locale: settings.locale,
    region_id: settings.regionId,
    limit: String(searchLimit),
    fields: "handle,title,subtitle,*variants.calculated_price",
  })
  return `${settings.backendUrl}/store/products?${params}`
}

/** A result card's data from the store API's product. */
export function toSearchHit(product: StoreSearchProduct): SearchHit {
  const prices = (product.variants ?? []).map(({ calculated_price: price }) =>
    typeof price?.calculated_amount === "number" && price.currency_code
      ? { amount: price.calculated_amount, currencyCode: price.currency_code }
      : null,
  )
  return {
    handle: product.handle,
    title: product.title,
    subtitle: product.subtitle || null,
    price: summarisePrices(prices),
  }
}

/** The products matching `query`; throws when the store cannot answer. */
export async function searchProducts(
  query: string,
  settings: SearchSettings,
  fetchImpl: typeof fetch = fetch,
): Promise<SearchHit[]> {
  const response = await fetchImpl(searchRequestUrl(query, settings), {
    headers: { "x-publishable-api-key": settings.publishableKey },
  })
  if (!response.ok) throw new Error(`the store answered ${response.status}`)
  const answer = (await response.json()) as { products?: StoreSearchProduct[] }
  return (answer.products ?? []).map(toSearchHit)
}
