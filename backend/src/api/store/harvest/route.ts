import type { MedusaResponse, MedusaStoreRequest } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { HARVEST_MODULE } from "../../../modules/harvest"
import type HarvestModuleService from "../../../modules/harvest/service"
import { variantHarvest } from "../../../modules/harvest/variant-harvest"
import type { StoreGetHarvestParamsType } from "./validators"

/**
 * GET /store/harvest: for each variant, its season now, the lot being sold (best-before) and
 * the next lot (expected shipping month). No quantities: those are the association's.
 */
export async function GET(req: MedusaStoreRequest<unknown, StoreGetHarvestParamsType>, res: MedusaResponse) {
  const ids = req.validatedQuery.variant_id
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "product_variant",
    fields: ["id", "metadata", "product.metadata"],
    filters: { id: ids },
  })
  const harvest: HarvestModuleService = req.scope.resolve(HARVEST_MODULE)
  const lots = await harvest.listHarvestLots(
    { variant_id: ids, status: ["available", "planned", "in_production"] },
    {
      select: ["variant_id", "lot_number", "status", "production_date", "best_before", "expected_shipping_month"],
      take: null,
    },
  )
  const now = new Date()
  const variants = (
    data as unknown as {
      id: string
      metadata?: { season_months?: number[] } | null
      product?: { metadata?: { season_months?: number[] } | null } | null
    }[]
  ).map((variant) =>
    variantHarvest({
      variant_id: variant.id,
      productWindow: variant.product?.metadata?.season_months,
      variantWindow: variant.metadata?.season_months,
      lots: lots.filter((lot) => lot.variant_id === variant.id),
      now,
    }),
  )
  res.json({ variants })
}
