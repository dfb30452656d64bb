import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { bestBeforeDay, isPastBestBefore, type RefusalParams } from "@ovop/domain"
import { HARVEST_MODULE } from "../../modules/harvest"
import { onShelf } from "../../modules/harvest/availability"
import { type ShelfLot, type StaleStock, staleStock } from "../../modules/harvest/best-before"
import type HarvestModuleService from "../../modules/harvest/service"
import { loadCartVariants } from "./cart-variants"
import { channelLocationIds } from "./season-rules"

/** A lot as the best-before rules read it. */
export type BestBeforeLot = ShelfLot & { variant_id: string; updated_at?: Date | string | null }

const LOT_FIELDS = [
  "id",
  "variant_id",
  "status",
  "production_date",
  "best_before",
  "produced_quantity",
  "allocated_quantity",
  "updated_at",
]

/** The available (and, with `withExpired`, expired) lots of the variants, by variant. */
export async function lotsByVariant(
  container: MedusaContainer,
  variantIds: string[],
  withExpired = false,
): Promise<Map<string, BestBeforeLot[]>> {
  const byVariant = new Map<string, BestBeforeLot[]>()
  if (!variantIds.length) return byVariant
  const harvest: HarvestModuleService = container.resolve(HARVEST_MODULE)
  const lots = (await harvest.listHarvestLots(
    { variant_id: variantIds, status: withExpired ? ["available", "expired"] : ["available"] },
    { select: LOT_FIELDS, take: null },
  )) as BestBeforeLot[]
  for (const lot of lots) byVariant.set(lot.variant_id, [...(byVariant.get(lot.variant_id) ?? []), lot])
  return byVariant
}

/** The units of the variant's shelf past their best-before day (none for a variant without lots). */
export function staleStockOf(
  lots: Map<string, BestBeforeLot[]>,
  variantId: string,
  shelf: number,
  now: Date,
): StaleStock {
  return staleStock(lots.get(variantId) ?? [], shelf, now)
}

type CheckoutLine = {
  variant_id?: string | null
  quantity?: unknown
  created_at?: Date | string | null
}

/**
 * At checkout: the first product of the cart whose units on the shelf are past their best-before
 * day so that the cart's quantity cannot be served from fresh ones, with what is left fresh.
 * Covers both a lot whose day passed while it waits for the daily expiry job (its units are still
 * counted on the shelf and are left out here) and one the job (or staff) expired after the line
 * was put in the cart (its units are gone from the shelf). Null when every line can be served
 * fresh, or the shortage has nothing to do with best-before days (left to the sold-out check).
 */
export async function pastBestBeforeOf(
  container: MedusaContainer,
  cartId: string,
  now = new Date(),
): Promise<RefusalParams["past_best_before"] | null> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "cart",
    fields: ["completed_at", "sales_channel_id", "items.variant_id", "items.quantity", "items.created_at"],
    filters: { id: cartId },
  })
  const cart = data[0] as
    | { completed_at?: string | Date | null; sales_channel_id?: string | null; items?: CheckoutLine[] | null }
    | undefined
  if (!cart || cart.completed_at) return null
  const wanted = new Map<string, { quantity: number; since: number }>()
  for (const line of cart.items ?? []) {
    if (!line.variant_id) continue
    const before = wanted.get(line.variant_id)
    const since = line.created_at ? new Date(line.created_at).getTime() : 0
    wanted.set(line.variant_id, {
      quantity: (before?.quantity ?? 0) + Number(line.quantity ?? 0),
      since: Math.min(before?.since ?? since, since),
    })
  }
  if (!wanted.size) return null
  const ids = [...wanted.keys()]
  const [variants, channelLocations, lots] = await Promise.all([
    loadCartVariants(container, ids),
    channelLocationIds(container, cart.sales_channel_id),
    lotsByVariant(container, ids, true),
  ])
  for (const variant of variants) {
    const item = variant.inventory_items?.[0]
    const line = wanted.get(variant.id)
    if (!variant.manage_inventory || variant.allow_backorder || !item || !line) continue
    const variantLots = lots.get(variant.id) ?? []
    const perUnit = Number(item.required_quantity ?? 1) || 1
    const shelf = onShelf(item.inventory?.location_levels ?? [], channelLocations)
    const stale = staleStock(variantLots, shelf, now)
    const left = Math.max(0, Math.floor((shelf - stale.units) / perUnit))
    if (line.quantity <= left) continue
    // A lot expired since the line went into the cart took its units off the shelf.
    const expiredSince = variantLots
      .filter(
        (lot) =>
          lot.status === "expired" &&
          isPastBestBefore(lot.best_before, now) &&
          lot.updated_at &&
          new Date(lot.updated_at).getTime() >= line.since,
      )
      .map((lot) => bestBeforeDay(lot.best_before as Date | string))
      .sort()[0]
    const bestBefore = stale.best_before ?? expiredSince
    if (!bestBefore) continue
    return {
      product: variant.product?.title ?? variant.title ?? variant.id,
      product_id: variant.product?.id,
      best_before: bestBefore,
      left,
    }
  }
  return null
}
