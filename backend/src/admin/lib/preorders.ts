// Types, requests and pure helpers of the pre-order and low-stock lists on the Harvest page. The
// statuses are the shop's shared list (`@ovop/domain`), the one the pre-order model is built from.

import { PREORDER_STATUSES, type PreorderStatus, type ShortHarvestChoice } from "@ovop/domain"
import { DEFAULT_LOW_STOCK_THRESHOLD, MAX_LOW_STOCK_THRESHOLD } from "../../api/admin/harvest/low-stock/threshold"
import type { HarvestLotStatus } from "./harvest"
import { sdk } from "./sdk"

export type { PreorderStatus, ShortHarvestChoice }
export { DEFAULT_LOW_STOCK_THRESHOLD, MAX_LOW_STOCK_THRESHOLD, PREORDER_STATUSES }

/** A pre-order booking as GET /admin/preorders lists it (dates as ISO strings). */
export type AdminPreorder = {
  id: string
  lot_id: string
  variant_id: string
  order_id: string | null
  quantity: number
  allocated_quantity: number
  refund_quantity: number
  /** Money given back for the refund quantity, once refunded (the order's currency). */
  refunded_amount: number | string | null
  /** refunding, refunded, or why the refund waits (e.g. the payment is not captured yet). */
  refund_note: string | null
  if_short: ShortHarvestChoice
  status: PreorderStatus
  moved_from_id: string | null
  created_at: string
  lot_number: string | null
  lot_status: HarvestLotStatus | null
  expected_shipping_month: string | null
  product_title: string | null
  variant_title: string | null
  variant_sku: string | null
  order_display_id: number | null
}

/** The query of the pre-order list. */
export type PreorderListQuery = { status?: PreorderStatus[]; lot_id?: string; limit: number; offset: number }

/** The answer of GET /admin/preorders. */
export type PreorderListResponse = { preorders: AdminPreorder[]; count: number }

/** Lists pre-order bookings, oldest first. */
export function listPreorders(query: PreorderListQuery): Promise<PreorderListResponse> {
  return sdk.client.fetch<PreorderListResponse>("/admin/preorders", { query })
}

/** A variant running low, as GET /admin/harvest/low-stock lists it. */
export type LowStockVariant = {
  variant_id: string
  product_id: string | null
  product_title: string | null
  variant_title: string | null
  sku: string | null
  on_shelf: number
  next_lot: {
    id: string
    lot_number: string
    status: HarvestLotStatus
    forecast_quantity: number
    preordered_quantity: number
    expected_shipping_month: string | null
  } | null
}

/** The answer of GET /admin/harvest/low-stock. */
export type LowStockResponse = { threshold: number; variants: LowStockVariant[]; count: number }

/** Variants with `threshold` or fewer on the shelf, lowest first. */
export function listLowStock(threshold: number): Promise<LowStockResponse> {
  return sdk.client.fetch<LowStockResponse>("/admin/harvest/low-stock", { query: { threshold } })
}

/** A threshold typed by staff, or undefined when it is not a whole number the API takes. */
export function parseThreshold(text: string | null | undefined): number | undefined {
  const trimmed = (text ?? "").trim()
  if (!/^\d+$/.test(trimmed)) return undefined
  const value = Number(trimmed)
  return value <= MAX_LOW_STOCK_THRESHOLD ? value : undefined
}

/** Whether a URL value is a pre-order status. */
export function isPreorderStatus(value: string | null | undefined): value is PreorderStatus {
  return (PREORDER_STATUSES as readonly string[]).includes(value ?? "")
}

/** What a booking is called in the list: "Apricot jam · 250 g", the product alone, or null. */
export function preorderProductLabel(booking: Pick<AdminPreorder, "product_title" | "variant_title">): string | null {
  if (!booking.product_title) return booking.variant_title
  const variant = booking.variant_title?.trim()
  return variant && variant !== booking.product_title ? `${booking.product_title} · ${variant}` : booking.product_title
}
