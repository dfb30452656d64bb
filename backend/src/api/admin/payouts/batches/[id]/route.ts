import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { routeParam } from "../../../../input/fields"
import { batchWithStatements } from "../../statement"

/** GET /admin/payouts/batches/:id: the batch with its lines and a statement per group. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  res.json({ payout_batch: await batchWithStatements(req.scope, routeParam(req, "id", "id")) })
}
