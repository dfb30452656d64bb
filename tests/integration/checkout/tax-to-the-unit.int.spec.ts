import { Modules } from "@medusajs/framework/utils"
import { updateTaxRatesWorkflow } from "@medusajs/medusa/core-flows"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { includedTax } from "@ovop/domain"
import { beforeAll, expect, it } from "vitest"
import { seedTaxRegions } from "../../../backend/src/lib/tax-regions"
import { signInAsStaff } from "../fixtures/admin"
import {
  type CheckoutShop,
  createCheckoutShop,
  createStockedProduct,
  japanRegion,
  kyrgyzRegion,
  readyToPay,
  shopperCart,
} from "../fixtures/checkout"
import { backendDir } from "../setup/paths"

// No Stripe key: Japan pays with Medusa's system provider.
delete process.env.STRIPE_API_KEY

/**
 * Every amount of `value` that is not a whole number of yen or som, with its path: numbers, and
 * the decimal strings Medusa keeps in its `raw_*` fields (`{ value: "454.5454...", precision }`).
 */
function fractionalAmounts(value: unknown, path = "$"): string[] {
  if (typeof value === "number") return Number.isInteger(value) ? [] : [`${path} = ${value}`]
  if (typeof value === "string") {
    const raw = /\.raw_\w+\.value$/.test(path) && /^-?\d+(\.\d+)?$/.test(value)
    return raw && !Number.isInteger(Number(value)) ? [`${path} = ${value}`] : []
  }
  if (Array.isArray(value)) return value.flatMap((entry, index) => fractionalAmounts(entry, `${path}[${index}]`))
  if (value && typeof value === "object") {
    return Object.entries(value).flatMap(([key, entry]) => fractionalAmounts(entry, `${path}.${key}`))
  }
  return []
}

/** The amounts and tax lines an order shows, on top of each API's default fields. */
const ORDER_FIELDS = [
  "+metadata",
  "+currency_code",
  "+item_subtotal",
  "+item_tax_total",
  "+shipping_subtotal",
  "+shipping_tax_total",
  "+original_total",
  "+original_tax_total",
  "+discount_total",
  "*items",
  "*items.tax_lines",
  "*shipping_methods",
  "*shipping_methods.tax_lines",
].join(",")

