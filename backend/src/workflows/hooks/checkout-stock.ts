import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { ProductRef } from "@ovop/domain"
import { onShelf } from "../../modules/harvest/availability"
import { loadCartVariants } from "./cart-variants"
import { channelLocationIds } from "./season-rules"

type CheckoutLine = { variant_id?: string | null; quantity?: unknown; product_id?: string | null }

/**
 * The first product of a cart that the shelf cannot serve as the cart stands (more units of a
 * stocked variant than the cart's sales channel has free at its warehouses); null when every line
 * can be served, and for a cart already completed (its own reservations hold its units). Read at
 * checkout before Medusa reserves the stock, and again after a checkout failed, to tell which
 * product another shopper's checkout took (see the store's error handler).
 */
export async function soldOutProductOf(container: MedusaContainer, cartId: string): Promise<ProductRef | null> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "cart",
    fields: ["completed_at", "sales_channel_id", "items.variant_id", "items.quantity", "items.product_id"],
    filters: { id: cartId },
  })
  const cart = data[0] as
    | { completed_at?: string | Date | null; sales_channel_id?: string | null; items?: CheckoutLine[] | null }
    | undefined
  if (!cart || cart.completed_at) return null
  const wanted = new Map<string, number>()
  for (const line of cart.items ?? []) {
    if (line.variant_id) wanted.set(line.variant_id, (wanted.get(line.variant_id) ?? 0) + Number(line.quantity ?? 0))
  }
  if (!wanted.size) return null
  const [variants, channelLocations] = await Promise.all([
    loadCartVariants(container, [...wanted.keys()]),
    channelLocationIds(container, cart.sales_channel_id),
  ])
  for (const variant of variants) {
    const item = variant.inventory_items?.[0]
    if (!variant.manage_inventory || variant.allow_backorder || !item) continue
    const perUnit = Number(item.required_quantity ?? 1) || 1
    const available = Math.floor(onShelf(item.inventory?.location_levels ?? [], channelLocations) / perUnit)
    if ((wanted.get(variant.id) ?? 0) > available) {
      return { product: variant.product?.title ?? variant.title ?? variant.id, product_id: variant.product?.id }
    }
  }
  return null
}
