import { describe, expect, it } from "vitest"
import {
  BANK_TRANSFER_PROVIDER,
  CASH_ON_DELIVERY_PROVIDER,
  nextPaymentProviders,
  STRIPE_PAYMENT_PROVIDER,
  SYSTEM_PAYMENT_PROVIDER,
  wantedPaymentProviders,
} from "./payment-providers"

describe("wantedPaymentProviders", () => {
  it("offers cash on delivery and bank transfer in Kyrgyzstan, with or without Stripe", () => {
    expect(wantedPaymentProviders("Kyrgyzstan", false)).toEqual([CASH_ON_DELIVERY_PROVIDER, BANK_TRANSFER_PROVIDER])
    expect(wantedPaymentProviders("Kyrgyzstan", true)).toEqual([CASH_ON_DELIVERY_PROVIDER, BANK_TRANSFER_PROVIDER])
  })

  it("offers cards in Japan and International when Stripe is configured, the system provider otherwise", () => {
    expect(wantedPaymentProviders("Japan", true)).toEqual([STRIPE_PAYMENT_PROVIDER])
    expect(wantedPaymentProviders("International", false)).toEqual([SYSTEM_PAYMENT_PROVIDER])
  })
})

describe("nextPaymentProviders", () => {
  it("replaces the system provider of an already-seeded region with the real ones", () => {
    expect(
      nextPaymentProviders([SYSTEM_PAYMENT_PROVIDER], [CASH_ON_DELIVERY_PROVIDER, BANK_TRANSFER_PROVIDER]),
    ).toEqual([CASH_ON_DELIVERY_PROVIDER, BANK_TRANSFER_PROVIDER])
    expect(nextPaymentProviders([SYSTEM_PAYMENT_PROVIDER], [STRIPE_PAYMENT_PROVIDER])).toEqual([
      STRIPE_PAYMENT_PROVIDER,
    ])
  })

  it("changes nothing on a second run", () => {
    expect(
      nextPaymentProviders(
        [BANK_TRANSFER_PROVIDER, CASH_ON_DELIVERY_PROVIDER],
        [CASH_ON_DELIVERY_PROVIDER, BANK_TRANSFER_PROVIDER],
      ),
    ).toBeUndefined()
    expect(nextPaymentProviders([SYSTEM_PAYMENT_PROVIDER], [SYSTEM_PAYMENT_PROVIDER])).toBeUndefined()
  })

  it("keeps a provider staff added, and gives a region without Stripe the system provider back", () => {
    expect(nextPaymentProviders(["pp_paypal_paypal"], [STRIPE_PAYMENT_PROVIDER])).toEqual([
      "pp_paypal_paypal",
      STRIPE_PAYMENT_PROVIDER,
    ])
    expect(nextPaymentProviders([STRIPE_PAYMENT_PROVIDER], [SYSTEM_PAYMENT_PROVIDER])).toEqual([
      STRIPE_PAYMENT_PROVIDER,
      SYSTEM_PAYMENT_PROVIDER,
    ])
  })
})
