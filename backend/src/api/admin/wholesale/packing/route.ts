import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { DEFAULT_EXPORT_PACKING, exportPacking, setExportPacking } from "../../../../lib/export-packing"
import type { AdminUpdateExportPackingType } from "../validators"

/** GET /admin/wholesale/packing: the export packing new wholesale orders get, and the default. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  res.json({ export_packing: await exportPacking(req.scope), default: DEFAULT_EXPORT_PACKING })
}

/**
 * POST /admin/wholesale/packing: sets the export packing (cases per carton, carton size and
 * weight, a case's weight). Orders accepted from now on keep it; earlier orders keep theirs.
 */
export async function POST(req: AuthenticatedMedusaRequest<AdminUpdateExportPackingType>, res: MedusaResponse) {
  const packing = await setExportPacking(req.scope, req.validatedBody)
  res.json({ export_packing: packing, default: DEFAULT_EXPORT_PACKING })
}
