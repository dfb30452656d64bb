import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { ExportDocumentKind } from "../../../../../../../lib/export-documents"
import { routeParam } from "../../../../../../input/fields"
import { sendExportDocument } from "../../../../../../wholesale-documents/send-document"

/** GET /admin/wholesale/orders/:id/documents/:kind: any wholesale order's export document, as a PDF. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const kind = req.params.kind as ExportDocumentKind // checked by requireExportDocumentKind
  await sendExportDocument(req.scope, res, routeParam(req, "id", "id"), kind)
}
