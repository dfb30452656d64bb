import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { routeParam } from "../../../../../input/fields"
import { periodGroupStatement } from "../../../documents"
import { sendStatement } from "../../../send-document"
import type { AdminGetGroupStatementParamsType } from "../../../validators"

/** GET /admin/payouts/groups/:id/statement: the group's statement for the days `from` to `to`, PDF or CSV. */
export async function GET(
  req: AuthenticatedMedusaRequest<unknown, AdminGetGroupStatementParamsType>,
  res: MedusaResponse,
) {
  const { from, to, lang } = req.validatedQuery
  const statement = await periodGroupStatement(req.scope, routeParam(req, "id", "id"), from, to, lang)
  await sendStatement(res, statement, req.validatedQuery)
}
