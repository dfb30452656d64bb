import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { WHOLESALE_MODULE } from "../../../../modules/wholesale"
import type WholesaleModuleService from "../../../../modules/wholesale/service"
import type { AdminGetWholesaleApplicationsParamsType } from "../validators"

/** GET /admin/wholesale/applications: buyer applications, newest first, filtered by status. */
export async function GET(
  req: AuthenticatedMedusaRequest<unknown, AdminGetWholesaleApplicationsParamsType>,
  res: MedusaResponse,
): Promise<void> {
  const { limit, offset, status } = req.validatedQuery
  const wholesale: WholesaleModuleService = req.scope.resolve(WHOLESALE_MODULE)
  const [applications, count] = await wholesale.listAndCountWholesaleApplications(status ? { status } : {}, {
    skip: offset,
    take: limit,
    order: { created_at: "DESC" },
  })
  res.json({ wholesale_applications: applications, count, limit, offset })
}
