import fs from "node:fs"
import { type BuyableChoice, buyableProductFields, chooseBuyableVariants, type StoreProduct } from "./buyable"
import type { ScenarioClient } from "./http-load"

/** What the store scenarios need to know about the running store, read once after it started. */
export type StoreContext = {
  baseUrl: string
  publishableKey: string
  /** The US-dollar region, which prices every seeded product. */
  regionId: string
  handles: string[]
  /** The variants that can be bought now (in season, in stock, on sale): what the cart scenarios add. */
  variantIds: string[]
  /** Words of the catalogue's product titles the search scenario asks for. */
  searchTerms: string[]
}

/** An HTTP scenario measured for p50/p95 latency and throughput; its figures are named `<name>_p95_ms` etc. */
export type HttpScenario = {
  name: string
  /** What a reader of the figures should know about how it was measured. */
  note?: string
  /** Also report the p95 of the requests of the concurrent run (`<name>_concurrent_p95_ms`). */
  concurrentP95?: boolean
  /** Builds one client; called once for the sequential run and once per concurrent worker. */
  newClient: (store: StoreContext) => ScenarioClient
}

/** A request to the store API with the publishable key, and a JSON body when one is given. */
export function storeRequest(
  store: Pick<StoreContext, "baseUrl" | "publishableKey">,
  method: string,
  path: string,
  body?: unknown,
): Promise<Response> {
  return fetch(`${store.baseUrl}${path}`, {
    method,
    headers: {
      "x-publishable-api-key": store.publishableKey,
      ...(body === undefined ? {} : { "content-type": "application/json" }),
    },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  })
}

/** The product-list query of the storefront's catalogue page: one page of products with region prices. */
const productListPath = (regionId: string) =>
  `/store/products?region_id=${regionId}&limit=20&fields=*variants.calculated_price`

/**
 * The search request: the search route (issue 14), a page of 20 in English with its facets, as the
 * storefront's search page asks it. The route is not behind Medusa's query cache, so every
 * request is a real search.
 */
export const searchPath = (term: string) => `/store/search?q=${encodeURIComponent(term)}&locale=en&limit=20`

/**
 * The product list again, made a query the cache has never seen: Medusa's query cache keys an
 * entry by the whole query, so a `created_at` bound far in the future, one millisecond later on
 * every request, matches the same products and always misses the cache.
 */
let uncachedCounter = 0
const cacheMissingBound = () => encodeURIComponent(new Date(Date.UTC(2100, 0, 1) + uncachedCounter++).toISOString())
const uncachedProductListPath = (regionId: string) =>
  `${productListPath(regionId)}&created_at[$lt]=${cacheMissingBound()}`

/** Cycles through `items`, so repeated requests cover the whole (small) catalogue. */
function cycle<T>(items: readonly T[]): () => T {
  let index = 0
  return () => items[index++ % items.length] as T
}

async function createCart(store: StoreContext): Promise<string> {
  const response = await storeRequest(store, "POST", "/store/carts", { region_id: store.regionId })
  const body = await response.text()
  if (!response.ok) throw new Error(`POST /store/carts: HTTP ${response.status}: ${body.slice(0, 200)}`)
  return (JSON.parse(body) as { cart: { id: string } }).cart.id
}

/** Line items added to one cart before the next request starts a fresh one, so carts stay the size of real ones. */
const addsPerCart = 5

