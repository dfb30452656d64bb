import type { MedusaResponse, MedusaStoreRequest } from "@medusajs/framework/http"
import { isLocale, type Locale } from "@ovop/domain"
import { PRODUCT_SEARCH_MODULE } from "../../../modules/product-search"
import type { SearchDocument } from "../../../modules/product-search/document"
import { documentInSeason } from "../../../modules/product-search/document"
import type ProductSearchModuleService from "../../../modules/product-search/service"
import { SearchUnavailableError } from "../../../modules/product-search/service"
import type { StoreSearchParamsType } from "./validators"

/** The currency a locale's shopper sees without a region chosen (the storefront's rule: ja yen, ru and ky som, en dollars). */
const LOCALE_CURRENCY: Record<Locale, "kgs" | "jpy" | "usd"> = { en: "usd", ja: "jpy", ru: "kgs", ky: "kgs" }

/**
 * GET /store/search: one page of the products matching `q` in the request's language, with
 * filters (category, producer group, in season, price range in a currency), a sort, the number of
 * matches and facet counts. An empty `q` lists the seasonal favourites. A search engine that
 * cannot answer gives 503 `search_unavailable`; the rest of the store keeps serving.
 */
export async function GET(req: MedusaStoreRequest<unknown, StoreSearchParamsType>, res: MedusaResponse) {
  const query = req.validatedQuery
  const locale: Locale = isLocale(req.locale) ? req.locale : "en"
  const currency = query.currency ?? LOCALE_CURRENCY[locale]
  const now = new Date()
  const search: ProductSearchModuleService = req.scope.resolve(PRODUCT_SEARCH_MODULE)
  try {
    const answer = await search.searchProducts({
      locale,
      q: query.q,
      category: query.category,
      group: query.group,
      inSeason: query.in_season,
      priceMin: query.price_min,
      priceMax: query.price_max,
      currency,
      sort: query.sort,
      limit: query.limit,
      offset: query.offset,
      now,
    })
    res.json({
      query: query.q,
      locale,
      currency,
      engine: answer.engine,
      count: answer.count,
      limit: query.limit,
      offset: query.offset,
      hits: answer.hits.map((hit) => toHit(hit, currency, now)),
      facets: answer.facets,
    })
  } catch (error) {
    if (!(error instanceof SearchUnavailableError)) throw error
    res.status(503).json({ code: "search_unavailable", message: "search is unavailable; browse the catalogue instead" })
  }
}

/** What a result shows: the product's text in the language, its price in the currency, its season now. */
function toHit(document: SearchDocument, currency: string, now: Date) {
  const amount = document.prices?.[currency]
  return {
    id: document.id,
    handle: document.handle,
    title: document.title,
    subtitle: document.subtitle,
    thumbnail: document.thumbnail,
    category: { handle: document.category_handle, name: document.category },
    producer_group: { handle: document.group_handle, name: document.group, village: document.village },
    price: amount === undefined ? null : { amount, currency_code: currency },
    in_season: documentInSeason(document, now),
    in_stock: document.in_stock,
    created_at: document.created_at,
  }
}
