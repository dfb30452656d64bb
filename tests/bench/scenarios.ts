import fs from "node:fs"
import type { ScenarioClient } from "./http-load"

/** What the store scenarios need to know about the running store, read once after it started. */
export type StoreContext = {
  baseUrl: string
  publishableKey: string
  /** The US-dollar region, which prices every seeded product. */
  regionId: string
  handles: string[]
  variantIds: string[]
}

/** An HTTP scenario measured for p50/p95/p99 latency and throughput; its figures are named `<name>_p95_ms` etc. */
export type HttpScenario = {
  name: string
  /** What a reader of the figures should know about how it was measured. */
  note?: string
  /** Builds one client; called once for the sequential run and once per concurrent worker. */
  newClient: (store: StoreContext) => ScenarioClient
}

/** A request to the store API with the publishable key, and a JSON body when one is given. */
export function storeRequest(store: StoreContext, method: string, path: string, body?: unknown): Promise<Response> {
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
    note: `a fresh cart every ${addsPerCart} adds, untimed but inside the throughput run`,
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

/** Reads the seeded key and regions, then the product handles and variants the scenarios cycle through. */
export async function loadStoreContext(baseUrl: string, storefrontConfigFile: string): Promise<StoreContext> {
  const config = JSON.parse(fs.readFileSync(storefrontConfigFile, "utf8")) as StorefrontConfig
  const region = config.regions.find((r) => r.currency_code === "usd")
  if (!region) throw new Error(`no US-dollar region in ${storefrontConfigFile}`)
  const partial = { baseUrl, publishableKey: config.publishableKey, regionId: region.id, handles: [], variantIds: [] }
  const response = await storeRequest(partial, "GET", productListPath(region.id))
  if (!response.ok)
    throw new Error(`GET /store/products: HTTP ${response.status}: ${(await response.text()).slice(0, 200)}`)
  const { products } = (await response.json()) as { products: { handle: string; variants: { id: string }[] | null }[] }
  const handles = products.map((p) => p.handle)
  const variantIds = products.flatMap((p) => (p.variants ?? []).map((v) => v.id))
  if (handles.length === 0 || variantIds.length === 0) throw new Error("the store lists no products with variants")
  return { ...partial, handles, variantIds }
}
