import { type MedusaResponse, type MiddlewareRoute, validateAndTransformBody } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { z } from "@medusajs/framework/zod"

/** Body of POST /store/wholesale/orders/:id/card-payment: nothing (the amount is reckoned by the server). */
export const StoreStartWholesaleCardPayment = z.object({}).strict()

/** Body of POST /store/wholesale/orders/:id/card-payment/confirm: the Stripe intent the page confirmed. */
export const StoreConfirmWholesaleCardPayment = z
  .object({
    payment_intent_id: z
      .string({ error: "payment_intent_id is required: the id of the payment intent (pi_...) the page confirmed" })
      .regex(/^pi_[A-Za-z0-9_]{1,250}$/, { error: "payment_intent_id must be a Stripe payment intent id (pi_...)" }),
  })
  .strict()
export type StoreConfirmWholesaleCardPaymentType = z.infer<typeof StoreConfirmWholesaleCardPayment>

/** The card payment routes of a wholesale order (after `/store/wholesale/*`'s sign-in). */
export const storeWholesaleCardPaymentMiddlewares: MiddlewareRoute[] = [
  {
    matcher: "/store/wholesale/orders/:id/card-payment",
    method: ["POST"],
    middlewares: [validateAndTransformBody(StoreStartWholesaleCardPayment)],
  },
  {
    matcher: "/store/wholesale/orders/:id/card-payment/confirm",
    method: ["POST"],
    middlewares: [validateAndTransformBody(StoreConfirmWholesaleCardPayment)],
  },
]

/**
 * Answers a card payment's `409` with its code and message (`nothing_due`, `order_cancelled`,
 * `card_payment_processing`, `card_payment_busy`): Medusa's handler would replace the message of
 * every 409 with a generic one. True when it answered.
 */
export function answerCardPaymentConflict(res: MedusaResponse, error: unknown): boolean {
  if (!(error instanceof MedusaError) || error.type !== MedusaError.Types.CONFLICT) return false
  res.status(409).json({ type: error.type, code: error.code ?? "conflict", message: error.message })
  return true
}
