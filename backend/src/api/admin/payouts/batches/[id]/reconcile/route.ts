import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { PAYOUT_MODULE } from "../../../../../../modules/payout"
import type PayoutModuleService from "../../../../../../modules/payout/service"
import { routeParam } from "../../../../../input/fields"
import { batchWithStatements } from "../../../statement"

/** POST /admin/payouts/batches/:id/reconcile: moves the batch to `reconciled` (docs/api.md, Payouts: the refusals). */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const id = routeParam(req, "id", "id")
  const payout: PayoutModuleService = req.scope.resolve(PAYOUT_MODULE)
  await payout.transitionBatch({ id, to: "reconciled", actor: req.auth_context.actor_id })
  res.json({ payout_batch: await batchWithStatements(req.scope, id) })
}
