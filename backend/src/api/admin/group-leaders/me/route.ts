import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { PRODUCER_GROUP_MODULE } from "../../../../modules/producer-group"
import { adminScopeOf } from "../leader-scope"

/**
 * GET /admin/group-leaders/me: what the signed-in admin user may see of the payouts: `staff`
 * (every group) or `leader` with its group's id and name. Any admin user may call it.
 */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const scope = await adminScopeOf(req)
  if (scope.kind === "staff") {
    res.json({ role: "staff", producer_group: null })
    return
  }
  const [group] = await req.scope
    .resolve(PRODUCER_GROUP_MODULE)
    .listProducerGroups({ id: scope.producerGroupId }, { select: ["id", "name", "handle"] })
  res.json({ role: "leader", producer_group: group ?? null })
}
