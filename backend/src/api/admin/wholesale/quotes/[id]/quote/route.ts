import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { answerQuote } from "../../../../../../lib/wholesale-quote-actions"
import { routeParam } from "../../../../../input/fields"
import type { AdminAnswerWholesaleQuoteType } from "../../../validators"

/**
 * POST /admin/wholesale/quotes/:id/quote: staff answer a request (or re-quote a quoted one) with a
 * unit price per line, freight, validity, planned shipment and payment terms.
 */
export async function POST(req: AuthenticatedMedusaRequest<AdminAnswerWholesaleQuoteType>, res: MedusaResponse) {
  const quote = await answerQuote(req.scope, routeParam(req, "id", "id"), req.auth_context.actor_id, req.validatedBody)
  res.json({ wholesale_quote: quote })
}
