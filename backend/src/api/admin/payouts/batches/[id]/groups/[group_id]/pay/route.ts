import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { PAYOUT_MODULE } from "../../../../../../../../modules/payout"
import type PayoutModuleService from "../../../../../../../../modules/payout/service"
import { routeParam } from "../../../../../../../input/fields"
import { batchWithStatements } from "../../../../../statement"
import type { AdminPayPayoutGroupType } from "../../../../../validators"

/** POST /admin/payouts/batches/:id/groups/:group_id/pay: records how a group of an approved batch was paid. */
export async function POST(req: AuthenticatedMedusaRequest<AdminPayPayoutGroupType>, res: MedusaResponse) {
  const id = routeParam(req, "id", "id")
  const groupId = routeParam(req, "group_id", "id")
  const payout: PayoutModuleService = req.scope.resolve(PAYOUT_MODULE)
  await payout.payGroup({
    batch_id: id,
    producer_group_id: groupId,
    ...req.validatedBody,
    paid_by: req.auth_context.actor_id,
  })
  res.json({ payout_batch: await batchWithStatements(req.scope, id) })
}
