import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { transitionHarvestLotWorkflow } from "../../../../../workflows/harvest/workflows/transition-harvest-lot"
import type { AdminTransitionHarvestLotType } from "../../validators"

/** POST /admin/harvest-lots/:id/transition: moves a lot on, booking its stock at the warehouse. */
export async function POST(req: AuthenticatedMedusaRequest<AdminTransitionHarvestLotType>, res: MedusaResponse) {
  const { result } = await transitionHarvestLotWorkflow(req.scope).run({
    input: { lot_id: req.params.id ?? "", ...req.validatedBody },
  })
  res.json({ harvest_lot: result.lot })
}
