import { isImportChargesLine, JAPAN, type ShortHarvestChoice } from "@ovop/domain"
/** A line of a cart as the store API answers it (the fields the cart page shows). */
export type StoreLineItem = {
  id: string
  title: string
  product_title?: string | null
  product_handle?: string | null
  /** The product's picture (the backend's upload), shown small beside the line. */
  thumbnail?: string | null
  variant_id?: string | null
  variant_title?: string | null
  quantity: number
  unit_price: number
  total?: number | null
  subtotal?: number | null
  metadata?: Record<string, unknown> | null
}

/** A cart as `GET /store/carts/:id` answers it. Amounts are in the currency's main unit. */
export type StoreCart = {
  id: string
  region_id?: string | null
  currency_code: string
  /** The language its lines are titled in (Medusa translates them when it changes). */
  locale?: string | null
  completed_at?: string | null
  items?: StoreLineItem[] | null
  /** What the items cost as priced (tax included where the region's prices include it). */
  item_total?: number | null
  total?: number | null
}

/** Where the browser keeps the shopper's cart id, across pages and visits. */
export const cartStorageKey = "ovop.cart"

// Medusa's cart ids are "cart_" and a ULID; anything else never was one of ours.
const cartIdPattern = /^cart_[0-9A-Za-z]{10,40}$/

/** The stored cart id worth asking the store about, or null for nothing or garbage. */
export function storedCartId(value: string | null | undefined): string | null {
  return value && cartIdPattern.test(value) ? value : null
}

/**
 * What to do after `GET /store/carts/:id`: `keep` an open cart; `forget` an unknown, expired
 * (404) or completed one, so the shopper silently starts a fresh cart; `retry` on any other
 * failure (a server error must not throw the shopper's cart away).
 */
export function cartLookupOutcome(status: number, cart: StoreCart | null | undefined): "keep" | "forget" | "retry" {
  if (status === 404) return "forget"
  if (status < 200 || status >= 300 || !cart) return "retry"
  return cart.completed_at ? "forget" : "keep"
}

/** True while the shopper's region is Japan's (priced in yen): the duty note shows near the prices. */
export function dutyNoteShownForRegion(region: { currencyCode: string } | null | undefined): boolean {
  return region?.currencyCode.toLowerCase() === JAPAN.currencyCode
}

/** The cart's goods: every line but the duty-and-tax line of a duty-paid Japanese cart. */
export function goodsLines(cart: StoreCart | null | undefined): StoreLineItem[] {
  return (cart?.items ?? []).filter((item) => !isImportChargesLine(item))
}

/** The amount of the cart's duty-and-tax line (duty paid to Japan), or null when it has none. */
export function importChargesOf(cart: StoreCart | null | undefined): number | null {
  const line = (cart?.items ?? []).find((item) => isImportChargesLine(item))
  return line ? line.unit_price * line.quantity : null
}

/** How many units the cart holds (what the header's mini-cart shows); the duty-and-tax line is none. */
export function cartItemCount(cart: StoreCart | null | undefined): number {
  return goodsLines(cart).reduce((sum, item) => sum + item.quantity, 0)
}

/**
 * How long to wait before trying a refused (409) cart change once more: 250-750 ms, random so
 * that two tabs that collided do not collide again.
 */
export function conflictRetryDelayMs(random: () => number = Math.random): number {
  return 250 + Math.floor(Math.min(Math.max(random(), 0), 1) * 500)
}

/**
 * A pre-order line's details as `POST /store/carts/:id/preorders` shows them (`metadata.ovop_preorder`,
 * a display copy: the store books from its own record of the line, and refuses this key from shoppers).
 */
export type PreorderMark = {
  variantId: string | null
  expectedShippingMonth: string | null
  /** The shopper's choice for a short harvest (the store's default, wait, when not recorded). */
  ifShort: ShortHarvestChoice
}

/** The line's pre-order details, or null for an ordinary line. */
export function preorderOf(item: StoreLineItem): PreorderMark | null {
  const mark = item.metadata?.ovop_preorder
  if (mark === true) return { variantId: item.variant_id ?? null, expectedShippingMonth: null, ifShort: "wait" }
  if (!mark || typeof mark !== "object") return null
  const { variant_id: variantId, expected_shipping_month: month, if_short: ifShort } = mark as Record<string, unknown>
  return {
    variantId: typeof variantId === "string" ? variantId : null,
    expectedShippingMonth: typeof month === "string" ? month : null,
    ifShort: ifShort === "refund" ? "refund" : "wait",
  }
}
