import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { HARVEST_MODULE } from "../../../../modules/harvest"
import { PREORDER_LOT_STATUSES } from "../../../../modules/harvest/preorder"
import type HarvestModuleService from "../../../../modules/harvest/service"
import { PREORDER_LOT_FIELDS } from "../../../../workflows/hooks/preorder-rules"
import { lowStockRows } from "./low-stock"
import type { AdminGetLowStockParamsType } from "./validators"

/**
 * GET /admin/harvest/low-stock: managed-inventory variants with `threshold` or fewer on the
 * shelf, lowest first, each with the next planned or producing lot, so staff see what is coming.
 * Stock is read for all variants in one query, the lots in one more.
 */
export async function GET(
  req: AuthenticatedMedusaRequest<unknown, AdminGetLowStockParamsType>,
  res: MedusaResponse,
): Promise<void> {
  const { threshold } = req.validatedQuery
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "product_variant",
    fields: [
      "id",
      "title",
      "sku",
      "manage_inventory",
      "product.id",
      "product.title",
      "inventory_items.required_quantity",
      "inventory_items.inventory.location_levels.location_id",
      "inventory_items.inventory.location_levels.stocked_quantity",
      "inventory_items.inventory.location_levels.reserved_quantity",
    ],
    filters: { manage_inventory: true },
  })
  const variants = data
  const harvest: HarvestModuleService = req.scope.resolve(HARVEST_MODULE)
  const lots = variants.length
    ? await harvest.listHarvestLots(
        { variant_id: variants.map((variant) => variant.id), status: [...PREORDER_LOT_STATUSES] },
        { select: [...PREORDER_LOT_FIELDS, "created_at"], take: null },
      )
    : []
  const rows = lowStockRows(variants, lots, threshold)
  res.json({ threshold, variants: rows, count: rows.length })
}
