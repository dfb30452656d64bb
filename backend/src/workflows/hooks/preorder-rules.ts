import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, QueryContext } from "@medusajs/framework/utils"
import type { ProductRef } from "@ovop/domain"
import { calculatedPriceOf } from "../../lib/query-graph"
import { refuse } from "../../lib/refusal-error"
import { HARVEST_MODULE } from "../../modules/harvest"
import { variantOnShelf } from "../../modules/harvest/availability"
import {
  matchPreorderLines,
  PREORDER_LOT_STATUSES,
  type PreorderCartLine,
  type PreorderLineRecord,
  type PreorderLot,
  preorderLineRefusal,
  preorderLotFor,
  preorderRemaining,
} from "../../modules/harvest/preorder"
import { effectiveWindow, isInSeason } from "../../modules/harvest/season"
import type HarvestModuleService from "../../modules/harvest/service"
import type { PreorderBookingInput } from "../../modules/harvest/service"
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
  preloaded?: (PreorderLot & { variant_id: string })[],
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
    const lot = preorderLotFor({
      lots: lots.filter(
        (l) => l.variant_id === variant.id && (PREORDER_LOT_STATUSES as readonly string[]).includes(l.status),
      ),
      inSeason: isInSeason(
        effectiveWindow(variant.product?.metadata?.season_months, variant.metadata?.season_months),
        now,
      ),
      onShelf: variant.manage_inventory ? variantOnShelf(variant, channelLocations) : Number.POSITIVE_INFINITY,
    })
    if (lot) found.set(variant.id, lot)
  }
  return found
}

/** The most units one cart line may hold (Medusa's routes and ours refuse more with a 400). */
export const MAX_LINE_QUANTITY = 10_000

/** The server's records of a cart's pre-order lines (see `matchPreorderLines`). */
export async function preorderLineRecords(container: MedusaContainer, cartId: string): Promise<PreorderLineRecord[]> {
  const harvest: HarvestModuleService = container.resolve(HARVEST_MODULE)
  return await harvest.listPreorderLines({ cart_id: cartId }, { take: null })
}

/**
 * A pre-order line's new quantity must fit in what its lot still has open (its booking happens
 * at checkout; this is the early, readable refusal).
 */
export async function assertPreorderQuantity(
  container: MedusaContainer,
  lotId: string,
  quantity: number,
  product: ProductRef,
): Promise<void> {
  const harvest: HarvestModuleService = container.resolve(HARVEST_MODULE)
  const [lot] = await harvest.listHarvestLots({ id: lotId })
  if (!lot || !(PREORDER_LOT_STATUSES as readonly string[]).includes(lot.status)) {
    throw refuse("preorder_closed", product)
  }
  const left = preorderRemaining(lot)
  if (quantity > left) {
    throw left === 0 ? refuse("fully_preordered", product) : refuse("preorder_too_few_left", { ...product, left })
  }
}

/** A cart line as checkout hands it to the pre-order rules. */
export type CheckoutCartLine = PreorderCartLine & {
  product_id?: string | null
  unit_price?: unknown
  quantity?: unknown
  title?: string | null
  product_title?: string | null
}

/**
 * The bookings a cart's pre-order lines make at checkout, each re-checked against the server's
 * record and its lot first (see `preorderLineRefusal`); refuses, naming the product, a line that
 * cannot be booked as it stands. Lines the pre-order route did not make book nothing.
 */
export async function preorderBookingsOf(
  container: MedusaContainer,
  cart: { id: string; currency_code?: string | null; region_id?: string | null; items?: CheckoutCartLine[] | null },
  /** Per variant, the unit price a booking must carry instead of the variant's own (wholesale: the whole line's tier). */
  unitPrices?: ReadonlyMap<string, number | null> | null,
): Promise<PreorderBookingInput[]> {
  const items = cart.items ?? []
  if (!items.some((item) => !item.variant_id)) return []
  const { preorders, unrecorded } = matchPreorderLines(cart.id, items, await preorderLineRecords(container, cart.id))
  const titleOf = (line: CheckoutCartLine) => line.product_title ?? line.title ?? ""
  const productOf = (line: CheckoutCartLine): ProductRef => ({
    product: titleOf(line),
    product_id: line.product_id ?? undefined,
  })
  const notOurs = (line: CheckoutCartLine) => refuse("line_not_recorded", productOf(line))
  const [stray] = unrecorded
  if (stray) throw notOurs(stray)
  if (!preorders.length) return []

  const harvest: HarvestModuleService = container.resolve(HARVEST_MODULE)
  // A completion retried after the order was made finds its lines booked: they stand as they
  // were booked, whatever became of the lot or the price since.
  const booked = new Set(
    (
      await harvest.listPreorders(
        { key: preorders.map((p) => p.record.key) },
        { select: ["key"], withDeleted: false, take: null },
      )
    ).map((booking) => booking.key),
  )
  if (preorders.every((p) => booked.has(p.record.key))) return []
  const lots = await harvest.listHarvestLots(
    { id: preorders.map((p) => p.record.lot_id) },
    { select: ["id", "variant_id", "status"], take: null },
  )
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  // Checkout's cart does not carry its region: the price is the one the pre-order route computed.
  let regionId = cart.region_id
  if (regionId === undefined) {
    const { data } = await query.graph({ entity: "cart", fields: ["region_id"], filters: { id: cart.id } })
    regionId = (data[0] as { region_id?: string | null } | undefined)?.region_id ?? null
  }
  const { data: variants } = await query.graph({
    entity: "product_variant",
    fields: ["id", "product_id", "calculated_price.calculated_amount"],
    filters: { id: [...new Set(preorders.map((p) => p.record.variant_id))] },
    context: {
      calculated_price: QueryContext({ region_id: regionId, currency_code: cart.currency_code }),
    },
  })
  return preorders.map(({ line, record }) => {
    const variant = variants.find((v) => v.id === record.variant_id)
    const quantity = Number(line.quantity ?? 0)
    const refusal =
      !Number.isInteger(quantity) || quantity < 1 || quantity > MAX_LINE_QUANTITY
        ? "not_ours"
        : preorderLineRefusal({
            line: { product_id: line.product_id, unit_price: line.unit_price },
            record,
            cartCurrency: String(cart.currency_code ?? ""),
            lot: lots.find((lot) => lot.id === record.lot_id),
            variant: variant?.product_id
              ? {
                  product_id: variant.product_id,
                  unit_price: unitPrices
                    ? (unitPrices.get(record.variant_id) ?? null)
                    : (calculatedPriceOf(variant)?.calculated_amount ?? null),
                }
              : undefined,
          })
    if (refusal === "not_ours") throw notOurs(line)
    if (refusal === "lot_closed") throw refuse("preorder_closed", productOf(line))
    if (refusal === "price_changed") throw refuse("preorder_price_changed", productOf(line))
    return {
      key: record.key,
      lot_id: record.lot_id,
      variant_id: record.variant_id,
      cart_id: cart.id,
      quantity,
      if_short: record.if_short,
      title: titleOf(line),
      product_id: line.product_id ?? undefined,
    }
  })
}