medusaIntegrationTestRunner({
  cwd: backendDir,
  testSuite: ({ api, getContainer }) => {
    let shop: CheckoutShop
    let staff: { headers: { authorization: string } }
    let jamVariant: string
    let slippersVariant: string
    let buyers = 0

    beforeAll(async () => {
      const container = getContainer()
      shop = await createCheckoutShop(container, [kyrgyzRegion(), japanRegion()])
      // The shop's tax regions as the seed makes them: VAT 12% in Kyrgyzstan; no Japanese tax, the shop
      // sells to Japan from abroad (delivery duty unpaid: the buyer pays import tax at delivery).
      await seedTaxRegions(container)
      staff = await signInAsStaff(container, api)
      ;({ variantId: jamVariant } = await createStockedProduct(container, shop, {
        title: "Sea-buckthorn jam",
        sku: "TUP-SEABUCKTHORN-JAM-250G",
        size: "250 g",
        prices: [
          { currency_code: "jpy", amount: 500 },
          { currency_code: "kgs", amount: 350 },
        ],
        stock: 50,
      }))
      ;({ variantId: slippersVariant } = await createStockedProduct(container, shop, {
        title: "Felt slippers",
        sku: "KOC-FELT-SLIPPERS-38",
        size: "38",
        prices: [
          { currency_code: "jpy", amount: 1280 },
          { currency_code: "kgs", amount: 480 },
        ],
        stock: 50,
      }))
    })

    /** Places an order in `region` for `jams` jars of jam and one pair of slippers; answers it with its token. */
    const placeOrder = async (region: string, jams: number, beforeCompleting?: (cartId: string) => Promise<void>) => {
      const cartId = await shopperCart(api, shop, {
        region,
        buyer: ++buyers,
        items: [
          { variant_id: jamVariant, quantity: jams },
          { variant_id: slippersVariant, quantity: 1 },
        ],
      })
      await beforeCompleting?.(cartId)
      await readyToPay(api, shop, cartId, { region })
      // What the checkout's review shows: the cart with the tax its prices include.
      const { data: ready } = await api.get(`/store/carts/${cartId}`, shop.store)
      const { data } = await api.post(`/store/carts/${cartId}/complete`, {}, shop.store)
      expect(data.type).toBe("order")
      return {
        cartId,
        orderId: data.order.id as string,
        token: data.order_token as string,
        cartTax: ready.cart.ovop_tax,
        placedTax: data.order.metadata?.ovop_tax,
      }
    }

    /** The order as the store API (with the guest's token) and the admin API answer it. */
    const readOrder = async (orderId: string, token: string) => {
      const query = `?fields=${encodeURIComponent(ORDER_FIELDS)}`
      const [store, admin] = await Promise.all([
        api.get(`/store/orders/${orderId}${query}`, { headers: { ...shop.store.headers, "x-order-token": token } }),
        api.get(`/admin/orders/${orderId}${query}`, staff),
      ])
      return { store: store.data.order, admin: admin.data.order }
    }

    it("keeps every amount of a Japanese order in whole yen, with no Japanese consumption tax in it", async () => {
      // 3 x 500 yen + 1 x 1,280 yen + EMS 2,800 yen = 5,580 yen, no tax included (sold from abroad).
      const { orderId, token, cartTax, placedTax } = await placeOrder("Japan", 3)
      const { store, admin } = await readOrder(orderId, token)
      // The review, the checkout's answer (kept for the confirmation page) and the order agree.
      expect(cartTax).toEqual(admin.metadata.ovop_tax)
      expect(placedTax).toEqual(admin.metadata.ovop_tax)

      for (const order of [store, admin]) {
        expect(order.currency_code).toBe("jpy")
        expect(order.total).toBe(5580)
        expect(order.items).toHaveLength(2)
        expect(order.shipping_methods).toHaveLength(1)
        expect(fractionalAmounts(order)).toEqual([])
        expect(order.metadata.ovop_tax).toEqual({ currency_code: "jpy", rates: [], tax_total: 0 })
        expect(order.tax_total ?? 0).toBe(0)
      }

      // The confirmation email says the same, to the yen (the cart had no language: English).
      const notifications = getContainer().resolve("notification")
      const emails = () => notifications.listNotifications({ resource_id: orderId, trigger_type: "order.placed" })
      await expect.poll(async () => (await emails()).length, { timeout: 30_000, interval: 200 }).toBe(1)
      const [email] = await emails()
      expect(email?.data?.text).toContain("Total: ¥5,580")
      expect(email?.data?.text).not.toContain("Including tax")
      expect(email?.data?.text).toContain("may be charged on delivery")
    })

    it("keeps every amount of a Kyrgyz order in whole som, its VAT once on the order", async () => {
      // 2 x 350 som + 1 x 480 som + courier 250 som = 1,430 som, which includes 153.21... som at 12%.
      const { orderId, token } = await placeOrder("Kyrgyzstan", 2)
      const { store, admin } = await readOrder(orderId, token)

      for (const order of [store, admin]) {
        expect(order.total).toBe(1430)
        expect(fractionalAmounts(order)).toEqual([])
        expect(order.metadata.ovop_tax).toMatchObject({ rates: [{ rate: 12, code: "VAT", gross: 1430, tax: 153 }] })
        expect(order.metadata.ovop_tax.tax_total).toBe(includedTax(order.total, 12, "kgs"))
      }
    })

    it("writes the breakdown once, keeping the cart's metadata, however often checkout completes", async () => {
      const { cartId, orderId, token } = await placeOrder("Kyrgyzstan", 1, async (cartId) => {
        // A shopper cannot write the store's keys into a cart's metadata (cart-input-guard).
        const forged = await api
          .post(`/store/carts/${cartId}`, { metadata: { ovop_tax: { tax_total: 0 } } }, shop.store)
          .catch((error: { response: { status: number } }) => error.response)
        expect(forged.status).toBe(400)
        await api.post(`/store/carts/${cartId}`, { metadata: { gift_note: "for Keiko" } }, shop.store)
      })
      const again = await api.post(`/store/carts/${cartId}/complete`, {}, shop.store)
      expect(again.data.order.id).toBe(orderId)

      const { admin } = await readOrder(orderId, token)
      // 350 + 480 + 250 = 1,080 som includes 115.71... som.
      expect(admin.metadata).toEqual({
        gift_note: "for Keiko",
        ovop_tax: {
          currency_code: "kgs",
          rates: [{ rate: 12, code: "VAT", name: "VAT (НДС)", gross: 1080, tax: 115 }],
          tax_total: 115,
        },
      })
    })

    it("brings a database seeded with Japan's former 10% consumption tax in line, once", async () => {
      const container = getContainer()
      const taxModule = container.resolve(Modules.TAX)
      const japanRate = async () => {
        const [region] = (await taxModule.listTaxRegions({ country_code: "jp" })).filter((r) => !r.parent_id)
        const rates = await taxModule.listTaxRates({ tax_region_id: region?.id })
        return rates.find((rate) => rate.is_default)
      }
      const before = await japanRate()
      await updateTaxRatesWorkflow(container).run({
        input: {
          selector: { id: before?.id },
          update: { rate: 10, code: "JCT", name: "Consumption tax (消費税)" },
        },
      })
      expect(await seedTaxRegions(container)).toEqual({ created: 0, updated: 1, unchanged: 1 })
      expect(await japanRate()).toMatchObject({ rate: 0, code: "NONE" })
      expect(await seedTaxRegions(container)).toEqual({ created: 0, updated: 0, unchanged: 2 })
    })
  },
})
