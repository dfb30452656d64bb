import type { MedusaResponse } from "@medusajs/framework/http"
import type { MedusaContainer } from "@medusajs/framework/types"
import { exportDocumentOfOrder } from "../../lib/export-document-orders"
import type { ExportDocumentKind } from "../../lib/export-documents"

/** Answers the `kind` document of order `orderId` as a PDF download (`companyId`: a buyer's own orders only). */
export async function sendExportDocument(
  scope: MedusaContainer,
  res: MedusaResponse,
  orderId: string,
  kind: ExportDocumentKind,
  companyId?: string,
) {
  const { pdf, fileName } = await exportDocumentOfOrder(scope, orderId, kind, companyId)
  res.setHeader("Content-Type", "application/pdf")
  res.setHeader("Content-Disposition", `attachment; filename="${fileName}"`)
  // The storefront fetches a buyer's document from its own origin: let it read the file's name.
  res.setHeader("Access-Control-Expose-Headers", "Content-Disposition")
  res.setHeader("Content-Length", String(pdf.length))
  res.setHeader("Cache-Control", "private, no-store")
  res.status(200).end(pdf)
}
