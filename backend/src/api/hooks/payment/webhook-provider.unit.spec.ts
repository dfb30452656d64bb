import { describe, expect, it } from "vitest"
import { decideWebhookProvider } from "./webhook-provider"

const enabled = ["pp_system_default", "pp_stripe_stripe", "pp_cash-on-delivery_ovop", "pp_bank-transfer_ovop"]

describe("decideWebhookProvider", () => {
  it("accepts the registered Stripe provider in its canonical spelling, to be verified by signature", () => {
    expect(decideWebhookProvider("stripe_stripe", enabled)).toEqual({
      accept: true,
      providerId: "pp_stripe_stripe",
      verify: "stripe",
    })
  })

  it.each([
    "STRIPE_STRIPE",
    "Stripe_stripe",
    "stripe_stripe;x",
    "stripe_stripe ",
    "pp_stripe_stripe",
    "stripe_stripe/",
    "stripe__stripe",
    "stripe-other_stripe",
    "",
  ])("refuses %j with 404: another spelling or an unknown provider", (name) => {
    expect(decideWebhookProvider(name, enabled)).toMatchObject({ accept: false, status: 404 })
  })

  it("refuses Stripe when this server has not registered it (no STRIPE_API_KEY)", () => {
    expect(decideWebhookProvider("stripe_stripe", ["pp_system_default"])).toMatchObject({ accept: false, status: 404 })
  })

  it.each(["system_default", "cash-on-delivery_ovop", "bank-transfer_ovop"])(
    "refuses the registered provider %s, which takes no webhooks",
    (name) => {
      expect(decideWebhookProvider(name, enabled)).toEqual({
        accept: false,
        status: 404,
        message: `the payment provider "${name}" takes no webhooks`,
      })
    },
  )

  it("names a long provider name shortened", () => {
    const decision = decideWebhookProvider("x".repeat(500), enabled)
    expect(decision.accept).toBe(false)
    if (!decision.accept) expect(decision.message.length).toBeLessThan(200)
  })
})
