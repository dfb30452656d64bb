import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { beforeAll, expect, it } from "vitest"
import {
  type CheckoutShop,
  createCheckoutShop,
  createStockedProduct,
  kyrgyzRegion,
  shopperCart,
} from "../fixtures/checkout"
import { backendDir } from "../setup/paths"

// No account configured: bank transfer must not be offered, nor show a placeholder account.
for (const name of ["OVOP_BANK_NAME", "OVOP_BANK_ACCOUNT_HOLDER", "OVOP_BANK_ACCOUNT_NUMBER", "OVOP_BANK_BIK"]) {
  delete process.env[name]
}
delete process.env.STRIPE_API_KEY

// biome-ignore lint/suspicious/noExplicitAny: the test client's answers are read field by field
type Answer = { status: number; data: any }
const failure = (error: { response: Answer }): Answer => error.response

medusaIntegrationTestRunner({
  cwd: backendDir,
  testSuite: ({ api, getContainer }) => {
    let shop: CheckoutShop
    let variantId: string

    beforeAll(async () => {
      shop = await createCheckoutShop(getContainer(), [kyrgyzRegion()])
      ;({ variantId } = await createStockedProduct(getContainer(), shop, {
        title: "White sainfoin honey",
        sku: "ANA-SAINFOIN-HONEY-500G",
        size: "500 g",
        prices: [{ currency_code: "kgs", amount: 950 }],
        stock: 5,
      }))
    })

    it("lists only cash on delivery for Kyrgyzstan while no bank account is configured", async () => {
      const { data } = await api.get(
        `/store/payment-providers?region_id=${shop.regions.Kyrgyzstan?.regionId}`,
        shop.store,
      )
      expect(data.payment_providers.map((provider: { id: string }) => provider.id)).toEqual([
        "pp_cash-on-delivery_ovop",
      ])
      expect(data.count).toBe(1)
    })

    it("refuses a bank transfer session asked for anyway, with a code, and shows no placeholder", async () => {
      const cartId = await shopperCart(api, shop, {
        region: "Kyrgyzstan",
        buyer: 1,
        items: [{ variant_id: variantId, quantity: 1 }],
      })
      const { data: created } = await api.post("/store/payment-collections", { cart_id: cartId }, shop.store)
      const answer = await api
        .post(
          `/store/payment-collections/${created.payment_collection.id}/payment-sessions`,
          { provider_id: "pp_bank-transfer_ovop" },
          shop.store,
        )
        .catch(failure)
      expect(answer.status).toBe(400)
      expect(answer.data).toMatchObject({ code: "payment_unavailable", params: { provider: "pp_bank-transfer_ovop" } })
      expect(JSON.stringify(answer.data)).not.toMatch(/PLACEHOLDER/i)
    })
  },
})
