import { createRequire } from "node:module"
import { describe, expect, it } from "vitest"
import { checkStripeSignature } from "../../../backend/src/modules/stripe-payment/webhook-signature"
import { stripeSignatureHeader } from "./signature"

// The stripe SDK Medusa's provider is built on (not a dependency of ours: resolved through it).
const require = createRequire(import.meta.url)
const Stripe = createRequire(require.resolve("@medusajs/payment-stripe"))("stripe") as new (
  key: string,
) => {
  webhooks: {
    constructEvent: (payload: string, header: string, secret: string) => { id: string }
    generateTestHeaderString: (options: { payload: string; secret: string; timestamp: number }) => string
  }
}
const stripe = new Stripe("sk_test_ovop_placeholder")

const secret = "whsec_ovop_test_only"
const payload = JSON.stringify({ id: "evt_1", object: "event", type: "payment_intent.succeeded" })
const now = Math.floor(Date.now() / 1000)

describe("stripeSignatureHeader (the local Stripe server's signing)", () => {
  it("is the header the stripe SDK generates, and the SDK accepts it", () => {
    const header = stripeSignatureHeader(payload, secret, now)
    expect(header).toBe(stripe.webhooks.generateTestHeaderString({ payload, secret, timestamp: now }))
    expect(stripe.webhooks.constructEvent(payload, header, secret).id).toBe("evt_1")
  })
})

describe("checkStripeSignature (the backend's check before Medusa's webhook route)", () => {
  const check = (header: string | undefined, overrides: Partial<Parameters<typeof checkStripeSignature>[0]> = {}) =>
    checkStripeSignature({ payload: Buffer.from(payload), header, secret, nowSeconds: now, ...overrides })

  it("accepts what Stripe signs, also among several v1 signatures (secret rotation)", () => {
    const header = stripeSignatureHeader(payload, secret, now)
    expect(check(header)).toEqual({ valid: true, timestamp: now })
    const rotated = `${header.replace(/v1=/, "v1=00")},v1=${header.split("v1=")[1]}`
    expect(check(rotated).valid).toBe(true)
  })

  it("refuses another secret, a changed body, a missing or malformed header", () => {
    expect(check(stripeSignatureHeader(payload, "whsec_other", now))).toEqual({ valid: false, reason: "mismatch" })
    expect(check(stripeSignatureHeader(`${payload} `, secret, now))).toEqual({ valid: false, reason: "mismatch" })
    expect(check(undefined)).toEqual({ valid: false, reason: "no signature header" })
    expect(check("v1=abc")).toEqual({ valid: false, reason: "malformed header" })
    expect(check(stripeSignatureHeader(payload, secret, now), { secret: undefined })).toEqual({
      valid: false,
      reason: "no secret configured",
    })
  })

  it("refuses a replay older than five minutes, as the SDK does", () => {
    const old = stripeSignatureHeader(payload, secret, now - 301)
    expect(check(old)).toEqual({ valid: false, reason: "too old" })
    expect(() => stripe.webhooks.constructEvent(payload, old, secret)).toThrow(/tolerance/i)
  })
})
