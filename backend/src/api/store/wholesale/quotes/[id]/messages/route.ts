import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { leaveMessage } from "../../../../../../lib/wholesale-quote-actions"
import { routeParam } from "../../../../../input/fields"
import { requireBuyer } from "../../../buyer"
import type { CreateWholesaleQuoteMessageType } from "../../../validators"

/** POST /store/wholesale/quotes/:id/messages: a buyer of the company leaves a message on the quote (201). */
export async function POST(req: AuthenticatedMedusaRequest<CreateWholesaleQuoteMessageType>, res: MedusaResponse) {
  const buyer = await requireBuyer(req)
  const quote = await leaveMessage(req.scope, {
    id: routeParam(req, "id", "id"),
    company_id: buyer.company_id,
    author_type: "buyer",
    author_id: buyer.customer_id,
    body: req.validatedBody.body,
  })
  res.status(201).json({ wholesale_quote: quote })
}
