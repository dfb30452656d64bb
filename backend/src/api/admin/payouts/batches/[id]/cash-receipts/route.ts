import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { cashReceiptDocument } from "../../../../../../lib/payout-documents"
import { renderBusinessDocument } from "../../../../../../lib/pdf/business-document"
import { routeParam } from "../../../../../input/fields"
import { batchPayees } from "../../../documents"
import { fileNamePart, sendDocument } from "../../../send-document"
import type { AdminGetCashReceiptsParamsType } from "../../../validators"

/** GET /admin/payouts/batches/:id/cash-receipts: the sheet groups paid in cash sign, a PDF in Kyrgyz or Russian. */
export async function GET(
  req: AuthenticatedMedusaRequest<unknown, AdminGetCashReceiptsParamsType>,
  res: MedusaResponse,
) {
  const { batch, cash } = await batchPayees(req.scope, routeParam(req, "id", "id"), req.validatedQuery.lang)
  const pdf = await renderBusinessDocument(
    cashReceiptDocument(
      {
        batchId: batch.id,
        period: { start: batch.period_start, end: batch.period_end },
        issuedOn: new Date().toISOString().slice(0, 10),
        payees: cash,
      },
      req.validatedQuery.lang,
    ),
  )
  sendDocument(res, {
    body: pdf,
    type: "application/pdf",
    name: `cash-receipts-${fileNamePart(batch.id)}-${req.validatedQuery.lang}.pdf`,
  })
}
