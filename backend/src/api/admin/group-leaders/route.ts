import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { setGroupLeaderWorkflow } from "../../../workflows/producer-group/workflows/set-group-leader"
import { listGroupLeaders } from "./leaders"
import type { AdminGetGroupLeadersParamsType, AdminSetGroupLeaderType } from "./validators"

/** GET /admin/group-leaders: the admin users who lead a producer group (`producer_group_id`: one group's). */
export async function GET(
  req: AuthenticatedMedusaRequest<unknown, AdminGetGroupLeadersParamsType>,
  res: MedusaResponse,
) {
  const group_leaders = await listGroupLeaders(req.scope, { producerGroupId: req.validatedQuery.producer_group_id })
  res.json({ group_leaders, count: group_leaders.length })
}

/**
 * POST /admin/group-leaders: makes an admin user the leader of one producer group (moving it from
 * any other): from its next request on it reads only that group's payouts. 400 for oneself.
 */
export async function POST(req: AuthenticatedMedusaRequest<AdminSetGroupLeaderType>, res: MedusaResponse) {
  const { user_id, producer_group_id } = req.validatedBody
  if (user_id === req.auth_context.actor_id) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      "user_id: staff cannot make themselves a group leader (they would lose staff access)",
    )
  }
  await setGroupLeaderWorkflow(req.scope).run({ input: { user_id, producer_group_id } })
  const [group_leader] = await listGroupLeaders(req.scope, { userId: user_id })
  res.json({ group_leader })
}
