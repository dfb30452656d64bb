import { createProductsWorkflow } from "@medusajs/medusa/core-flows"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { beforeAll, describe, expect, it } from "vitest"
import { type CheckoutShop, createCheckoutShop, japanRegion, kyrgyzRegion } from "../fixtures/checkout"
import { switchCartsToJapan, transferTwoCartsToOneCustomer } from "../fixtures/repeated-cart-updates"
import { integrationRedisPort } from "../setup/database"
import { backendDir } from "../setup/paths"

// The production switch REDIS_URL, against the real Redis the global setup starts (Debian's
// `redis-server`, which .ci/run installs): Medusa's Redis event bus, workflow engine, locking
// and caching modules.
process.env.REDIS_URL = `redis://localhost:${integrationRedisPort}`

medusaIntegrationTestRunner({
  cwd: backendDir,
  testSuite: ({ api, getContainer }) => {
    let shop: CheckoutShop
    let store: { headers: Record<string, string> }

    beforeAll(async () => {
      shop = await createCheckoutShop(getContainer(), [kyrgyzRegion(["pp_system_default"]), japanRegion()])
      store = shop.store
      await createProductsWorkflow(getContainer()).run({
        input: {
          products: [
            {
              title: "Plant-dyed wool yarn",
              status: "published",
              options: [{ title: "Colour", values: ["Walnut"] }],
              variants: [
                { title: "Walnut", options: { Colour: "Walnut" }, prices: [{ currency_code: "usd", amount: 9 }] },
              ],
              sales_channels: [{ id: shop.salesChannelId }],
            },
          ],
        },
      })
    })

    describe("with REDIS_URL set", () => {
      it("runs Medusa's event bus on Redis, with the Redis workflow engine, locking and caching loaded", () => {
        const container = getContainer()
        const names = (key: string) => (container.resolve(key) as object).constructor.name
        expect(names("event_bus")).toMatch(/Redis/i)
        expect(names("workflows")).toMatch(/Workflow/i)
        expect(container.hasRegistration("caching")).toBe(true)
        expect((container.resolve("caching") as object).constructor.name).toBe("CopyingCachingService")
      })

      it("moves every cart to yen, though the Japan region is read from the Redis cache after the first", async () => {
        expect(await switchCartsToJapan(api, shop)).toEqual(["jpy", "jpy", "jpy"])
      })

      it("hands a guest cart to a customer on every sign-in, though the customer is read from the Redis cache", async () => {
        const { customerId, cartCustomerIds } = await transferTwoCartsToOneCustomer(api, shop)
        expect(cartCustomerIds).toEqual([customerId, customerId])
      })

      it("answers 409 with the shop's message when Redis locking finds the cart held by another request", async () => {
        const { data: created } = await api.post(
          "/store/carts",
          { region_id: shop.regions.Kyrgyzstan?.regionId },
          store,
        )
        const cartId = created.cart.id as string
        const { data: products } = await api.get("/store/products?fields=variants.id", store)
        const variantId = products.products[0].variants[0].id as string
        // What Medusa's cart flows take (key: the cart id), held as a slow request would hold it.
        const locking = getContainer().resolve("locking")
        await locking.acquire(cartId, { ownerId: "slow-request", expire: 30 })
        try {
          const busy = await api
            .post(
              `/store/carts/${cartId}/line-items`,
              { variant_id: variantId, quantity: 1 },
              {
                headers: { ...store.headers, "x-medusa-locale": "ru" },
              },
            )
            .catch((error: { response: { status: number; data: unknown } }) => error.response)
          expect(busy.status).toBe(409)
          expect(busy.data).toMatchObject({
            code: "cart_busy",
            message: "Корзина сейчас меняется в другом окне или вкладке: попробуйте ещё раз через минуту",
          })
        } finally {
          await locking.release(cartId, { ownerId: "slow-request" })
        }
      })

      it("serves the store API and runs workflows through Redis", async () => {
        const { data } = await api.get("/store/products?fields=title", store)
        expect(data.products.map((p: { title: string }) => p.title)).toEqual(["Plant-dyed wool yarn"])
      })
    })
  },
})
