import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { HARVEST_MODULE } from "../../../../../modules/harvest"
import type HarvestModuleService from "../../../../../modules/harvest/service"
import { transitionHarvestLotWorkflow } from "../../../../../workflows/harvest/workflows/transition-harvest-lot"
import { routeParam } from "../../../../input/fields"
import type { AdminTransitionHarvestLotType } from "../../validators"

/** POST /admin/harvest-lots/:id/transition: moves a lot on, booking its stock at the warehouse. */
export async function POST(req: AuthenticatedMedusaRequest<AdminTransitionHarvestLotType>, res: MedusaResponse) {
  const id = routeParam(req, "id", "id")
  await transitionHarvestLotWorkflow(req.scope).run({ input: { lot_id: id, ...req.validatedBody } })
  // Read after the whole move: pre-order allocation changes the lot after its status is written.
  const harvest: HarvestModuleService = req.scope.resolve(HARVEST_MODULE)
  res.json({ harvest_lot: await harvest.retrieveHarvestLot(id) })
}
