import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { beforeAll, expect, it } from "vitest"
import { signInAsStaff } from "../fixtures/admin"
import {
  type CheckoutShop,
  createCheckoutShop,
  createStockedProduct,
  kyrgyzRegion,
  type OrderPaymentCollection,
  orderWithPayments,
  readyToPay,
  shopperAddress,
  shopperCart,
} from "../fixtures/checkout"
import { backendDir } from "../setup/paths"

// The association's account as the bank transfer shows it (test values, not a real account).
process.env.OVOP_BANK_NAME = "Test Bank, Karakol branch"
process.env.OVOP_BANK_ACCOUNT_HOLDER = "Issyk-Kul OVOP Association"
process.env.OVOP_BANK_ACCOUNT_NUMBER = "1180000000000042"
process.env.OVOP_BANK_BIK = "118000"
// No Stripe key: Kyrgyz ways to pay need none.
delete process.env.STRIPE_API_KEY

medusaIntegrationTestRunner({
  cwd: backendDir,
  testSuite: ({ api, getContainer }) => {
    let store: { headers: Record<string, string> }
    let shop: CheckoutShop
    let variantId: string
    let buyers = 0

    beforeAll(async () => {
      const container = getContainer()
      shop = await createCheckoutShop(container, [kyrgyzRegion()])
      store = shop.store
      ;({ variantId } = await createStockedProduct(container, shop, {
        title: "White sainfoin honey",
        sku: "ANA-SAINFOIN-HONEY-500G",
        size: "500 g",
        prices: [{ currency_code: "kgs", amount: 950 }],
        stock: 20,
      }))
    })

    /** A Kyrgyz cart with two jars and the courier, paid the given way; returns the cart and session. */
    const kyrgyzCheckout = async (providerId: string) => {
      const cartId = await shopperCart(api, shop, {
        region: "Kyrgyzstan",
        buyer: ++buyers,
        items: [{ variant_id: variantId, quantity: 2 }],
      })
      const session = await readyToPay(api, shop, cartId, { region: "Kyrgyzstan", providerId })
      return { cartId, session }
    }

    /** The order's one payment collection. */
    const paymentsOf = async (orderId: string) =>
      (await orderWithPayments(getContainer(), orderId)).payment_collections[0] as OrderPaymentCollection

    it("offers the region's two ways to pay to the storefront", async () => {
      const { data } = await api.get(`/store/payment-providers?region_id=${shop.regions.Kyrgyzstan?.regionId}`, store)
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
          demo: false,
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

    /** A Kyrgyz cart with one jar whose delivery address has the given phone (none when undefined). */
    const cartWithPhone = async (phone: string | undefined) => {
      const cartId = await shopperCart(api, shop, {
        region: "Kyrgyzstan",
        buyer: ++buyers,
        items: [{ variant_id: variantId, quantity: 1 }],
      })
      const { phone: _phone, ...address } = shopperAddress.kg
      await api.post(
        `/store/carts/${cartId}`,
        { shipping_address: phone === undefined ? { ...address, phone: "" } : { ...address, phone } },
        store,
      )
      return cartId
    }
    const complete = (cartId: string) =>
      api
        .post(`/store/carts/${cartId}/complete`, {}, store)
        .catch((error: { response: { status: number; data: Record<string, unknown> } }) => error.response)

    it("refuses cash on delivery without a phone number, naming the field, and places nothing", async () => {
      const cartId = await cartWithPhone(undefined)
      await readyToPay(api, shop, cartId, { region: "Kyrgyzstan", providerId: "pp_cash-on-delivery_ovop" })
      const refused = await complete(cartId)
      expect(refused.status).toBe(400)
      expect(refused.data).toMatchObject({
        type: "invalid_data",
        code: "phone_required",
        params: { field: "shipping_address.phone", country: "kg", needs: "cash_on_delivery", problem: "missing" },
      })
      // With a Kyrgyz number the same cart completes.
      await api.post(
        `/store/carts/${cartId}`,
        { shipping_address: { ...shopperAddress.kg, phone: "0555 123 456" } },
        store,
      )
      expect((await complete(cartId)).data.type).toBe("order")
    })

    it("refuses the courier with a phone number that is not a Kyrgyz one, whatever the way to pay", async () => {
      const cartId = await cartWithPhone("555-12")
      await readyToPay(api, shop, cartId, { region: "Kyrgyzstan", providerId: "pp_bank-transfer_ovop" })
      const refused = await complete(cartId)
      expect(refused.status).toBe(400)
      expect(refused.data).toMatchObject({
        code: "phone_required",
        params: { field: "shipping_address.phone", needs: "courier", problem: "invalid" },
      })
    })
  },
})
