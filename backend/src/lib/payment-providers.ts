/** Medusa's built-in provider: authorizes anything; the local fallback where cards are not configured. */
export const SYSTEM_PAYMENT_PROVIDER = "pp_system_default"
/** Cards through Stripe (`src/modules/stripe-payment`, registered as "stripe"). */
export const STRIPE_PAYMENT_PROVIDER = "pp_stripe_stripe"
/** Cash to the courier, Kyrgyzstan (`src/modules/offline-payment`, registered as "ovop"). */
export const CASH_ON_DELIVERY_PROVIDER = "pp_cash-on-delivery_ovop"
/** Transfer to the association's bank account, Kyrgyzstan. */
export const BANK_TRANSFER_PROVIDER = "pp_bank-transfer_ovop"

/** The ways to pay each region offers, by region name. */
export function wantedPaymentProviders(regionName: string, stripeConfigured: boolean): string[] {
  if (regionName === "Kyrgyzstan") return [CASH_ON_DELIVERY_PROVIDER, BANK_TRANSFER_PROVIDER]
  return [stripeConfigured ? STRIPE_PAYMENT_PROVIDER : SYSTEM_PAYMENT_PROVIDER]
}

/**
 * A region's providers after the seed: what it has, plus what it should offer. The system
 * provider (which takes no money) is dropped once the region has a real way to pay; anything
 * else staff added stays. `undefined` when nothing changes.
 */
export function nextPaymentProviders(current: string[], wanted: string[]): string[] | undefined {
  const next = [...new Set([...current, ...wanted])]
  const real = next.some((id) => id !== SYSTEM_PAYMENT_PROVIDER)
  const result =
    real && !wanted.includes(SYSTEM_PAYMENT_PROVIDER) ? next.filter((id) => id !== SYSTEM_PAYMENT_PROVIDER) : next
  const unchanged = result.length === current.length && result.every((id) => current.includes(id))
  return unchanged ? undefined : result
}
