import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { IPaymentModuleService } from "@medusajs/framework/types"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import { checkStripeSignature } from "../../../modules/stripe-payment/webhook-signature"
import { decideWebhookProvider } from "./webhook-provider"

// The providers registered at boot do not change while the process runs: read them once.
let enabledProviderIds: Promise<string[]> | undefined

function enabledProviders(req: MedusaRequest): Promise<string[]> {
  enabledProviderIds ??= req.scope
    .resolve<IPaymentModuleService>(Modules.PAYMENT)
    .listPaymentProviders({ is_enabled: true }, { select: ["id"] })
    .then((providers) => providers.map((provider) => provider.id))
    .catch((error: unknown) => {
      enabledProviderIds = undefined
      throw error
    })
  return enabledProviderIds
}

/**
 * Guards Medusa's `POST /hooks/payment/:provider`, which answers `200` to anything and queues it
 * for a provider it resolves only later. Registered on the same matcher as that route, so Express
 * (case-insensitive, trailing slash optional, parameters decoded) hands this guard every request
 * the route would get. Refuses with `404` any provider name other than a registered provider's
 * canonical one that takes webhooks, and with `400` a Stripe event whose `Stripe-Signature` does
 * not verify, so nothing unsigned is ever queued and a misconfigured secret shows in Stripe's dashboard.
 */
export async function guardPaymentWebhook(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  const decision = decideWebhookProvider(String(req.params.provider ?? ""), await enabledProviders(req))
  if (!decision.accept) throw new MedusaError(MedusaError.Types.NOT_FOUND, decision.message)
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
  throw new MedusaError(MedusaError.Types.INVALID_DATA, message)
}
