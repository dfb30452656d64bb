import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { routeParam } from "../../../../../../../input/fields"
import { leaderBatchAccess } from "../../../../../../group-leaders/leader-views"
import { batchGroupStatement } from "../../../../../documents"
import { sendStatement } from "../../../../../send-document"
import type { AdminGetBatchStatementParamsType } from "../../../../../validators"

/**
 * GET /admin/payouts/batches/:id/groups/:group_id/statement: the group's statement for the batch
 * (lines sold, gross, commission, fees, net, paid, balance carried) as a PDF or CSV, Kyrgyz or Russian.
 * A group leader reads its own group's in a paid batch only (403 otherwise).
 */
export async function GET(
  req: AuthenticatedMedusaRequest<unknown, AdminGetBatchStatementParamsType>,
  res: MedusaResponse,
) {
  const batchId = routeParam(req, "id", "id")
  await leaderBatchAccess(req, batchId)
  const statement = await batchGroupStatement(
    req.scope,
    batchId,
    routeParam(req, "group_id", "id"),
    req.validatedQuery.lang,
  )
  await sendStatement(res, statement, req.validatedQuery)
}
