import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { confirmCardPayment } from "../../../../../../../lib/wholesale-card-payments"
import { routeParam } from "../../../../../../input/fields"
import { requireBuyer } from "../../../../buyer"
import { answerCardPaymentConflict, type StoreConfirmWholesaleCardPaymentType } from "../../../card-payment"

/**
 * POST /store/wholesale/orders/:id/card-payment/confirm: the page reports the intent Stripe.js
 * confirmed; the payment is recorded (once) when Stripe says it succeeded. Answers its status and
 * the order's quote with payments and balance. 404 for an intent not of this company's order.
 */
export async function POST(req: AuthenticatedMedusaRequest<StoreConfirmWholesaleCardPaymentType>, res: MedusaResponse) {
  const buyer = await requireBuyer(req)
  try {
    const orderId = routeParam(req, "id", "id")
    res.json(await confirmCardPayment(req.scope, buyer, orderId, req.validatedBody.payment_intent_id))
  } catch (error) {
    if (!answerCardPaymentConflict(res, error)) throw error
  }
}
