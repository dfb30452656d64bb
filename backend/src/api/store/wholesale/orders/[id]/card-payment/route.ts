import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { startCardPayment } from "../../../../../../lib/wholesale-card-payments"
import { routeParam } from "../../../../../input/fields"
import { requireBuyer } from "../../../buyer"
import { answerCardPaymentConflict } from "../../card-payment"

/**
 * POST /store/wholesale/orders/:id/card-payment: a buyer of the company starts paying what is due
 * now on the order by card; answers the Stripe intent's client secret, the instalment and amount.
 * The same intent again while it is open. 404 another company's order, 409 nothing due or cancelled.
 */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const buyer = await requireBuyer(req)
  try {
    res.json(await startCardPayment(req.scope, buyer, routeParam(req, "id", "id")))
  } catch (error) {
    if (!answerCardPaymentConflict(res, error)) throw error
  }
}
