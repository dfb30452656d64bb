import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { beforeAll, expect, it } from "vitest"
import { signInAsStaff } from "../fixtures/admin"
import { type CheckoutFixture, createCheckoutFixture, shopperAddress } from "../fixtures/checkout"
import { createStorefrontChannel } from "../fixtures/store"
import { backendDir } from "../setup/paths"

// The association's account as the bank transfer shows it (test values, not a real account).
process.env.OVOP_BANK_NAME = "Test Bank, Karakol branch"
process.env.OVOP_BANK_ACCOUNT_HOLDER = "Issyk-Kul OVOP Association"
process.env.OVOP_BANK_ACCOUNT_NUMBER = "1180000000000042"
process.env.OVOP_BANK_BIK = "118000"
// No Stripe key: Kyrgyz ways to pay need none.
delete process.env.STRIPE_API_KEY

type PaymentSession = { id: string; provider_id: string; status: string; data: Record<string, unknown> }
type OrderPayment = {
  id: string
  provider_id: string
  amount: number
  captured_at: string | null
  data: Record<string, unknown>
}

medusaIntegrationTestRunner({
  cwd: backendDir,
  testSuite: ({ api, getContainer }) => {
    let store: { headers: Record<string, string> }
    let fixture: CheckoutFixture
    let buyers = 0

    beforeAll(async () => {
      const container = getContainer()
      const channel = await createStorefrontChannel(container)
      store = { headers: { "x-publishable-api-key": channel.publishableKey } }
      fixture = await createCheckoutFixture(container, {
        salesChannelId: channel.salesChannelId,
        regions: [
          {
            name: "Kyrgyzstan",
            currency_code: "kgs",
            country: "kg",
            payment_providers: ["pp_cash-on-delivery_ovop", "pp_bank-transfer_ovop"],
            shipping: { name: "Courier in Kyrgyzstan", code: "kg-courier", price: 250 },
          },
        ],
        product: {
          title: "White sainfoin honey",
          sku: "ANA-SAINFOIN-HONEY-500G",
          prices: [{ currency_code: "kgs", amount: 950 }],
        },
        stock: 20,
      })
    })

    /** A Kyrgyz cart with two jars and the courier, paid the given way; returns the cart and session. */
    const kyrgyzCheckout = async (providerId: string) => {
      const kyrgyzstan = fixture.regions.Kyrgyzstan
      const { data } = await api.post(
        "/store/carts",
        {
          region_id: kyrgyzstan?.regionId,
          email: `buyer${++buyers}@example.kg`,
          shipping_address: shopperAddress.kg,
          items: [{ variant_id: fixture.variantId, quantity: 2 }],
        },
        store,
      )
      const cartId = data.cart.id as string
      await api.post(`/store/carts/${cartId}/shipping-methods`, { option_id: kyrgyzstan?.shippingOptionId }, store)
      const { data: created } = await api.post("/store/payment-collections", { cart_id: cartId }, store)
      const { data: withSession } = await api.post(
        `/store/payment-collections/${created.payment_collection.id}/payment-sessions`,
        { provider_id: providerId },
        store,
      )
      const session = (withSession.payment_collection.payment_sessions as PaymentSession[]).find(
        (s) => s.provider_id === providerId,
      )
      if (!session) throw new Error(`no ${providerId} session`)
      return { cartId, session }
    }

    const paymentsOf = async (orderId: string) => {
      const { data } = await getContainer()
        .resolve("query")
        .graph({
          entity: "order",
          fields: [
            "payment_collections.status",
            "payment_collections.payments.id",
            "payment_collections.payments.provider_id",
            "payment_collections.payments.amount",
            "payment_collections.payments.captured_at",
            "payment_collections.payments.data",
          ],
          filters: { id: orderId },
        })
      const order = data[0] as unknown as { payment_collections: { status: string; payments: OrderPayment[] }[] }
      return order.payment_collections[0] as { status: string; payments: OrderPayment[] }
    }

    it("offers the region's two ways to pay to the storefront", async () => {
      const { data } = await api.get(
        `/store/payment-providers?region_id=${fixture.regions.Kyrgyzstan?.regionId}`,
        store,
      )
      expect(data.payment_providers.map((p: { id: string }) => p.id).sort()).toEqual([
        "pp_bank-transfer_ovop",
        "pp_cash-on-delivery_ovop",
      ])
    })

    it("completes a cash-on-delivery order in som, authorized, to be captured by staff when the courier brings the cash", async () => {
      const { cartId, session } = await kyrgyzCheckout("pp_cash-on-delivery_ovop")
      expect(session.data).toMatchObject({ method: "cash-on-delivery", amount_due: "2150", currency_code: "kgs" })

      const { data } = await api.post(`/store/carts/${cartId}/complete`, {}, store)
      expect(data.type).toBe("order")
      expect(data.order).toMatchObject({ currency_code: "kgs", total: 2150 })
      const collection = await paymentsOf(data.order.id)
      expect(collection.status).toBe("authorized")
      expect(collection.payments).toEqual([
        expect.objectContaining({ provider_id: "pp_cash-on-delivery_ovop", amount: 2150, captured_at: null }),
      ])

      const staff = await signInAsStaff(getContainer(), api)
      await api.post(`/admin/payments/${collection.payments[0]?.id}/capture`, {}, staff)
      const captured = await paymentsOf(data.order.id)
      expect(captured.status).toBe("completed")
      expect(captured.payments[0]?.captured_at).not.toBeNull()
    })

    it("completes a bank-transfer order whose payment carries the reference to quote and the association's account", async () => {
      const { cartId, session } = await kyrgyzCheckout("pp_bank-transfer_ovop")
      const reference = `OVOP-${session.id.slice(-8).toUpperCase()}`
      expect(session.data).toMatchObject({
        method: "bank-transfer",
        reference,
        amount_due: "2150",
        currency_code: "kgs",
        bank: {
          bank_name: "Test Bank, Karakol branch",
          account_holder: "Issyk-Kul OVOP Association",
          account_number: "1180000000000042",
          bik: "118000",
          placeholder: false,
        },
      })

      const { data } = await api.post(`/store/carts/${cartId}/complete`, {}, store)
      expect(data.type).toBe("order")
      const collection = await paymentsOf(data.order.id)
      expect(collection.status).toBe("authorized")
      expect(collection.payments).toEqual([
        expect.objectContaining({ provider_id: "pp_bank-transfer_ovop", amount: 2150, captured_at: null }),
      ])
      expect(collection.payments[0]?.data).toMatchObject({ reference, method: "bank-transfer" })
    })
  },
})
