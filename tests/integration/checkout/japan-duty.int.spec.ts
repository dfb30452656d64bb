import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { estimateImportCharges, IMPORT_CHARGES_METADATA_KEY, includedTax, JAPAN_IMPORT_RULES } from "@ovop/domain"
import { afterEach, beforeAll, expect, it } from "vitest"
import { seedTaxRegions } from "../../../backend/src/lib/tax-regions"
import { signInAsStaff } from "../fixtures/admin"
import {
  type CheckoutShop,
  createCheckoutShop,
  createStockedProduct,
  japanRegion,
  kyrgyzRegion,
  shopperCart,
} from "../fixtures/checkout"
import { backendDir } from "../setup/paths"

// No Stripe key: Japan pays with Medusa's system provider.
delete process.env.STRIPE_API_KEY

type CartLine = { id: string; variant_id: string | null; quantity: number; unit_price: number; metadata: unknown }
type Cart = { id: string; total: number; items: CartLine[]; ovop_tax: { tax_total: number; rates: unknown[] } }

const JAM_HS = "200799"
const YARN_HS = "510910"
const dutyLinesOf = (cart: { items: CartLine[] }) =>
  cart.items.filter((item) => (item.metadata as Record<string, unknown> | null)?.[IMPORT_CHARGES_METADATA_KEY])

