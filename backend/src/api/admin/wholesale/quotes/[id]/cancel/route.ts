import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { closeQuote } from "../../../../../../lib/wholesale-quote-actions"
import { routeParam } from "../../../../../input/fields"
import type { AdminCancelWholesaleQuoteType } from "../../../validators"

/** POST /admin/wholesale/quotes/:id/cancel: staff end an open quote, with a reason the buyer reads. */
export async function POST(req: AuthenticatedMedusaRequest<AdminCancelWholesaleQuoteType>, res: MedusaResponse) {
  const quote = await closeQuote(req.scope, {
    id: routeParam(req, "id", "id"),
    to: "cancelled",
    reason: req.validatedBody.reason,
  })
  res.json({ wholesale_quote: quote })
}
