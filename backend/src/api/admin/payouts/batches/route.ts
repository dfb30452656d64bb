import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { PAYOUT_MODULE } from "../../../../modules/payout"
import type PayoutModuleService from "../../../../modules/payout/service"
import { leaderGroupOf } from "../../group-leaders/leader-scope"
import { LEADER_BATCH_STATUSES } from "../../group-leaders/leader-views"
import { batchWithStatements } from "../statement"
import type { AdminCreatePayoutBatchType, AdminGetPayoutBatchesParamsType } from "../validators"

/** GET /admin/payouts/batches: the payout batches, newest first; a group leader gets the paid ones only. */
export async function GET(
  req: AuthenticatedMedusaRequest<unknown, AdminGetPayoutBatchesParamsType>,
  res: MedusaResponse,
) {
  const payout: PayoutModuleService = req.scope.resolve(PAYOUT_MODULE)
  const { limit, offset } = req.validatedQuery
  const leaderGroup = await leaderGroupOf(req)
  const [payout_batches, count] = await payout.listAndCountPayoutBatches(
    leaderGroup ? { status: [...LEADER_BATCH_STATUSES] } : {},
    { order: { created_at: "DESC" }, take: limit, skip: offset },
  )
  res.json({ payout_batches, count, limit, offset })
}

/**
 * POST /admin/payouts/batches: a draft batch for the period gathering every group's unpaid balance
 * up to its last day; 400 `batch_open` while another batch is draft or approved.
 */
export async function POST(req: AuthenticatedMedusaRequest<AdminCreatePayoutBatchType>, res: MedusaResponse) {
  const payout: PayoutModuleService = req.scope.resolve(PAYOUT_MODULE)
  const batch = await payout.createBatch({ ...req.validatedBody, created_by: req.auth_context.actor_id })
  res.status(201).json({ payout_batch: await batchWithStatements(req.scope, batch.id) })
}
