import type { ShortHarvestChoice } from "./models/preorder"

/** Lot statuses that still take pre-orders: the harvest is not in yet. */
export const PREORDER_LOT_STATUSES = ["planned", "in_production"] as const

/** The line-item metadata that marks a cart line as a pre-order (under `ovop_preorder`). */
export type PreorderLineMeta = {
  /** Ties the line (and the order line made from it) to its booking; unique per line. */
  key: string
  lot_id: string
  lot_number: string
  variant_id: string
  expected_shipping_month: string | null
  if_short: ShortHarvestChoice
}

/** The metadata key of a pre-order line. */
export const PREORDER_META = "ovop_preorder"

/** A line's pre-order details, or null for an ordinary line (or metadata that is not ours). */
export function preorderMetaOf(metadata: Record<string, unknown> | null | undefined): PreorderLineMeta | null {
  const meta = metadata?.[PREORDER_META] as Partial<PreorderLineMeta> | undefined
  if (!meta || typeof meta !== "object" || typeof meta.key !== "string" || typeof meta.lot_id !== "string") return null
  if (typeof meta.variant_id !== "string") return null
  return {
    key: meta.key,
    lot_id: meta.lot_id,
    lot_number: String(meta.lot_number ?? ""),
    variant_id: meta.variant_id,
    expected_shipping_month: meta.expected_shipping_month ?? null,
    if_short: meta.if_short === "refund" ? "refund" : "wait",
  }
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
