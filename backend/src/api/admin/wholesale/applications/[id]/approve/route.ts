import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { approveWholesaleApplicationWorkflow } from "../../../../../../workflows/wholesale/workflows/approve-wholesale-application"
import { routeParam } from "../../../../../input/fields"

/**
 * POST /admin/wholesale/applications/:id/approve: the applicant becomes the buyer admin of a new
 * company in the Wholesale customer group and is emailed; 400 `not_allowed` when already decided.
 */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const id = routeParam(req, "id", "id")
  const { result } = await approveWholesaleApplicationWorkflow(req.scope).run({
    input: { application_id: id, staff_user_id: req.auth_context.actor_id },
  })
  res.json({ wholesale_application: { ...result.application, company_id: result.company.id }, company: result.company })
}
