import type { ShortHarvestChoice } from "@ovop/domain"
// The browser side of the shopping islands (region picker, live price and stock, add to cart,
// mini-cart, cart page): the store settings the page carries, one store API client, the chosen
// region and the cart. Every island imports this module, so a page loads it once.
import type { Locale } from "../../i18n/locales"
import { failureText, refusalCodeOf } from "../../i18n/refusal-text"
import { readToken } from "../account/session"
import {
  cartLookupOutcome,
  cartStorageKey,
  conflictRetryDelayMs,
  preorderOf,
  type StoreCart,
  storedCartId,
} from "./cart-state"
import { chosenRegion, regionStorageKey, type ShopRegion } from "./region"

/** What the page tells its islands (rendered by RegionPicker.astro into every page). */
export type ShopSettings = { backendUrl: string; publishableKey: string; locale: Locale; regions: ShopRegion[] }

/** Fired on `document` with the new region when the shopper changes currency. */
export const regionEvent = "ovop:region"
/** Fired on `document` with the cart (or null) whenever the cart changes. */
export const cartEvent = "ovop:cart"

let settings: ShopSettings | undefined

/** The store settings of this page. */
export function shopSettings(): ShopSettings {
  settings ??= JSON.parse(document.getElementById("ovop-shop")?.textContent ?? "null") as ShopSettings
  return settings
}

// Storage can be refused (private windows, blocked cookies): the shop then forgets between pages.
const stored = (key: string) => {
  try {
    return localStorage.getItem(key)
  } catch {
    return null
  }
}
const store = (key: string, value: string | null) => {
  try {
    if (value === null) localStorage.removeItem(key)
    else localStorage.setItem(key, value)
  } catch {}
}

/**
 * A store API answer other than 2xx; `status` 0 when the backend could not be reached. Its
 * message is what the shopper reads: a refusal rendered from its code in the page's language
 * (`refusal-text.ts`), otherwise the store's own message; `refusal` is the refusal's code.
 */
export class StoreApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly refusal?: string,
  ) {
    super(message)
  }
}

/** What a store API call sends besides its path. */
type StoreRequestInit = {
  method?: "GET" | "POST" | "DELETE"
  body?: unknown
  query?: URLSearchParams
  headers?: Record<string, string>
}

/**
 * Calls the store API with the publishable key, the page's language (the backend answers
 * product texts and rule messages in it) and, when the shopper is signed in, their session: a
 * cart a customer holds answers only to that customer. Plain fetch rather than `@medusajs/js-sdk`: the SDK
 * bundled for the browser is 155 KB minified, 28.9 KB gzip (esbuild, SDK 2.21.2), more than
 * twice the product page's whole 12 KB JavaScript budget, for the six routes used here.
 * A 409 (another change to the same cart held it, e.g. a second tab) is tried once more after
 * a short random wait; a second 409 reaches the caller with the store's message.
 */
export async function storeApi<T>(path: string, init: StoreRequestInit = {}): Promise<T> {
  try {
    return await storeApiOnce<T>(path, init)
  } catch (error) {
    if (!(error instanceof StoreApiError && error.status === 409)) throw error
    await new Promise((resolve) => setTimeout(resolve, conflictRetryDelayMs()))
    return await storeApiOnce<T>(path, init)
  }
}

async function storeApiOnce<T>(path: string, init: StoreRequestInit): Promise<T> {
  const { backendUrl, publishableKey, locale } = shopSettings()
  const token = readToken()
  let response: Response
  try {
    response = await fetch(`${backendUrl}${path}${init.query ? `?${init.query}` : ""}`, {
      method: init.method ?? "GET",
      headers: {
        "x-publishable-api-key": publishableKey,
        "x-medusa-locale": locale,
        ...(token ? { authorization: `Bearer ${token}` } : {}),
        ...(init.body ? { "content-type": "application/json" } : {}),
        ...init.headers,
      },
      body: init.body ? JSON.stringify(init.body) : null,
    })
  } catch {
    throw new StoreApiError(0, "")
  }
  const answer = (await response.json().catch(() => ({}))) as unknown
  if (!response.ok) {
    throw new StoreApiError(response.status, await failureText(answer, locale), await refusalCodeOf(answer))
  }
  return answer as T
}

/**
 * What to tell the shopper about a failed call: a refusal in the page's language (rendered from
 * its code), the store's own words for another refused request, else `fallback`.
 */
export function problemText(error: unknown, fallback: string): string {
  if (!(error instanceof StoreApiError) || !error.message) return fallback
  if (error.refusal) return error.message
  // A 429 without a refusal code is not the store's own limit: the page's fallback says "try again later".
  return error.status >= 400 && error.status < 500 && error.status !== 429 ? error.message : fallback
}

/** The region prices are shown and carts are made in: the shopper's choice, or the page language's default. */
export function currentRegion(): ShopRegion | undefined {
  const { regions, locale } = shopSettings()
  return chosenRegion(regions, stored(regionStorageKey), locale)
}

/**
 * Remembers the shopper's region, moves an open cart to it, and tells the islands. Answers the
 * titles of the pre-orders the cart could not book again in the new currency (none, mostly).
 */
export async function chooseRegion(regionId: string): Promise<string[]> {
  store(regionStorageKey, regionId)
  const region = currentRegion()
  document.dispatchEvent(new CustomEvent(regionEvent, { detail: region }))
  const cart = await loadCart().catch(() => null)
  const leftBehind: string[] = []
  if (cart && region && cart.region_id !== region.id) await moveCart(cart, region.id, leftBehind)
  return leftBehind
}

