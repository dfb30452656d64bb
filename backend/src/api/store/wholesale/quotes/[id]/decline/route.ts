import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { closeQuote } from "../../../../../../lib/wholesale-quote-actions"
import { routeParam } from "../../../../../input/fields"
import { requireBuyer } from "../../../buyer"
import type { StoreCloseWholesaleQuoteType } from "../../../validators"

/** POST /store/wholesale/quotes/:id/decline: the buyer declines a quoted quote, with a reason if they like. */
export async function POST(req: AuthenticatedMedusaRequest<StoreCloseWholesaleQuoteType>, res: MedusaResponse) {
  const buyer = await requireBuyer(req)
  const quote = await closeQuote(req.scope, {
    id: routeParam(req, "id", "id"),
    company_id: buyer.company_id,
    to: "declined",
    reason: req.validatedBody.reason,
  })
  res.json({ wholesale_quote: quote })
}
