import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { presentQuote } from "../../../../../lib/wholesale-quotes"
import { WHOLESALE_MODULE } from "../../../../../modules/wholesale"
import type WholesaleModuleService from "../../../../../modules/wholesale/service"
import { routeParam } from "../../../../input/fields"

/** GET /admin/wholesale/quotes/:id: a quote with its company (name, country, terms, trusted). */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const wholesale: WholesaleModuleService = req.scope.resolve(WHOLESALE_MODULE)
  const quote = await wholesale.quoteOf(routeParam(req, "id", "id"))
  const company = await wholesale.retrieveCompany(quote.company_id)
  res.json({ wholesale_quote: await presentQuote(req.scope, quote, "staff"), company })
}