medusaIntegrationTestRunner({
  cwd: backendDir,
  testSuite: ({ api, getContainer }) => {
    let shop: CheckoutShop
    let staff: { headers: { authorization: string } }
    let jamVariant: string
    let yarnVariant: string
    let buyers = 0

    beforeAll(async () => {
      const container = getContainer()
      shop = await createCheckoutShop(container, [kyrgyzRegion(), japanRegion()])
      // The shop's tax regions as the seed makes them: VAT 12% in Kyrgyzstan, no Japanese tax.
      await seedTaxRegions(container)
      staff = await signInAsStaff(container, api)
      ;({ variantId: jamVariant } = await createStockedProduct(container, shop, {
        title: "Apricot jam",
        sku: "TOS-APRICOT-JAM-250G",
        size: "250 g",
        hs_code: JAM_HS,
        prices: [
          { currency_code: "jpy", amount: 2000 },
          { currency_code: "kgs", amount: 350 },
        ],
        stock: 50,
      }))
      ;({ variantId: yarnVariant } = await createStockedProduct(container, shop, {
        title: "Plant-dyed wool yarn",
        sku: "BOK-PLANT-DYED-YARN-100G",
        size: "100 g",
        hs_code: YARN_HS,
        prices: [
          { currency_code: "jpy", amount: 3000 },
          { currency_code: "kgs", amount: 600 },
        ],
        stock: 50,
      }))
    })

    afterEach(() => {
      delete process.env.OVOP_JAPAN_DUTY_PAID
    })

    const readCart = async (cartId: string): Promise<Cart> =>
      (await api.get(`/store/carts/${cartId}`, shop.store)).data.cart as Cart

    /** A cart in `region` with `jams` jars and `skeins` skeins and the region's delivery chosen. */
    const cartWithDelivery = async (region: string, jams: number, skeins: number) => {
      const cartId = await shopperCart(api, shop, {
        region,
        buyer: ++buyers,
        items: [
          { variant_id: jamVariant, quantity: jams },
          { variant_id: yarnVariant, quantity: skeins },
        ],
      })
      const option = shop.regions[region]?.shippingOptionId
      await api.post(`/store/carts/${cartId}/shipping-methods`, { option_id: option }, shop.store)
      return cartId
    }

    /** Pays with the region's first provider and completes; answers the order as staff read it. */
    const placeOrder = async (region: string, cartId: string) => {
      const { data: created } = await api.post("/store/payment-collections", { cart_id: cartId }, shop.store)
      await api.post(
        `/store/payment-collections/${created.payment_collection.id}/payment-sessions`,
        { provider_id: shop.regions[region]?.paymentProviders[0] },
        shop.store,
      )
      const { data } = await api.post(`/store/carts/${cartId}/complete`, {}, shop.store)
      expect(data.type).toBe("order")
      const again = await api.post(`/store/carts/${cartId}/complete`, {}, shop.store)
      expect(again.data.order.id).toBe(data.order.id)
      const fields = "+metadata,+total,*items,*payment_collections,*payment_collections.payments"
      const { data: read } = await api.get(`/admin/orders/${data.order.id}?fields=${encodeURIComponent(fields)}`, staff)
      return read.order
    }

    const confirmationText = async (orderId: string) => {
      const notifications = getContainer().resolve("notification")
      const emails = () => notifications.listNotifications({ resource_id: orderId, trigger_type: "order.placed" })
      await expect.poll(async () => (await emails()).length, { timeout: 30_000, interval: 200 }).toBe(1)
      const [email] = await emails()
      return String(email?.data?.text ?? "")
    }

    it("charges no Japanese consumption tax on a Japanese order shipped duty unpaid, and says who pays at delivery", async () => {
      // 3 x 2,000 yen + 5 x 3,000 yen + EMS 2,800 yen = 23,800 yen, with no tax in it.
      const cartId = await cartWithDelivery("Japan", 3, 5)
      const cart = await readCart(cartId)
      expect(cart.total).toBe(23_800)
      expect(dutyLinesOf(cart)).toEqual([])
      expect(cart.ovop_tax).toEqual({ currency_code: "jpy", rates: [], tax_total: 0 })

      const order = await placeOrder("Japan", cartId)
      expect(order.total).toBe(23_800)
      expect(order.items).toHaveLength(2)
      expect(order.metadata.ovop_tax).toEqual({ currency_code: "jpy", rates: [], tax_total: 0 })
      const text = await confirmationText(order.id)
      expect(text).toContain("Total: ¥23,800")
      expect(text).not.toContain("Including tax")
      expect(text).toContain("may be charged on delivery and are paid by the recipient")
    })

    it("adds one estimated duty-and-tax line to a duty-paid Japanese cart, follows the cart's changes and charges it", async () => {
      process.env.OVOP_JAPAN_DUTY_PAID = "true"
      const cartId = await cartWithDelivery("Japan", 3, 5)
      const estimateFor = (jams: number, skeins: number) =>
        estimateImportCharges(
          [
            { hsCode: JAM_HS, amount: jams * 2000 },
            { hsCode: YARN_HS, amount: skeins * 3000 },
          ],
          2800,
          JAPAN_IMPORT_RULES,
        )
      // 6,000 + 15,000 yen of goods are valued at 12,600 yen; with the EMS 15,400 yen: over 10,000 yen.
      const first = estimateFor(3, 5)
      expect(first.total).toBeGreaterThan(0)
      let cart = await readCart(cartId)
      expect(dutyLinesOf(cart)).toMatchObject([{ variant_id: null, quantity: 1, unit_price: first.total }])
      expect(cart.total).toBe(23_800 + first.total)
      expect(cart.ovop_tax.tax_total).toBe(0)

      // Fewer jars: the same line, re-estimated.
      const jamLine = cart.items.find((item) => item.variant_id === jamVariant)
      await api.post(`/store/carts/${cartId}/line-items/${jamLine?.id}`, { quantity: 1 }, shop.store)
      cart = await readCart(cartId)
      const second = estimateFor(1, 5)
      expect(dutyLinesOf(cart)).toMatchObject([{ quantity: 1, unit_price: second.total }])
      expect(cart.total).toBe(2000 + 15_000 + 2800 + second.total)

      // The yarn out: 1,200 yen of value and the EMS stay under 10,000 yen, nothing is owed, no line.
      const yarnLine = cart.items.find((item) => item.variant_id === yarnVariant)
      await api.delete(`/store/carts/${cartId}/line-items/${yarnLine?.id}`, shop.store)
      cart = await readCart(cartId)
      expect(estimateFor(1, 0).exempt).toBe(true)
      expect(dutyLinesOf(cart)).toEqual([])
      expect(cart.total).toBe(2000 + 2800)

      // The yarn back; a shopper who removes the duty line finds it back after the change.
      await api.post(`/store/carts/${cartId}/line-items`, { variant_id: yarnVariant, quantity: 5 }, shop.store)
      cart = await readCart(cartId)
      const [dutyLine] = dutyLinesOf(cart)
      await api.delete(`/store/carts/${cartId}/line-items/${dutyLine?.id}`, shop.store)
      cart = await readCart(cartId)
      expect(dutyLinesOf(cart)).toMatchObject([{ quantity: 1, unit_price: second.total }])

      const order = await placeOrder("Japan", cartId)
      const total = 2000 + 15_000 + 2800 + second.total
      expect(order.total).toBe(total)
      expect(order.items).toHaveLength(3)
      const orderDuty = dutyLinesOf(order)
      expect(orderDuty).toHaveLength(1)
      expect(orderDuty[0]?.metadata).toEqual({ [IMPORT_CHARGES_METADATA_KEY]: second })
      // The payment takes the duty with the goods, once.
      expect(order.payment_collections[0]?.payments[0]?.amount).toBe(total)
      const text = await confirmationText(order.id)
      expect(text).toContain(`Estimated import duty and tax: ¥${second.total.toLocaleString("en-US")}`)
      expect(text).toContain("nothing more is charged on delivery")
    })

    it("keeps Kyrgyzstan's 12% VAT included and adds no duty line there, duty paid to Japan or not", async () => {
      process.env.OVOP_JAPAN_DUTY_PAID = "true"
      // 2 x 350 som + 1 x 600 som + courier 250 som = 1,550 som, which includes 166.07... som at 12%.
      const cartId = await cartWithDelivery("Kyrgyzstan", 2, 1)
      const cart = await readCart(cartId)
      expect(dutyLinesOf(cart)).toEqual([])
      expect(cart.total).toBe(1550)
      expect(cart.ovop_tax).toMatchObject({ rates: [{ rate: 12, code: "VAT", gross: 1550, tax: 166 }], tax_total: 166 })
      expect(cart.ovop_tax.tax_total).toBe(includedTax(1550, 12, "kgs"))
      const order = await placeOrder("Kyrgyzstan", cartId)
      expect(order.metadata.ovop_tax.tax_total).toBe(166)
    })
  },
})
