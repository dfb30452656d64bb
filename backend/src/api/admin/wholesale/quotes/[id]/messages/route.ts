import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { leaveMessage } from "../../../../../../lib/wholesale-quote-actions"
import { routeParam } from "../../../../../input/fields"
import type { CreateWholesaleQuoteMessageType } from "../../../../../store/wholesale/validators"

/** POST /admin/wholesale/quotes/:id/messages: staff leave a message on a quote (201). */
export async function POST(req: AuthenticatedMedusaRequest<CreateWholesaleQuoteMessageType>, res: MedusaResponse) {
  const quote = await leaveMessage(req.scope, {
    id: routeParam(req, "id", "id"),
    author_type: "staff",
    author_id: req.auth_context.actor_id,
    body: req.validatedBody.body,
  })
  res.status(201).json({ wholesale_quote: quote })
}
