import type { MedusaContainer } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
import { HARVEST_MODULE } from "../../modules/harvest"
import { onShelf } from "../../modules/harvest/availability"
import {
  PREORDER_LOT_STATUSES,
  type PreorderLot,
  preorderLotFor,
  preorderMetaOf,
  preorderRemaining,
} from "../../modules/harvest/preorder"
import { effectiveWindow, isInSeason } from "../../modules/harvest/season"
import type HarvestModuleService from "../../modules/harvest/service"
import type { CartVariant } from "./cart-variants"

/** The lot fields the pre-order rules read. */
export const PREORDER_LOT_FIELDS = [
  "id",
  "variant_id",
  "lot_number",
  "status",
  "forecast_quantity",
  "preordered_quantity",
  "expected_shipping_month",
] as const

/**
 * For each variant, the lot it may be pre-ordered from right now (see `preorderLotFor`), read
 * with one lot query for all of them. Variants that can be bought from the shelf get none.
 */
export async function openPreorderLots(
  container: MedusaContainer,
  variants: CartVariant[],
  channelLocations: ReadonlySet<string>,
  now = new Date(),
  /** The variants' lots when the caller has read them already (with `PREORDER_LOT_FIELDS`); read here otherwise. */
  preloaded?: { variant_id: string; status: string }[],
): Promise<Map<string, PreorderLot>> {
  const found = new Map<string, PreorderLot>()
  if (!variants.length) return found
  const lots =
    preloaded ??
    (await (container.resolve(HARVEST_MODULE) as HarvestModuleService).listHarvestLots(
      { variant_id: variants.map((v) => v.id), status: [...PREORDER_LOT_STATUSES] },
      { select: [...PREORDER_LOT_FIELDS], take: null },
    ))
  for (const variant of variants) {
    const item = variant.inventory_items?.[0]
    const perUnit = Number(item?.required_quantity ?? 1) || 1
    const lot = preorderLotFor({
      lots: lots.filter(
        (l) => l.variant_id === variant.id && (PREORDER_LOT_STATUSES as readonly string[]).includes(l.status),
      ) as unknown as PreorderLot[],
      inSeason: isInSeason(
        effectiveWindow(variant.product?.metadata?.season_months, variant.metadata?.season_months),
        now,
      ),
      onShelf: variant.manage_inventory
        ? Math.floor(onShelf(item?.inventory?.location_levels ?? [], channelLocations) / perUnit)
        : Number.POSITIVE_INFINITY,
    })
    if (lot) found.set(variant.id, lot)
  }
  return found
}

/**
 * A pre-order line's new quantity must fit in what its lot still has open (its booking happens
 * at checkout; this is the early, readable refusal).
 */
export async function assertPreorderQuantity(
  container: MedusaContainer,
  metadata: Record<string, unknown> | null | undefined,
  quantity: number,
  title: string,
): Promise<void> {
  const meta = preorderMetaOf(metadata)
  if (!meta) return
  const harvest: HarvestModuleService = container.resolve(HARVEST_MODULE)
  const [lot] = await harvest.listHarvestLots({ id: meta.lot_id })
  if (!lot || !(PREORDER_LOT_STATUSES as readonly string[]).includes(lot.status)) {
    throw new MedusaError(
      MedusaError.Types.NOT_ALLOWED,
      `"${title}" can no longer be pre-ordered: the harvest is in, remove it from your cart and order it from stock`,
    )
  }
  const left = preorderRemaining(lot)
  if (quantity > left) {
    throw new MedusaError(
      MedusaError.Types.NOT_ALLOWED,
      left === 0 ? `"${title}" is fully pre-ordered` : `only ${left} of "${title}" can still be pre-ordered`,
    )
  }
}
