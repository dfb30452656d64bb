import { isImportChargesLine } from "@ovop/domain"
import type { ShortHarvestChoice } from "./models/preorder"

/** Lot statuses that still take pre-orders: the harvest is not in yet. */
export const PREORDER_LOT_STATUSES = ["planned", "in_production"] as const

/**
 * The display copy of a pre-order line's details in its metadata (under `ovop_preorder`), written
 * by `POST /store/carts/:id/preorders` for the shop and the order's pages. No rule reads it: what
 * a line is comes from the server's `preorder_line` record (see `matchPreorderLines`).
 */
export type PreorderLineMeta = {
  /** The key of the line's `preorder_line` record and of the booking made from it. */
  key: string
  lot_id: string
  lot_number: string
  variant_id: string
  expected_shipping_month: string | null
  if_short: ShortHarvestChoice
}

/** The metadata key of a pre-order line's display copy; shoppers may not write `ovop_*` keys. */
export const PREORDER_META = "ovop_preorder"

/**
 * The key a line's display copy names, or null. Only ever used to find the line among the
 * server's own records of one cart (an order line carries no cart line id), never trusted alone.
 */
export function preorderKeyOf(metadata: Record<string, unknown> | null | undefined): string | null {
  const meta = metadata?.[PREORDER_META] as { key?: unknown } | undefined
  return meta && typeof meta === "object" && typeof meta.key === "string" ? meta.key : null
}

/** The server's record of a pre-order line (the `preorder_line` model) as the rules read it. */
export type PreorderLineRecord = {
  key: string
  cart_id: string
  line_item_id: string
  lot_id: string
  variant_id: string
  if_short: ShortHarvestChoice
  unit_price: number | string
  currency_code: string
}

/** A cart line as the pre-order rules see it. */
export type PreorderCartLine = { id: string; variant_id?: string | null; metadata?: Record<string, unknown> | null }

/**
 * Sorts a cart's lines by the server's records: a line is a pre-order only when it has no variant
 * and a record of this very cart names it. A line with a variant is an ordinary line whatever its
 * metadata says (the season, stock and off-sale rules judge it); a line with neither variant nor
 * record was not made by the pre-order route and cannot be ordered (`unrecorded`), except the
 * duty-and-tax line of a duty-paid Japanese cart, which the server makes (`lib/import-charges.ts`).
 */
export function matchPreorderLines<Line extends PreorderCartLine>(
  cartId: string,
  lines: Line[],
  records: PreorderLineRecord[],
): { preorders: { line: Line; record: PreorderLineRecord }[]; unrecorded: Line[] } {
  const preorders: { line: Line; record: PreorderLineRecord }[] = []
  const unrecorded: Line[] = []
  for (const line of lines) {
    if (line.variant_id || isImportChargesLine(line)) continue
    const record = records.find((r) => r.line_item_id === line.id && r.cart_id === cartId)
    if (record) preorders.push({ line, record })
    else unrecorded.push(line)
  }
  return { preorders, unrecorded }
}

/** Why a pre-order line cannot be booked as it stands (see `preorderLineRefusal`). */
export type PreorderLineRefusal = "not_ours" | "lot_closed" | "price_changed"

/**
 * Re-checks a pre-order line against its record and its lot at checkout: the lot is still open
 * and is a lot of the record's variant, the line is of that variant's product, in the record's
 * currency, at the variant's price in that currency now (and the price it was made at). Null
 * when the line may be booked; the lot's forecast is checked by the booking itself.
 */
