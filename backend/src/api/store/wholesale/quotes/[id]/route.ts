import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { presentQuote } from "../../../../../lib/wholesale-quotes"
import { WHOLESALE_MODULE } from "../../../../../modules/wholesale"
import type WholesaleModuleService from "../../../../../modules/wholesale/service"
import { routeParam } from "../../../../input/fields"
import { requireBuyer } from "../../buyer"

/** GET /store/wholesale/quotes/:id: one of the company's quotes; 404 for another company's. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const buyer = await requireBuyer(req)
  const wholesale: WholesaleModuleService = req.scope.resolve(WHOLESALE_MODULE)
  const quote = await wholesale.quoteOf(routeParam(req, "id", "id"), buyer.company_id)
  res.json({ wholesale_quote: await presentQuote(req.scope, quote, "buyer") })
}
