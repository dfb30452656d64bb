import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { describe, expect, it } from "vitest"
import { backendDir } from "../setup/paths"

// The production switch STRIPE_API_KEY: Medusa's Stripe provider registers (without calling
// Stripe: the card checkout itself, against a local Stripe-speaking server, is the storefront
// issue's). The key is a test-mode placeholder, never a real one.
process.env.STRIPE_API_KEY = "sk_test_ovop_placeholder"
process.env.STRIPE_WEBHOOK_SECRET = "whsec_ovop_placeholder"

medusaIntegrationTestRunner({
  cwd: backendDir,
  testSuite: ({ getContainer }) => {
    describe("with STRIPE_API_KEY set", () => {
      it("offers the Stripe payment provider beside the system default", async () => {
        const providers = await getContainer().resolve("payment").listPaymentProviders({})
        const ids = providers.map((p: { id: string }) => p.id)
        expect(ids).toContain("pp_system_default")
        expect(ids).toContain("pp_stripe_stripe")
      })
    })
  },
})
