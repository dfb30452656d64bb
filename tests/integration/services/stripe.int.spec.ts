import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { describe, expect, it } from "vitest"
import { backendDir } from "../setup/paths"

// The production switch STRIPE_API_KEY: our Stripe provider (Medusa's, able to talk to another API
// origin) registers without calling Stripe; the card checkout itself runs against the local Stripe
// server in checkout/card-payment.int.spec.ts. The key is a test-mode placeholder, never a real one.
process.env.STRIPE_API_KEY = "sk_test_ovop_placeholder"
process.env.STRIPE_WEBHOOK_SECRET = "whsec_ovop_placeholder"

medusaIntegrationTestRunner({
  cwd: backendDir,
  testSuite: ({ getContainer }) => {
    describe("with STRIPE_API_KEY set", () => {
      it("offers the Stripe payment provider beside the system default and the Kyrgyz offline ones", async () => {
        const providers = await getContainer().resolve("payment").listPaymentProviders({})
        const ids = providers.map((p: { id: string }) => p.id)
        expect(ids).toContain("pp_system_default")
        expect(ids).toContain("pp_stripe_stripe")
        expect(ids).toContain("pp_cash-on-delivery_ovop")
        expect(ids).toContain("pp_bank-transfer_ovop")
      })
    })
  },
})
