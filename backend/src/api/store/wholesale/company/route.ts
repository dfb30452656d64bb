import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { presentCompany } from "../../../../lib/wholesale-company"
import { requireBuyer } from "../buyer"

/** GET /store/wholesale/company: the signed-in buyer's company, its terms and its users; 403 for anyone who is no approved buyer. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const buyer = await requireBuyer(req)
  res.json({ company: await presentCompany(req.scope, buyer) })
}
