import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { revokeGroupLeaderWorkflow } from "../../../../workflows/producer-group/workflows/revoke-group-leader"
import { routeParam } from "../../../input/fields"
import { listGroupLeaders } from "../leaders"

/**
 * DELETE /admin/group-leaders/:user_id: revokes a group leader: the leadership and the user's
 * admin account go (a leader never falls back to staff access); its tokens answer 401 from then
 * on. 404 for a user who leads no group.
 */
export async function DELETE(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const userId = routeParam(req, "user_id", "id")
  const [leader] = await listGroupLeaders(req.scope, { userId })
  if (!leader) throw new MedusaError(MedusaError.Types.NOT_FOUND, `user ${userId} leads no producer group`)
  await revokeGroupLeaderWorkflow(req.scope).run({
    input: { user_id: userId, producer_group_id: leader.producer_group_id },
  })
  res.json({ id: userId, object: "group_leader", deleted: true })
}
