import type { MedusaNextFunction, MedusaRequest, MedusaResponse, MiddlewareRoute } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { EXPORT_DOCUMENT_KINDS } from "../../lib/export-documents"

/** Refuses (400) a document kind that is not one of the export documents, naming the ones there are. */
export function requireExportDocumentKind(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  const kind = String(req.params?.kind ?? "")
  if (!(EXPORT_DOCUMENT_KINDS as readonly string[]).includes(kind)) {
    return next(
      new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `kind: '${kind.slice(0, 40)}' is not an export document; use one of ${EXPORT_DOCUMENT_KINDS.join(", ")}`,
      ),
    )
  }
  next()
}

/** The export document routes of buyers and staff: the kind checked before the handler runs. */
export const wholesaleDocumentMiddlewares: MiddlewareRoute[] = [
  { matcher: "/store/wholesale/orders/:id/documents/:kind", method: ["GET"], middlewares: [requireExportDocumentKind] },
  { matcher: "/admin/wholesale/orders/:id/documents/:kind", method: ["GET"], middlewares: [requireExportDocumentKind] },
]
