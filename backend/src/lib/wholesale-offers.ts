import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { type ShelfAndLot, type VolumeTier, WHOLESALE_SALES_CHANNEL } from "@ovop/domain"
import { HARVEST_MODULE } from "../modules/harvest"
import { variantOnShelf } from "../modules/harvest/availability"
import { PREORDER_LOT_STATUSES, type PreorderLot, preorderLotFor } from "../modules/harvest/preorder"
import { effectiveWindow, isInSeason } from "../modules/harvest/season"
import type HarvestModuleService from "../modules/harvest/service"
import { WHOLESALE_MODULE } from "../modules/wholesale"
import type WholesaleModuleService from "../modules/wholesale/service"
import { loadCartVariants } from "../workflows/hooks/cart-variants"
import { PREORDER_LOT_FIELDS } from "../workflows/hooks/preorder-rules"
import { channelLocationIds } from "../workflows/hooks/season-rules"
import { type WholesaleCurrency, wholesalePriceListTitle } from "./wholesale-catalogue"

/** One variant's wholesale prices as the quick-order grid and the booking rules read them: terms and unit price per tier of cases. */
export type WholesaleOffer = {
  variant_id: string
  product_id: string
  sku: string | null
  case_pack: number
  min_quantity: number
  tiers: VolumeTier[]
}

/**
 * Every variant priced in the currency's wholesale price list (or only `variantIds`), with its
 * case pack, minimum and unit price per volume tier (the list's unit-quantity ranges turned back
 * into cases). Empty when the currency has no active wholesale list.
 */
export async function readWholesaleOffers(
  scope: MedusaContainer,
  currency: WholesaleCurrency,
  variantIds?: string[],
): Promise<WholesaleOffer[]> {
  const pricing = scope.resolve(Modules.PRICING)
  // No title filter in Medusa's price lists: there are few, read them all.
  const list = (await pricing.listPriceLists({}, { select: ["id", "title", "status"], take: null })).find(
    (candidate) => candidate.title === wholesalePriceListTitle(currency) && candidate.status === "active",
  )
  if (!list) return []
  const prices = await pricing.listPrices(
    { price_list_id: [list.id], currency_code: currency },
    { select: ["price_set_id", "amount", "min_quantity", "max_quantity"], take: null },
  )
  const priceSetIds = [...new Set(prices.map((price) => price.price_set_id).filter(Boolean))] as string[]
  if (!priceSetIds.length) return []
  const query = scope.resolve("query")
  const filters: Record<string, unknown> = { price_set: { id: priceSetIds } }
  if (variantIds) filters.id = variantIds
  const { data: variants } = await query.graph({
    entity: "product_variant",
    fields: ["id", "sku", "product_id", "price_set.id"],
    filters,
  })
  const wholesale: WholesaleModuleService = scope.resolve(WHOLESALE_MODULE)
  const terms = await wholesale.termsOfVariants(variants.map((variant) => variant.id))
  return variants.map((variant) => {
    const { case_pack, min_quantity } = terms.get(variant.id) ?? { case_pack: 1, min_quantity: 1 }
    const tiers = prices
      .filter((price) => price.price_set_id === variant.price_set?.id)
      .map((price) => {
        const from = Number(price.min_quantity ?? 1)
        const to = price.max_quantity === null || price.max_quantity === undefined ? null : Number(price.max_quantity)
        return {
          // A tier of units (from-to) holds the cases from the one that unit `from` starts.
          min_cases: Math.max(1, Math.ceil(from / case_pack)),
          max_cases: to === null ? null : Math.floor(to / case_pack),
          amount: Number(price.amount),
        }
      })
      .sort((a, b) => a.min_cases - b.min_cases)
    return {
      variant_id: variant.id,
      product_id: variant.product_id ?? "",
      sku: variant.sku ?? null,
      case_pack,
      min_quantity,
      tiers,
    }
  })
}

/** What a variant offers beyond prices: the shelf now and the coming lot open to bookings (its id and number too). */
export type VariantSupply = ShelfAndLot & {
  coming_lot: (NonNullable<ShelfAndLot["coming_lot"]> & { lot_id: string; lot_number: string }) | null
}

/** The id of the "Export wholesale" sales channel, or null when the store has none. */
export async function wholesaleChannelId(scope: MedusaContainer): Promise<string | null> {
  const [channel] = await scope
    .resolve(Modules.SALES_CHANNEL)
    .listSalesChannels({ name: WHOLESALE_SALES_CHANNEL }, { select: ["id"] })
  return channel?.id ?? null
}

/**
 * For each variant: the units that can be sold from the wholesale channel's shelf now (none out
 * of season; `Infinity` for a variant whose stock is not counted), and the planned or producing
 * lot due soonest with forecast left, with the units still open to bookings (shared with retail
 * pre-orders). Read with one variant query and one lot query.
 */
export async function variantSupply(
  scope: MedusaContainer,
  variantIds: string[],
  salesChannelId: string | null,
  now = new Date(),
): Promise<Map<string, VariantSupply>> {
  const supply = new Map<string, VariantSupply>()
  if (!variantIds.length) return supply
  const variants = await loadCartVariants(scope, variantIds)
  const locations = await channelLocationIds(scope, salesChannelId)
  const lots = (await (scope.resolve(HARVEST_MODULE) as HarvestModuleService).listHarvestLots(
    { variant_id: variantIds, status: [...PREORDER_LOT_STATUSES] },
    { select: [...PREORDER_LOT_FIELDS], take: null },
  )) as (PreorderLot & { variant_id: string })[]
  for (const variant of variants) {
    const inSeason = isInSeason(
      effectiveWindow(variant.product?.metadata?.season_months, variant.metadata?.season_months),
      now,
    )
    const shelf = !inSeason
      ? 0
      : variant.manage_inventory
        ? variantOnShelf(variant, locations)
        : Number.POSITIVE_INFINITY
    // The lot due soonest with forecast left, whatever the shelf holds (a wholesale line books beyond it).
    const lot = preorderLotFor({ lots: lots.filter((l) => l.variant_id === variant.id), inSeason: false, onShelf: 0 })
    supply.set(variant.id, {
      on_shelf: shelf,
      coming_lot: lot
        ? {
            lot_id: lot.id,
            lot_number: lot.lot_number,
            bookable: Math.max(0, Number(lot.forecast_quantity) - Number(lot.preordered_quantity ?? 0)),
            expected_shipping_month: lot.expected_shipping_month,
          }
        : null,
    })
  }
  return supply
}
