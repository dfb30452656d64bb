/**
 * How `POST /hooks/payment/:provider` treats a provider name: the registered provider ids are
 * `pp_<identifier>_<id>` (e.g. `pp_stripe_stripe`); a webhook names one in its canonical form,
 * that id without `pp_` (e.g. `stripe_stripe`), byte for byte.
 */
export type WebhookProviderDecision =
  | { accept: true; providerId: string; verify: "stripe" }
  | { accept: false; status: 404; message: string }

/** Providers registered by our Stripe module (`src/modules/stripe-payment`, identifier "stripe"). */
const stripeProviderId = /^pp_stripe_[a-z0-9-]+$/
/** A canonical provider name: lower-case identifier and registration id, nothing else. */
const canonicalName = /^[a-z0-9-]+_[a-z0-9-]+$/

/**
 * Decides whether a webhook for `name` may be queued: only for a provider this server has
 * registered (`enabledProviderIds`), named canonically, and whose webhooks are verified here (Stripe's,
 * by signature). Every other spelling, unknown provider or provider that takes no webhooks (the
 * offline ones, Medusa's system provider) is refused, since Medusa's route would queue anything.
 */
export function decideWebhookProvider(name: string, enabledProviderIds: readonly string[]): WebhookProviderDecision {
  const shown = JSON.stringify(name.length > 60 ? `${name.slice(0, 60)}...` : name)
  const providerId = `pp_${name}`
  if (!canonicalName.test(name) || name.startsWith("pp_") || !enabledProviderIds.includes(providerId)) {
    return {
      accept: false,
      status: 404,
      message: `no payment provider ${shown} takes webhooks here: Stripe's endpoint is /hooks/payment/stripe_stripe`,
    }
  }
  if (!stripeProviderId.test(providerId)) {
    return { accept: false, status: 404, message: `the payment provider ${shown} takes no webhooks` }
  }
  return { accept: true, providerId, verify: "stripe" }
}
