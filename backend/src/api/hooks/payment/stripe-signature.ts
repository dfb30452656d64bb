import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { checkStripeSignature } from "../../../modules/stripe-payment/webhook-signature"

/** Providers registered by our Stripe module (registration id "stripe"), e.g. `stripe_stripe`. */
const stripeProvider = /^(pp_)?stripe[a-z0-9-]*_stripe$/

/**
 * Refuses a Stripe webhook whose `Stripe-Signature` does not verify, with `400`, before Medusa's
 * route queues it. Medusa's own route answers `200` to anything and checks the signature only
 * when the queued event is handled, seconds later; answering `400` at once keeps forged or stale
 * events out of the queue and shows a misconfigured secret in Stripe's dashboard.
 */
export function verifyStripeWebhookSignature(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  const provider = String(req.params.provider ?? "")
  if (!stripeProvider.test(provider)) return next()
  const rawBody = (req as MedusaRequest & { rawBody?: Buffer }).rawBody
  const check = checkStripeSignature({
    payload: rawBody ?? Buffer.alloc(0),
    header: req.headers["stripe-signature"],
    // The same variable medusa-config.ts hands to the Stripe provider.
    secret: process.env.STRIPE_WEBHOOK_SECRET,
    nowSeconds: Math.floor(Date.now() / 1000),
  })
  if (check.valid) return next()
  const message =
    check.reason === "no secret configured"
      ? "Stripe webhooks are not accepted: STRIPE_WEBHOOK_SECRET is not set on this server"
      : `Stripe-Signature refused (${check.reason}): sign the raw body with this endpoint's webhook secret`
  return next(new MedusaError(MedusaError.Types.INVALID_DATA, message))
}
