import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { ExportDocumentKind } from "../../../../../../../lib/export-documents"
import { routeParam } from "../../../../../../input/fields"
import { sendExportDocument } from "../../../../../../wholesale-documents/send-document"
import { requireBuyer } from "../../../../buyer"

/**
 * GET /store/wholesale/orders/:id/documents/:kind: the proforma invoice, commercial invoice or
 * packing list of one of the company's wholesale orders, as a PDF; 404 for another company's order.
 */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const buyer = await requireBuyer(req)
  const kind = req.params.kind as ExportDocumentKind // checked by requireExportDocumentKind
  await sendExportDocument(req.scope, res, routeParam(req, "id", "id"), kind, buyer.company_id)
}
