import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { beforeAll, describe, expect, it } from "vitest"
import {
  type CheckoutShop,
  createCheckoutShop,
  createStockedProduct,
  japanRegion,
  readyToPay,
  shelfStock,
  shopperCart,
} from "../fixtures/checkout"
import { backendDir } from "../setup/paths"

type ApiError = { response: { status: number; data: { message: string; type?: string } } }
const failure = (error: ApiError) => error.response

medusaIntegrationTestRunner({
  cwd: backendDir,
  testSuite: ({ api, getContainer }) => {
    let checkout: CheckoutShop
    let variantId: string
    let inventoryItemId: string

    beforeAll(async () => {
      const container = getContainer()
      checkout = await createCheckoutShop(container, [japanRegion()])
      // Honey with five jars left.
      ;({ variantId, inventoryItemId } = await createStockedProduct(container, checkout, {
        title: "White sainfoin honey",
        sku: "ANA-SAINFOIN-HONEY-500G",
        size: "Jar",
        prices: [{ currency_code: "jpy", amount: 2400 }],
        stock: 5,
      }))
    })

    /** A cart with one jar, an address in Japan, EMS and a payment session: ready to complete. */
    const readyCart = async (buyer: number) => {
      const cartId = await shopperCart(api, checkout, {
        region: "Japan",
        buyer,
        items: [{ variant_id: variantId, quantity: 1 }],
      })
      await readyToPay(api, checkout, cartId, { region: "Japan" })
      return cartId
    }

    const level = () => shelfStock(getContainer(), checkout, inventoryItemId)

    describe("30 buyers, 5 jars", () => {
      it("makes exactly 5 orders and tells the other 25 it is sold out, and a retried completion makes no second order", async () => {
        const carts: string[] = []
        for (let buyer = 1; buyer <= 30; buyer++) carts.push(await readyCart(buyer))

        const outcomes = await Promise.all(
          carts.map((cartId) => api.post(`/store/carts/${cartId}/complete`, {}, checkout.store).catch(failure)),
        )
        const orders = outcomes.filter((o) => o.status === 200 && (o.data as { type?: string }).type === "order")
        const refused = outcomes.filter((o) => !orders.includes(o))
        expect(orders).toHaveLength(5)
        expect(refused).toHaveLength(25)
        for (const answer of refused) {
          expect(answer.status).toBe(400)
          expect(answer.data).toMatchObject({
            type: "not_allowed",
            code: "sold_out_during_checkout",
            params: { product: "White sainfoin honey" },
            message:
              '"White sainfoin honey" sold out while you were checking out: lower the quantity or remove it from your cart',
          })
        }
        expect(await level()).toEqual({ stocked: 5, reserved: 5 })

        // The same completion again answers the same order and books nothing more.
        const first = orders[0]?.data as { order: { id: string } }
        const completedCart = carts.find((_, index) => outcomes[index] === orders[0])
        const again = await api.post(`/store/carts/${completedCart}/complete`, {}, checkout.store)
        expect(again.data.order.id).toBe(first.order.id)
        const allOrders = await getContainer().resolve("order").listOrders({})
        expect(allOrders).toHaveLength(5)
        expect(await level()).toEqual({ stocked: 5, reserved: 5 })
      })
    })
  },
})
