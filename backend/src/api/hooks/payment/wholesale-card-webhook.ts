import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { settleCardPayment, WHOLESALE_INTENT_METADATA } from "../../../lib/wholesale-card-payments"

type StripeEventBody = {
  type?: unknown
  data?: { object?: { id?: unknown; object?: unknown; metadata?: Record<string, unknown> | null } }
}

/**
 * After `guardPaymentWebhook` (the event's signature is checked): a Stripe `payment_intent.succeeded`
 * of a wholesale order's intent records the card payment on the order, asking Stripe for the
 * intent rather than trusting the event, once per intent (a redelivery or the buyer's page
 * reporting it too records nothing more). A business refusal (say, staff recorded a transfer for
 * the same instalment meanwhile) is logged for staff and the event acknowledged; any other failure
 * answers 500 so Stripe delivers the event again. Every event then goes on to Medusa's route,
 * which ignores intents that belong to no checkout.
 */
export async function settleWholesaleCardWebhook(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  const event = (req.body ?? {}) as StripeEventBody
  const intent = event.data?.object
  const quoteId = intent?.metadata?.[WHOLESALE_INTENT_METADATA]
  if (
    event.type === "payment_intent.succeeded" &&
    intent?.object === "payment_intent" &&
    typeof intent.id === "string" &&
    typeof quoteId === "string"
  ) {
    try {
      await settleCardPayment(req.scope, intent.id)
    } catch (error) {
      if (!(error instanceof MedusaError)) throw error
      req.scope
        .resolve(ContainerRegistrationKeys.LOGGER)
        .error(
          `wholesale card payment ${intent.id} of quote ${quoteId} succeeded at Stripe but was not recorded: ${error.message}; refund it or record it by hand`,
        )
    }
  }
  next()
}
