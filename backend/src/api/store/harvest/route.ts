import type { MedusaResponse, MedusaStoreRequest } from "@medusajs/framework/http"
import { HARVEST_MODULE } from "../../../modules/harvest"
import type HarvestModuleService from "../../../modules/harvest/service"
import { variantHarvest } from "../../../modules/harvest/variant-harvest"
import { loadCartVariants } from "../../../workflows/hooks/cart-variants"
import { openPreorderLots, PREORDER_LOT_FIELDS } from "../../../workflows/hooks/preorder-rules"
import { channelLocationIds } from "../../../workflows/hooks/season-rules"
import type { StoreGetHarvestParamsType } from "./validators"

/**
 * GET /store/harvest: for each variant, its season now, the lot being sold (best-before) and
 * the next lot (expected shipping month), and whether it can be pre-ordered now (`preorder`).
 * No quantities: those are the association's.
 */
export async function GET(req: MedusaStoreRequest<unknown, StoreGetHarvestParamsType>, res: MedusaResponse) {
  const ids = req.validatedQuery.variant_id
  const data = await loadCartVariants(req.scope, ids)
  const harvest: HarvestModuleService = req.scope.resolve(HARVEST_MODULE)
  const lots = await harvest.listHarvestLots(
    { variant_id: ids, status: ["available", "planned", "in_production"] },
    {
      // One read serves both the public lot details and the pre-order rules.
      select: [...new Set([...PREORDER_LOT_FIELDS, "production_date", "best_before"])],
      take: null,
    },
  )
  const now = new Date()
  // Stock counts at the locations of the caller's sales channel (its publishable key's).
  const channelId = req.publishable_key_context?.sales_channel_ids?.[0]
  const preorderLots = await openPreorderLots(
    req.scope,
    data,
    await channelLocationIds(req.scope, channelId),
    now,
    lots,
  )
  const variants = data.map((variant) => ({
    ...variantHarvest({
      variant_id: variant.id,
      productWindow: variant.product?.metadata?.season_months,
      variantWindow: variant.metadata?.season_months,
      lots: lots.filter((lot) => lot.variant_id === variant.id),
      now,
    }),
    preorder: preorderLots.has(variant.id)
      ? { open: true, expected_shipping_month: preorderLots.get(variant.id)?.expected_shipping_month ?? null }
      : null,
  }))
  res.json({ variants })
}
