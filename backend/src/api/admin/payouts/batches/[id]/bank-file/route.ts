import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { bankFileCsv } from "../../../../../../lib/payout-documents"
import { routeParam } from "../../../../../input/fields"
import { bankFilePayees } from "../../../documents"
import { fileNamePart, sendDocument } from "../../../send-document"

/**
 * GET /admin/payouts/batches/:id/bank-file: the bulk-payment CSV for the bank, one row per group
 * paid by bank transfer (docs/api.md, Bank file); refused for a draft batch or missing details.
 */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { batch, bank } = await bankFilePayees(req.scope, routeParam(req, "id", "id"))
  sendDocument(res, {
    body: bankFileCsv({
      batchId: batch.id,
      period: { start: batch.period_start, end: batch.period_end },
      payees: bank,
    }),
    type: "text/csv; charset=utf-8",
    name: `bank-file-${fileNamePart(batch.id)}.csv`,
  })
}
