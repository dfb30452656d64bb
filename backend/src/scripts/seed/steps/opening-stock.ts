import { createHash } from "node:crypto"
import type { StockLocationDTO } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createInventoryLevelsWorkflow } from "@medusajs/medusa/core-flows"
import { present } from "../../../lib/query-graph"
import type { SeedRun } from "../run"

/** A food variant that got its opening stock in this run: its harvest lot is still to be made. */
export type FoodLotToSeed = { variant_id: string; sku: string; produced: number }

/** A stock figure that is the same on every run for the same SKU: food 20-59, crafts 4-15. */
function openingStock(sku: string, isCraft: boolean): number {
  const byte = createHash("sha256").update(sku).digest()[0] ?? 0
  return isCraft ? 4 + (byte % 12) : 20 + (byte % 40)
}

/**
 * Opening stock at the warehouse for every variant that has none there yet. Crafts are made to
 * stock and counted in directly; food comes from this season's harvest lot (the next step).
 */
export async function seedOpeningStock(
  { container, catalogue, report }: SeedRun,
  warehouse: StockLocationDTO,
): Promise<FoodLotToSeed[]> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: variants } = await query.graph({
    entity: "product_variant",
    fields: [
      "id",
      "sku",
      "product.metadata",
      "inventory_items.inventory_item_id",
      "inventory_items.inventory.location_levels.location_id",
    ],
    filters: { sku: catalogue.products.flatMap((p) => p.variants.map((v) => v.sku)) },
  })
  const levels: { inventory_item_id: string; location_id: string; stocked_quantity: number }[] = []
  const foodLots: FoodLotToSeed[] = []
  for (const variant of variants) {
    for (const item of present(variant.inventory_items)) {
      const stocked = present(item.inventory?.location_levels).some((l) => l.location_id === warehouse.id)
      if (!stocked && variant.sku) {
        const isCraft = variant.product?.metadata?.kind === "craft"
        const quantity = openingStock(variant.sku, isCraft)
        levels.push({
          inventory_item_id: item.inventory_item_id,
          location_id: warehouse.id,
          stocked_quantity: isCraft ? quantity : 0,
        })
        if (!isCraft) foodLots.push({ variant_id: variant.id, sku: variant.sku, produced: quantity })
      }
    }
  }
  if (levels.length) await createInventoryLevelsWorkflow(container).run({ input: { inventory_levels: levels } })
  report("opening stock", levels.length, variants.length - levels.length)
  return foodLots
}
