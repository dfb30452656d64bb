import { type ShelfVariant, variantOnShelf } from "../../../../modules/harvest/availability"
import { PREORDER_LOT_STATUSES } from "../../../../modules/harvest/preorder"

/** A variant as the low-stock list reads it (one bulk query; lists may hold nulls, as Medusa's generated types say). */
export type StockedVariant = ShelfVariant & {
  id: string
  title: string | null
  sku: string | null
  manage_inventory: boolean | null
  product: { id: string; title: string } | null
}

/** A lot that has not come in yet, as the low-stock list shows it. */
export type IncomingLot = {
  id: string
  variant_id: string
  lot_number: string
  status: string
  forecast_quantity: number
  preordered_quantity: number
  expected_shipping_month: string | null
  created_at?: Date | string
}

/** One row of the low-stock list. */
export type LowStockRow = {
  variant_id: string
  product_id: string | null
  product_title: string | null
  variant_title: string | null
  sku: string | null
  on_shelf: number
  next_lot: Omit<IncomingLot, "variant_id" | "created_at"> | null
}

/** The planned or producing lot due soonest (by shipping month, undated last, then oldest). */
export function nextIncomingLot<Lot extends IncomingLot>(lots: readonly Lot[]): Lot | null {
  const incoming = lots
    .filter((lot) => (PREORDER_LOT_STATUSES as readonly string[]).includes(lot.status))
    .sort(
      (a, b) =>
        (a.expected_shipping_month ?? "9999-99").localeCompare(b.expected_shipping_month ?? "9999-99") ||
        new Date(a.created_at ?? 0).getTime() - new Date(b.created_at ?? 0).getTime() ||
        a.lot_number.localeCompare(b.lot_number),
    )
  return incoming[0] ?? null
}

/**
 * Managed-inventory variants with `threshold` or fewer on the shelf, lowest first (then by
 * product and variant name), each with the next lot coming for it.
 */
export function lowStockRows(
  variants: readonly StockedVariant[],
  lots: readonly IncomingLot[],
  threshold: number,
): LowStockRow[] {
  const lotsByVariant = new Map<string, IncomingLot[]>()
  for (const lot of lots) lotsByVariant.set(lot.variant_id, [...(lotsByVariant.get(lot.variant_id) ?? []), lot])
  return variants
    .filter((variant) => variant.manage_inventory)
    .map((variant): LowStockRow => {
      const next = nextIncomingLot(lotsByVariant.get(variant.id) ?? [])
      return {
        variant_id: variant.id,
        product_id: variant.product?.id ?? null,
        product_title: variant.product?.title ?? null,
        variant_title: variant.title,
        sku: variant.sku,
        // Units on the shelf at all its locations, as every shelf rule counts them.
        on_shelf: variantOnShelf(variant),
        next_lot: next
          ? {
              id: next.id,
              lot_number: next.lot_number,
              status: next.status,
              forecast_quantity: Number(next.forecast_quantity),
              preordered_quantity: Number(next.preordered_quantity ?? 0),
              expected_shipping_month: next.expected_shipping_month,
            }
          : null,
      }
    })
    .filter((row) => row.on_shelf <= threshold)
    .sort(
      (a, b) =>
        a.on_shelf - b.on_shelf ||
        (a.product_title ?? "").localeCompare(b.product_title ?? "") ||
        (a.variant_title ?? "").localeCompare(b.variant_title ?? ""),
    )
}
