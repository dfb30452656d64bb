import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { acceptQuote } from "../../../../../../lib/wholesale-quote-actions"
import { routeParam } from "../../../../../input/fields"
import { requireBuyer } from "../../../buyer"

/**
 * POST /store/wholesale/quotes/:id/accept: the buyer accepts a quoted quote; it becomes an order
 * on the Export wholesale channel at the quoted prices and freight. Replayed, it answers the same
 * order. 400 `not_allowed` when the quote is not quoted or its validity has passed (it expires).
 */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const buyer = await requireBuyer(req)
  res.json(await acceptQuote(req.scope, buyer, routeParam(req, "id", "id")))
}
