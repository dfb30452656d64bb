import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { rejectWholesaleApplicationWorkflow } from "../../../../../../workflows/wholesale/workflows/reject-wholesale-application"
import { routeParam } from "../../../../../input/fields"
import type { AdminRejectWholesaleApplicationType } from "../../../validators"

/** POST /admin/wholesale/applications/:id/reject: rejects a pending application; the reason is emailed to the applicant. */
export async function POST(req: AuthenticatedMedusaRequest<AdminRejectWholesaleApplicationType>, res: MedusaResponse) {
  const id = routeParam(req, "id", "id")
  const { result } = await rejectWholesaleApplicationWorkflow(req.scope).run({
    input: { application_id: id, staff_user_id: req.auth_context.actor_id, reason: req.validatedBody.reason },
  })
  res.json({ wholesale_application: result.application })
}
