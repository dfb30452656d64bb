import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { routeParam } from "../../../../input/fields"
import { batchForLeader, leaderBatchAccess } from "../../../group-leaders/leader-views"
import { batchWithStatements } from "../../statement"

/**
 * GET /admin/payouts/batches/:id: the batch with its lines and a statement per group; a group
 * leader reads a paid batch only (403 otherwise), with its own group's line and statement.
 */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const batchId = routeParam(req, "id", "id")
  const leaderGroup = await leaderBatchAccess(req, batchId)
  const batch = await batchWithStatements(req.scope, batchId)
  res.json({ payout_batch: leaderGroup ? batchForLeader(batch, leaderGroup) : batch })
}
