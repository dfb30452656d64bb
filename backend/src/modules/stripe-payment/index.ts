import { ModuleProvider, Modules } from "@medusajs/framework/utils"
import OvopStripeProviderService from "./service"

/**
 * Card payments through Stripe, registered with id "stripe": provider id `pp_stripe_stripe`, the
 * same as Medusa's own Stripe provider, so the storefront and webhook URL do not change.
 */
export default ModuleProvider(Modules.PAYMENT, {
  services: [OvopStripeProviderService],
})
