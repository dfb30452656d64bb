import { Modules } from "@medusajs/framework/utils"
import { createProductCategoriesWorkflow, updateProductsWorkflow } from "@medusajs/medusa/core-flows"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { RESTRICTIONS_METADATA_KEY } from "@ovop/domain"
import { beforeAll, expect, it } from "vitest"
import type { SeedRun } from "../../../backend/src/scripts/seed/run"
import { seedRestrictions } from "../../../backend/src/scripts/seed/steps/restrictions"
import {
  type CheckoutShop,
  createCheckoutShop,
  createStockedProduct,
  japanRegion,
  kyrgyzRegion,
  readyToPay,
  shopperAddress,
  shopperCart,
} from "../fixtures/checkout"
import { backendDir } from "../setup/paths"

// No Stripe key: Japan pays with Medusa's system provider.
delete process.env.STRIPE_API_KEY

// biome-ignore lint/suspicious/noExplicitAny: the test client's answers are read field by field
type Answer = { status: number; data: any }
const failure = (error: { response: Answer }): Answer => error.response

medusaIntegrationTestRunner({
  cwd: backendDir,
  testSuite: ({ api, getContainer }) => {
    let shop: CheckoutShop
    let jerky: { productId: string; variantId: string }
    let jam: { productId: string; variantId: string }
    let buyers = 0
    const japanese = () => ({ headers: { ...shop.store.headers, "x-medusa-locale": "ja" } })
    /** Waits for the order's confirmation email (so no subscriber is still writing when the test ends). */
    const confirmationSent = async (orderId: string) => {
      const notifications = getContainer().resolve(Modules.NOTIFICATION)
      await expect
        .poll(async () => (await notifications.listNotifications({ resource_id: orderId })).length, {
          timeout: 30_000,
          interval: 200,
        })
        .toBe(1)
    }

    beforeAll(async () => {
      const container = getContainer()
      shop = await createCheckoutShop(container, [kyrgyzRegion(), japanRegion()])
      const { result: categories } = await createProductCategoriesWorkflow(container).run({
        input: {
          product_categories: [{ name: "Jerky", handle: "jerky", is_active: true, metadata: { shelf: "winter" } }],
        },
      })
      // The seed's step marks the jerky category for Japan (seed/data/ovop/restrictions.json), once.
      const reports: Record<string, [number, number]> = {}
      const run = { container, report: (part: string, made: number, had: number) => (reports[part] = [made, had]) }
      await seedRestrictions(run as unknown as SeedRun, categories)
      expect(reports.restrictions).toEqual([1, 0])
      await seedRestrictions(run as unknown as SeedRun, categories)
      expect(reports.restrictions).toEqual([0, 1])
      const [category] = await container.resolve(Modules.PRODUCT).listProductCategories({ handle: "jerky" })
      if (!category) throw new Error("the jerky category was not made")
      expect(category.metadata?.shelf).toBe("winter")
      expect(category.metadata?.[RESTRICTIONS_METADATA_KEY]).toMatchObject([
        { country_code: "jp", reason_code: "animal_quarantine" },
      ])

      const prices = [
        { currency_code: "kgs", amount: 290 },
        { currency_code: "jpy", amount: 820 },
      ]
      jerky = await createStockedProduct(container, shop, {
        title: "Saruu beef jerky",
        sku: "SAR-BEEF-JERKY-50G",
        size: "50 g",
        prices,
        stock: 50,
      })
      await updateProductsWorkflow(container).run({
        input: { selector: { id: jerky.productId }, update: { category_ids: [category.id] } },
      })
      jam = await createStockedProduct(container, shop, {
        title: "Sea-buckthorn jam",
        sku: "TUP-SEABUCKTHORN-JAM-250G",
        size: "250 g",
        prices: [
          { currency_code: "kgs", amount: 350 },
          { currency_code: "jpy", amount: 500 },
        ],
        stock: 50,
      })
    })

    it("refuses jerky in a Japan cart, naming the product, the country and why, in the reader's language", async () => {
      const cartId = await shopperCart(api, shop, { region: "Japan", buyer: ++buyers })
      const refused = await api
        .post(`/store/carts/${cartId}/line-items`, { variant_id: jerky.variantId, quantity: 1 }, japanese())
        .catch(failure)
      expect(refused.status).toBe(400)
      expect(refused.data).toMatchObject({
        code: "restricted_destination",
        params: {
          product: "Saruu beef jerky",
          product_id: jerky.productId,
          country: "jp",
          reason_code: "animal_quarantine",
        },
      })
      expect(refused.data.params.restriction.ja).toContain("動物検疫")
      expect(refused.data.message).toMatch(/^「Saruu beef jerky」は日本へお届けできません。日本の動物検疫/)
      const { data } = await api.get(`/store/carts/${cartId}`, shop.store)
      expect(data.cart.items).toEqual([])

      // A cart made with the jerky in it is refused the same way, and not made.
      const made = await api
        .post(
          "/store/carts",
          { region_id: shop.regions.Japan?.regionId, items: [{ variant_id: jerky.variantId, quantity: 1 }] },
          shop.store,
        )
        .catch(failure)
      expect(made.status).toBe(400)
      expect(made.data.code).toBe("restricted_destination")
    })

    it("lets other products into a Japan cart and the jerky into a Kyrgyz one", async () => {
      const japan = await shopperCart(api, shop, { region: "Japan", buyer: ++buyers })
      const { data: withJam } = await api.post(
        `/store/carts/${japan}/line-items`,
        { variant_id: jam.variantId, quantity: 2 },
        shop.store,
      )
      expect(withJam.cart.items).toHaveLength(1)
      const { data: japanCart } = await api.get(`/store/carts/${japan}`, shop.store)
      expect(japanCart.cart.ovop_restricted_lines).toEqual([])

      const kyrgyz = await shopperCart(api, shop, { region: "Kyrgyzstan", buyer: ++buyers })
      const { data: withJerky } = await api.post(
        `/store/carts/${kyrgyz}/line-items`,
        { variant_id: jerky.variantId, quantity: 1 },
        shop.store,
      )
      expect(withJerky.cart.items).toHaveLength(1)
      const { data: kyrgyzCart } = await api.get(`/store/carts/${kyrgyz}`, shop.store)
      expect(kyrgyzCart.cart.ovop_restricted_lines).toEqual([])
      await readyToPay(api, shop, kyrgyz, { region: "Kyrgyzstan" })
      const { data: placed } = await api.post(`/store/carts/${kyrgyz}/complete`, {}, shop.store)
      expect(placed.type).toBe("order")
      await confirmationSent(placed.order.id)
    })

    it("names the jerky when a cart moves to Japan, refuses its checkout, and takes it once the line is gone", async () => {
      const cartId = await shopperCart(api, shop, {
        region: "Kyrgyzstan",
        buyer: ++buyers,
        items: [
          { variant_id: jam.variantId, quantity: 1 },
          { variant_id: jerky.variantId, quantity: 2 },
        ],
      })
      // The shopper moves to Japan: the address is taken, the cart names the line that cannot follow.
      const { data: moved } = await api.post(
        `/store/carts/${cartId}`,
        { region_id: shop.regions.Japan?.regionId, shipping_address: shopperAddress.jp },
        shop.store,
      )
      expect(moved.cart.shipping_address.country_code).toBe("jp")
      const jerkyLine = moved.cart.items.find((item: { variant_id: string }) => item.variant_id === jerky.variantId)
      expect(moved.cart.ovop_restricted_lines).toEqual([
        expect.objectContaining({
          line_id: jerkyLine.id,
          product_id: jerky.productId,
          country: "jp",
          reason_code: "animal_quarantine",
        }),
      ])
      const { data: read } = await api.get(`/store/carts/${cartId}`, shop.store)
      expect(read.cart.ovop_restricted_lines.map((line: { line_id: string }) => line.line_id)).toEqual([jerkyLine.id])

      await readyToPay(api, shop, cartId, { region: "Japan" })
      const refused = await api.post(`/store/carts/${cartId}/complete`, {}, japanese()).catch(failure)
      expect(refused.status).toBe(400)
      expect(refused.data).toMatchObject({
        code: "restricted_lines",
        params: { country: "jp", lines: [{ line_id: jerkyLine.id, product_id: jerky.productId }] },
      })
      expect(refused.data.message).toBe(
        "「Saruu beef jerky」は日本へお届けできません。ご注文の前にカートから削除してください",
      )
      const { data: still } = await api.get(`/store/carts/${cartId}`, shop.store)
      expect(still.cart.completed_at).toBeNull()

      await api.delete(`/store/carts/${cartId}/line-items/${jerkyLine.id}`, shop.store)
      await readyToPay(api, shop, cartId, { region: "Japan" })
      const { data: placed } = await api.post(`/store/carts/${cartId}/complete`, {}, shop.store)
      expect(placed.type).toBe("order")
      expect(placed.order.items.map((item: { product_id: string }) => item.product_id)).toEqual([jam.productId])
      await confirmationSent(placed.order.id)
    })
  },
})