let pendingCart: Promise<StoreCart | null> | undefined

const publish = (cart: StoreCart | null) => {
  pendingCart = Promise.resolve(cart)
  document.dispatchEvent(new CustomEvent(cartEvent, { detail: cart }))
  return cart
}

const createCart = async (regionId = currentRegion()?.id): Promise<StoreCart> => {
  // Made empty, then filled through the line-items route: that route answers the store's own
  // rule messages ("only 3 of ... are left"), where creating with items answers Medusa's generic one.
  const { cart } = await storeApi<{ cart: StoreCart }>("/store/carts", {
    method: "POST",
    body: { region_id: regionId, locale: shopSettings().locale },
  })
  store(cartStorageKey, cart.id)
  return publish(cart) as StoreCart
}

const addLine = async (cartId: string, item: { variant_id: string; quantity: number }) =>
  (await storeApi<{ cart: StoreCart }>(`/store/carts/${cartId}/line-items`, { method: "POST", body: item })).cart

/** What a pre-order asks for if the harvest is short: wait for the next lot, or a refund. */
export type { ShortHarvestChoice } from "@ovop/domain"

const addPreorder = async (cartId: string, variantId: string, quantity: number, ifShort: ShortHarvestChoice) =>
  (
    await storeApi<{ cart: StoreCart }>(`/store/carts/${cartId}/preorders`, {
      method: "POST",
      body: { variant_id: variantId, quantity, if_short: ifShort },
    })
  ).cart

async function moveCart(cart: StoreCart, regionId: string, leftBehind: string[] = []): Promise<StoreCart | null> {
  let { cart: moved } = await storeApi<{ cart: StoreCart }>(`/store/carts/${cart.id}`, {
    method: "POST",
    body: { region_id: regionId, locale: shopSettings().locale },
  })
  // Medusa re-prices variant lines in the new currency but drops lines that carry their own
  // price, and a pre-order line is one (it takes no stock, so it has no variant): each is booked
  // again, priced in the new currency. One the store refuses now (the lot filled up, or the
  // product is back on the shelf) stays behind, named in `leftBehind`, rather than losing the others.
  for (const item of cart.items ?? []) {
    const preorder = preorderOf(item)
    if (!preorder?.variantId || moved.items?.some((line) => line.id === item.id)) continue
    const current = moved
    moved = await addPreorder(current.id, preorder.variantId, item.quantity, preorder.ifShort).catch(() => {
      leftBehind.push(item.product_title || item.title)
      return current
    })
  }
  return publish(moved)
}

async function fetchCart(): Promise<StoreCart | null> {
  const id = storedCartId(stored(cartStorageKey))
  let cart: StoreCart | null = null
  let status = 200
  if (id) {
    try {
      cart = (await storeApi<{ cart: StoreCart }>(`/store/carts/${id}`)).cart
    } catch (error) {
      status = error instanceof StoreApiError ? error.status : 0
      if (status !== 404) throw error
    }
  }
  if (!id || cartLookupOutcome(status, cart) === "forget" || !cart) {
    // Unknown, expired or already checked out: the next add starts a fresh cart.
    store(cartStorageKey, null)
    return null
  }
  // The currency was changed on another page (or tab) since: the cart follows it.
  const region = currentRegion()
  if (region && cart.region_id !== region.id) return moveCart(cart, region.id)
  // Made on a page in another language: Medusa titles the lines anew in this page's language
  // (the Translation module), so the cart, the checkout and the refusals naming them read alike.
  const { locale } = shopSettings()
  if (cart.locale !== locale) {
    return (await storeApi<{ cart: StoreCart }>(`/store/carts/${cart.id}`, { method: "POST", body: { locale } })).cart
  }
  return cart
}

/** The shopper's open cart, or null when there is none (read once per page). */
export function loadCart(): Promise<StoreCart | null> {
  pendingCart ??= fetchCart()
  return pendingCart
}

/**
 * Adds a variant; the first add makes the cart, in the chosen region. A pre-order goes through
 * our pre-order route, which books it against the coming harvest lot instead of the shelf.
 */
export async function addToCart(
  variantId: string,
  quantity: number,
  preorder: { ifShort: ShortHarvestChoice } | null,
): Promise<StoreCart> {
  const add = (cartId: string) =>
    preorder
      ? addPreorder(cartId, variantId, quantity, preorder.ifShort)
      : addLine(cartId, { variant_id: variantId, quantity })
  const cart = (await loadCart()) ?? (await createCart())
  try {
    return publish(await add(cart.id)) as StoreCart
  } catch (error) {
    // The cart expired while the page was open: a fresh one takes the line.
    if (!(error instanceof StoreApiError && error.status === 404)) throw error
    return publish(await add((await createCart()).id)) as StoreCart
  }
}

/** Sets a line's quantity (0 removes it). */
export async function setQuantity(cartId: string, lineId: string, quantity: number): Promise<StoreCart> {
  const path = `/store/carts/${cartId}/line-items/${lineId}`
  if (quantity <= 0) {
    const answer = await storeApi<{ parent: StoreCart }>(path, { method: "DELETE" })
    return publish(answer.parent) as StoreCart
  }
  const answer = await storeApi<{ cart: StoreCart }>(path, { method: "POST", body: { quantity } })
  return publish(answer.cart) as StoreCart
}
