import { createRequire } from "node:module"
import type { AuthorizePaymentInput, AuthorizePaymentOutput } from "@medusajs/framework/types"
import { MedusaError, PaymentSessionStatus } from "@medusajs/framework/utils"
import StripeProviderService from "@medusajs/payment-stripe/dist/services/stripe-provider"
import type { StripeOptions } from "@medusajs/payment-stripe/dist/types"
import { refuse } from "../../lib/refusal-error"
import { parseStripeApiBaseUrl } from "./api-host"

/** Medusa's Stripe options plus the API origin the SDK talks to (the local Stripe server in tests). */
export type OvopStripeOptions = StripeOptions & { apiBaseUrl?: string }

export type StripeClient = OvopStripeProviderService["stripe_"]
type StripeClientClass = new (apiKey: string, config: Record<string, unknown>) => StripeClient

/** The stripe SDK Medusa's provider is built on (its own copy and version), not a second one of ours. */
export function stripeClientClass(): StripeClientClass {
  const stripeModule = createRequire(require.resolve("@medusajs/payment-stripe"))("stripe") as
    | StripeClientClass
    | { default: StripeClientClass }
  return "default" in stripeModule ? stripeModule.default : stripeModule
}

type IntentError = { code?: string; decline_code?: string; message?: string }

/**
 * Medusa's Stripe card provider (`pp_stripe_stripe`) with two changes: its Stripe client can be
 * pointed at another API origin (`apiBaseUrl`, from `STRIPE_API_BASE_URL`), and a checkout whose
 * card was declined or never confirmed is refused with a typed refusal (`card_declined` with the
 * decline code, `card_not_confirmed`) instead of Medusa's "Session ... was not authorized with the provider".
 */
class OvopStripeProviderService extends StripeProviderService {
  static override identifier = "stripe"

  constructor(cradle: Record<string, unknown>, options: OvopStripeOptions) {
    super(cradle, options)
    const apiHost = parseStripeApiBaseUrl(options.apiBaseUrl)
    if (apiHost) {
      // A live key sent to another host would hand it (and real card payments) to that host.
      if (!/^(sk|rk)_test_/.test(options.apiKey)) {
        throw new MedusaError(
          MedusaError.Types.INVALID_DATA,
          "STRIPE_API_BASE_URL is for test-mode keys only (sk_test_...): unset it to use Stripe with a live key",
        )
      }
      const StripeClass = stripeClientClass()
      this.stripe_ = new StripeClass(options.apiKey, { ...apiHost })
    }
  }

  /**
   * Authorizes the card payment of a checkout; a declined card answers 400 `card_declined` with
   * Stripe's decline code as `reason`, an unconfirmed one `card_not_confirmed`.
   */
  override async authorizePayment(input: AuthorizePaymentInput): Promise<AuthorizePaymentOutput> {
    const result = await super.authorizePayment(input)
    const intent = result.data as { last_payment_error?: IntentError | null } | undefined
    if (result.status === PaymentSessionStatus.ERROR) {
      const error = intent?.last_payment_error
      const reason = error?.decline_code ?? error?.code
      throw refuse("card_declined", reason ? { reason } : {})
    }
    if (result.status === PaymentSessionStatus.PENDING) throw refuse("card_not_confirmed", {})
    return result
  }
}

export default OvopStripeProviderService