export function preorderLineRefusal(input: {
  line: { product_id?: string | null; unit_price: unknown }
  record: Pick<PreorderLineRecord, "variant_id" | "unit_price" | "currency_code">
  cartCurrency: string
  lot: { variant_id: string; status: string } | undefined
  variant: { product_id: string; unit_price: number | null } | undefined
}): PreorderLineRefusal | null {
  const { line, record, lot, variant } = input
  if (!lot || lot.variant_id !== record.variant_id) return "not_ours"
  if (!variant || line.product_id !== variant.product_id) return "not_ours"
  if (record.currency_code !== input.cartCurrency) return "not_ours"
  if (!(PREORDER_LOT_STATUSES as readonly string[]).includes(lot.status)) return "lot_closed"
  const linePrice = Number(line.unit_price)
  if (variant.unit_price === null || linePrice !== Number(variant.unit_price)) return "price_changed"
  if (linePrice !== Number(record.unit_price)) return "not_ours"
  return null
}

/** A lot as the pre-order rules need it. */
export type PreorderLot = {
  id: string
  lot_number: string
  status: string
  forecast_quantity: number
  preordered_quantity: number
  expected_shipping_month: string | null
}

/** Units of a lot still open to pre-order (never negative). */
export function preorderRemaining(lot: Pick<PreorderLot, "forecast_quantity" | "preordered_quantity">): number {
  return Math.max(0, Number(lot.forecast_quantity) - Number(lot.preordered_quantity ?? 0))
}

/**
 * The lot a variant may be pre-ordered from now, if any: only when it cannot be bought from the
 * shelf (out of season, or nothing left), from the planned or producing lot due soonest that
 * still has forecast left.
 */
export function preorderLotFor(input: { lots: PreorderLot[]; inSeason: boolean; onShelf: number }): PreorderLot | null {
  if (input.inSeason && input.onShelf > 0) return null
  const open = input.lots
    .filter((lot) => (PREORDER_LOT_STATUSES as readonly string[]).includes(lot.status) && preorderRemaining(lot) > 0)
    .sort((a, b) => (a.expected_shipping_month ?? "9999").localeCompare(b.expected_shipping_month ?? "9999"))
  return open[0] ?? null
}

/** A booking waiting for its lot, as allocation sees it. */
export type WaitingPreorder = { id: string; quantity: number; created_at: Date | string; if_short: ShortHarvestChoice }

/** What one booking gets from a lot that has come in. */
export type PreorderAllocation = { id: string; allocated: number; short: number; if_short: ShortHarvestChoice }

/**
 * Shares a lot's produced units among its pre-orders, oldest first: each gets all it asked for
 * while units last; the first one that cannot be served in full gets what is left, and those
 * after it get nothing. Returns every booking with its share and what it is short of.
 */
export function allocatePreorders(bookings: WaitingPreorder[], produced: number): PreorderAllocation[] {
  let left = Math.max(0, Math.floor(produced))
  return [...bookings]
    .sort((a, b) => new Date(a.created_at).getTime() - new Date(b.created_at).getTime() || a.id.localeCompare(b.id))
    .map((booking) => {
      const allocated = Math.min(left, booking.quantity)
      left -= allocated
      return { id: booking.id, allocated, short: booking.quantity - allocated, if_short: booking.if_short }
    })
}

/** A payment of an order as the short-harvest refund sees it (amounts in the order's currency). */
export type RefundablePayment = { id: string; captured: number; refunded: number }

/** What a short pre-order's refund can do: refund a captured payment, or wait for the capture. */
export type ShortHarvestRefund =
  | { kind: "refund"; paymentId: string; amount: number }
  | { kind: "not_captured"; amount: number }

/**
 * The money owed for `quantity` units not produced, at the line's unit price (tax included as
 * the line was sold), refunded from the first payment with that much captured and not refunded.
 */
export function shortHarvestRefund(input: {
  unitPrice: number
  quantity: number
  payments: RefundablePayment[]
}): ShortHarvestRefund {
  const amount = Math.round(input.unitPrice * input.quantity * 100) / 100
  const payment = input.payments.find((candidate) => candidate.captured - candidate.refunded >= amount)
  return payment ? { kind: "refund", paymentId: payment.id, amount } : { kind: "not_captured", amount }
}
