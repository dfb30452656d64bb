import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { isMonth } from "@ovop/domain"
import { refuse } from "../../lib/refusal-error"
import { decideSale, onShelf } from "../../modules/harvest/availability"
import { effectiveWindow } from "../../modules/harvest/season"
import { lotsByVariant, staleStockOf } from "./best-before-rules"
import type { CartVariant } from "./cart-variants"

/** The stock locations a sales channel sells from (none known without a channel: all count). */
export async function channelLocationIds(
  container: MedusaContainer,
  salesChannelId: string | null | undefined,
): Promise<Set<string>> {
  if (!salesChannelId) return new Set()
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "sales_channel",
    fields: ["stock_locations.id"],
    filters: { id: salesChannelId },
  })
  const channel = data[0] as { stock_locations?: { id: string }[] } | undefined
  return new Set((channel?.stock_locations ?? []).map((l) => l.id))
}

/**
 * The season and stock rules of the OVOP store, enforced on the server whatever the page
 * showed: out of season answers 400 with the month it comes back (`out_of_season`); more than is
 * left answers 400 with how many are left (`too_few_left`, `too_few_left_beyond_cart`, `sold_out`;
 * stock at the locations of the cart's sales channel). Units of a lot past its best-before day are
 * never sold, even before the daily expiry job takes them off the shelf: when only they could have
 * served the request, it answers 400 `past_best_before` with the fresh units left.
 */
export async function assertSeasonAndStock(
  container: MedusaContainer,
  cart: { sales_channel_id?: string | null; items?: { variant_id?: string | null; quantity?: unknown }[] | null },
  wanted: { variant_id: string; quantity: number }[],
  variants: CartVariant[],
): Promise<void> {
  if (!wanted.length) return
  const [channelLocations, lots] = await Promise.all([
    channelLocationIds(container, cart.sales_channel_id),
    lotsByVariant(
      container,
      variants.map((variant) => variant.id),
    ),
  ])
  const now = new Date()
  for (const variant of variants) {
    const quantity = wanted.filter((w) => w.variant_id === variant.id).reduce((sum, w) => sum + w.quantity, 0)
    const alreadyInCart = (cart.items ?? [])
      .filter((item) => item.variant_id === variant.id)
      .reduce((sum, item) => sum + Number(item.quantity ?? 0), 0)
    const item = variant.inventory_items?.[0]
    const perUnit = Number(item?.required_quantity ?? 1) || 1
    const shelf = onShelf(item?.inventory?.location_levels ?? [], channelLocations)
    const stale = staleStockOf(lots, variant.id, shelf, now)
    const decision = decideSale({
      window: effectiveWindow(variant.product?.metadata?.season_months, variant.metadata?.season_months),
      now,
      managesInventory: Boolean(variant.manage_inventory && item),
      available: Math.floor((shelf - stale.units) / perUnit),
      alreadyInCart,
      wanted: quantity,
    })
    const product = { product: variant.product?.title ?? variant.title ?? variant.id, product_id: variant.product?.id }
    if (decision.kind === "refuse" && decision.reason === "out_of_season") {
      const month = decision.backInSeasonMonth
      throw refuse("out_of_season", isMonth(month) ? { ...product, month } : product)
    }
    if (decision.kind === "refuse" && decision.reason === "too_few_left") {
      if (stale.units > 0 && stale.best_before) {
        throw refuse("past_best_before", { ...product, best_before: stale.best_before, left: decision.left })
      }
      if (decision.left === 0) throw refuse("sold_out", product)
      throw refuse(alreadyInCart ? "too_few_left_beyond_cart" : "too_few_left", { ...product, left: decision.left })
    }
  }
}