/** The measured store API requests; a later issue adds its own by adding an entry here. */
export const httpScenarios: HttpScenario[] = [
  {
    name: "store_products_list",
    newClient: (store) => ({ send: () => storeRequest(store, "GET", productListPath(store.regionId)) }),
  },
  {
    name: "store_products_list_uncached",
    note: "every request a query the query cache has not seen (a created_at bound that changes)",
    newClient: (store) => ({ send: () => storeRequest(store, "GET", uncachedProductListPath(store.regionId)) }),
  },
  {
    name: "store_search",
    note: "GET /store/search (PostgreSQL provider), cycling through words of the product titles",
    newClient: (store) => {
      const nextTerm = cycle(store.searchTerms)
      return {
        send: () => storeRequest(store, "GET", searchPath(nextTerm())),
      }
    },
  },
  {
    name: "store_products_by_handle",
    newClient: (store) => {
      const nextHandle = cycle(store.handles)
      return {
        send: () =>
          storeRequest(
            store,
            "GET",
            `/store/products?handle=${encodeURIComponent(nextHandle())}&region_id=${store.regionId}`,
          ),
      }
    },
  },
  {
    name: "store_cart_create",
    newClient: (store) => ({ send: () => storeRequest(store, "POST", "/store/carts", { region_id: store.regionId }) }),
  },
  {
    name: "store_cart_add_item",
    note: `variants that can be bought today only; a fresh cart every ${addsPerCart} adds, untimed but inside the throughput run`,
    concurrentP95: true,
    newClient: (store) => {
      const nextVariant = cycle(store.variantIds)
      let cartId: string | undefined
      let addsToCart = 0
      return {
        prepare: async () => {
          if (cartId && addsToCart < addsPerCart) return
          cartId = await createCart(store)
          addsToCart = 0
        },
        send: () => {
          addsToCart++
          return storeRequest(store, "POST", `/store/carts/${cartId}/line-items`, {
            variant_id: nextVariant(),
            quantity: 1,
          })
        },
      }
    },
  },
]

/** The storefront configuration the seed writes (`<dataDir>/storefront.json`). */
type StorefrontConfig = {
  publishableKey: string
  salesChannelId: string
  regions: { id: string; name: string; currency_code: string }[]
}

/** Every product the store lists with what the buyable choice reads, page by page. */
async function listAllProducts(store: Pick<StoreContext, "baseUrl" | "publishableKey" | "regionId">) {
  const products: (StoreProduct & { title?: string })[] = []
  const pageSize = 100
  for (let offset = 0; ; offset += pageSize) {
    const path = `/store/products?region_id=${store.regionId}&limit=${pageSize}&offset=${offset}&fields=${encodeURIComponent(`${buyableProductFields},title`)}`
    const response = await storeRequest(store, "GET", path)
    if (!response.ok) throw new Error(`GET ${path}: HTTP ${response.status}: ${(await response.text()).slice(0, 200)}`)
    const page = (await response.json()) as { products: (StoreProduct & { title?: string })[]; count: number }
    products.push(...page.products)
    if (page.products.length < pageSize || products.length >= page.count) return products
  }
}

/** Distinct title words of four letters or more, the kind a shopper types into search. */
export function searchTermsOf(titles: readonly string[], limit = 12): string[] {
  const words = titles.flatMap((title) => title.toLowerCase().match(/\p{L}{4,}/gu) ?? [])
  return [...new Set(words)].slice(0, limit)
}

/**
 * Reads the seeded key and regions, then asks the store which products it lists and which of
 * their variants can be bought now (`chooseBuyableVariants`): the cart scenarios add only those,
 * so they succeed on any day of the year.
 */
export async function loadStoreContext(
  baseUrl: string,
  storefrontConfigFile: string,
  now: Date = new Date(),
): Promise<StoreContext & { leftOut: BuyableChoice["leftOut"] }> {
  const config = JSON.parse(fs.readFileSync(storefrontConfigFile, "utf8")) as StorefrontConfig
  const region = config.regions.find((r) => r.currency_code === "usd")
  if (!region) throw new Error(`no US-dollar region in ${storefrontConfigFile}`)
  const base = { baseUrl, publishableKey: config.publishableKey, regionId: region.id }
  const products = await listAllProducts(base)
  const handles = products.map((p) => p.handle)
  const choice = chooseBuyableVariants(products, now, 1)
  if (handles.length === 0) throw new Error("the store lists no products")
  if (choice.variantIds.length === 0) throw new Error(`no variant can be bought on ${now.toISOString()}`)
  const searchTerms = searchTermsOf(products.map((p) => p.title ?? p.handle))
  return { ...base, handles, variantIds: choice.variantIds, searchTerms, leftOut: choice.leftOut }
}
