import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { decideSale, onShelf } from "../../modules/harvest/availability"
import { effectiveWindow } from "../../modules/harvest/season"
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

export const monthNames = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
]

/**
 * The season and stock rules of the OVOP store, enforced on the server whatever the page
 * showed: out of season answers 400 with the month it comes back; more than is left answers
 * 400 with how many are left (stock at the locations of the cart's sales channel).
 */
export async function assertSeasonAndStock(
  container: MedusaContainer,
  cart: { sales_channel_id?: string | null; items?: { variant_id?: string | null; quantity?: unknown }[] | null },
  wanted: { variant_id: string; quantity: number }[],
  variants: CartVariant[],
): Promise<void> {
  if (!wanted.length) return
  const channelLocations = await channelLocationIds(container, cart.sales_channel_id)
  const now = new Date()
  for (const variant of variants) {
    const quantity = wanted.filter((w) => w.variant_id === variant.id).reduce((sum, w) => sum + w.quantity, 0)
    const alreadyInCart = (cart.items ?? [])
      .filter((item) => item.variant_id === variant.id)
      .reduce((sum, item) => sum + Number(item.quantity ?? 0), 0)
    const item = variant.inventory_items?.[0]
    const perUnit = Number(item?.required_quantity ?? 1) || 1
    const shelf = onShelf(item?.inventory?.location_levels ?? [], channelLocations)
    const decision = decideSale({
      window: effectiveWindow(variant.product?.metadata?.season_months, variant.metadata?.season_months),
      now,
      managesInventory: Boolean(variant.manage_inventory && item),
      available: Math.floor(shelf / perUnit),
      alreadyInCart,
      wanted: quantity,
    })
    const name = `"${variant.product?.title ?? variant.title}"`
    if (decision.kind === "refuse" && decision.reason === "out_of_season") {
      const month = decision.backInSeasonMonth ? monthNames[decision.backInSeasonMonth - 1] : undefined
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `${name} is out of season${month ? `: back in season in ${month}` : ""}`,
      )
    }
    if (decision.kind === "refuse" && decision.reason === "too_few_left") {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        decision.left === 0
          ? `${name} is sold out`
          : `only ${decision.left} of ${name} ${decision.left === 1 ? "is" : "are"} left${alreadyInCart ? " beyond what is already in your cart" : ""}`,
      )
    }
  }
}
