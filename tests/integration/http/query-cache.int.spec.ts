import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { beforeAll, describe, expect, it } from "vitest"
import {
  type CheckoutShop,
  createCheckoutShop,
  createStockedProduct,
  japanRegion,
  kyrgyzRegion,
} from "../fixtures/checkout"
import { switchCartsToJapan, transferTwoCartsToOneCustomer } from "../fixtures/repeated-cart-updates"
import { backendDir } from "../setup/paths"

// The embedded default's query cache (`npm start` sets OVOP_QUERY_CACHE=memory): Medusa's core
// flows read regions, customers and stock through it, and one of its steps rewrites what it read.
process.env.OVOP_QUERY_CACHE = "memory"

medusaIntegrationTestRunner({
  cwd: backendDir,
  testSuite: ({ api, getContainer }) => {
    let shop: CheckoutShop
    let slippers: { productId: string }

    beforeAll(async () => {
      shop = await createCheckoutShop(getContainer(), [kyrgyzRegion(["pp_system_default"]), japanRegion()])
      slippers = await createStockedProduct(getContainer(), shop, {
        title: "Felt slippers",
        sku: "KYZYL-SUU-SLIPPERS-38",
        size: "38",
        prices: [{ currency_code: "kgs", amount: 1800 }],
        stock: 7,
      })
    })

    describe("with the in-memory query cache", () => {
      it("is loaded, through our copying module", () => {
        const caching = getContainer().resolve("caching") as object
        expect(caching.constructor.name).toBe("CopyingCachingService")
      })

      it("moves every cart to yen, not only the first one to ask for the Japan region", async () => {
        expect(await switchCartsToJapan(api, shop)).toEqual(["jpy", "jpy", "jpy"])
      })

      it("hands a guest cart to a customer on every sign-in, not only the first", async () => {
        const { customerId, cartCustomerIds } = await transferTwoCartsToOneCustomer(api, shop)
        expect(cartCustomerIds).toEqual([customerId, customerId])
      })

      it("reports the same stock on every read, cached or not (Medusa's quantities survive the copy)", async () => {
        const stockSeen: unknown[] = []
        for (let read = 0; read < 3; read++) {
          const { data } = await api.get(
            `/store/products?id=${slippers.productId}&fields=variants.inventory_quantity`,
            shop.store,
          )
          stockSeen.push(data.products[0]?.variants[0]?.inventory_quantity)
        }
        expect(stockSeen).toEqual([7, 7, 7])
      })
    })
  },
})
