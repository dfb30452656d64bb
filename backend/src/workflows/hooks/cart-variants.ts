import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { present, seasonMonthsOf } from "../../lib/query-graph"
import type { StockLevel } from "../../modules/harvest/availability"
import type { CertificateDates } from "../../modules/producer-group/certificate"

/** A variant asked for in a cart, with what every cart rule needs to judge it. */
export type CartVariant = {
  id: string
  title?: string
  manage_inventory?: boolean
  allow_backorder?: boolean
  metadata?: { season_months?: number[] } | null
  product?: {
    id?: string
    title?: string
    metadata?: { season_months?: number[] } | null
    producer_group?: (CertificateDates & { id?: string; status?: string; name?: string }) | null
  } | null
  inventory_items?: { required_quantity?: number; inventory?: { location_levels?: StockLevel[] } }[]
}

/** Reads the wanted variants once for all the cart rules (group, season, stock). */
export async function loadCartVariants(container: MedusaContainer, variantIds: string[]): Promise<CartVariant[]> {
  if (!variantIds.length) return []
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "product_variant",
    fields: [
      "id",
      "title",
      "manage_inventory",
      "allow_backorder",
      "metadata",
      "product.id",
      "product.title",
      "product.metadata",
      "product.producer_group.id",
      "product.producer_group.name",
      "product.producer_group.status",
      "product.producer_group.certificate_number",
      "product.producer_group.certificate_valid_from",
      "product.producer_group.certificate_valid_to",
      "inventory_items.required_quantity",
      "inventory_items.inventory.location_levels.location_id",
      "inventory_items.inventory.location_levels.stocked_quantity",
      "inventory_items.inventory.location_levels.reserved_quantity",
    ],
    filters: { id: variantIds },
  })
  return data.map(
    (variant): CartVariant => ({
      id: variant.id,
      title: variant.title,
      manage_inventory: variant.manage_inventory,
      allow_backorder: variant.allow_backorder,
      metadata: variant.metadata ? { season_months: seasonMonthsOf(variant.metadata) } : null,
      product: variant.product
        ? {
            id: variant.product.id,
            title: variant.product.title,
            metadata: variant.product.metadata ? { season_months: seasonMonthsOf(variant.product.metadata) } : null,
            producer_group: variant.product.producer_group ?? null,
          }
        : null,
      inventory_items: present(variant.inventory_items).map((item) => ({
        required_quantity: item.required_quantity,
        inventory: { location_levels: present(item.inventory?.location_levels) },
      })),
    }),
  )
}
