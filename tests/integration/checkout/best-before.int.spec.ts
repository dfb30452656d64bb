import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { associationDay } from "@ovop/domain"
import { beforeAll, describe, expect, it } from "vitest"
import { expirePastBestBeforeLots } from "../../../backend/src/jobs/expire-harvest-lots"
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

// biome-ignore lint/suspicious/noExplicitAny: the test client's answers are read field by field
type Answer = { status: number; data: any }
const failure = (error: { response: Answer }): Answer => error.response

/** A Bishkek calendar day `offset` days from today, as a lot's date is stored (UTC midnight). */
const dayFromToday = (offset: number) => {
  const today = new Date(`${associationDay(new Date())}T00:00:00Z`)
  return new Date(today.getTime() + offset * 86_400_000).toISOString().slice(0, 10)
}

type HarvestService = {
  createHarvestLots: (data: Record<string, unknown>) => Promise<{ id: string }>
  updateHarvestLots: (data: Record<string, unknown>) => Promise<unknown>
  retrieveHarvestLot: (id: string) => Promise<{ status: string }>
}

medusaIntegrationTestRunner({
  cwd: backendDir,
  testSuite: ({ api, getContainer }) => {
    let shop: CheckoutShop
    let sku = 0
    const harvest = () => getContainer().resolve("harvest") as HarvestService

    beforeAll(async () => {
      shop = await createCheckoutShop(getContainer(), [japanRegion()])
    })

    /**
     * A jam whose shelf holds the given available lots (oldest first), each lot's units on the
     * shelf: `best_before` offsets in days from today, negative when passed.
     */
    const jamFromLots = async (lots: { units: number; bestBeforeIn: number }[]) => {
      sku += 1
      const title = `Sea-buckthorn jam ${sku}`
      const product = await createStockedProduct(getContainer(), shop, {
        title,
        sku: `BB-JAM-${sku}`,
        size: "Jar",
        prices: [{ currency_code: "jpy", amount: 1200 }],
        stock: lots.reduce((sum, lot) => sum + lot.units, 0),
      })
      const lotIds: string[] = []
      for (const [index, lot] of lots.entries()) {
        const created = await harvest().createHarvestLots({
          lot_number: `BB-JAM-${sku}-${index}`,
          variant_id: product.variantId,
          producer_group_id: "pgrp_fixture",
          forecast_quantity: lot.units,
          produced_quantity: lot.units,
          status: "available",
          production_date: dayFromToday(lot.bestBeforeIn - 365 + index),
          best_before: dayFromToday(lot.bestBeforeIn),
        })
        lotIds.push(created.id)
      }
      return { ...product, title, lotIds }
    }

    const addToCart = (cartId: string, variantId: string, quantity: number) =>
      api
        .post(`/store/carts/${cartId}/line-items`, { variant_id: variantId, quantity }, shop.store)
        .catch(failure) as Promise<Answer>
    const complete = (cartId: string) =>
      api.post(`/store/carts/${cartId}/complete`, {}, shop.store).catch(failure) as Promise<Answer>

    describe("adding to the cart", () => {
      it("refuses a product whose only lot is past its best-before day, naming it", async () => {
        const jam = await jamFromLots([{ units: 12, bestBeforeIn: -2 }])
        const cartId = await shopperCart(api, shop, { region: "Japan", buyer: 1 })
        const answer = await addToCart(cartId, jam.variantId, 1)
        expect(answer.status).toBe(400)
        expect(answer.data).toMatchObject({
          code: "past_best_before",
          params: { product: jam.title, product_id: jam.productId, best_before: dayFromToday(-2), left: 0 },
        })
        expect(answer.data.message).toContain(jam.title)
      })

      it("sells the units of a fresh lot beside a stale one, never the stale ones", async () => {
        const jam = await jamFromLots([
          { units: 10, bestBeforeIn: -1 },
          { units: 4, bestBeforeIn: 200 },
        ])
        const cartId = await shopperCart(api, shop, { region: "Japan", buyer: 2 })
        expect((await addToCart(cartId, jam.variantId, 4)).status).toBe(200)
        const more = await addToCart(cartId, jam.variantId, 1)
        expect(more.status).toBe(400)
        expect(more.data).toMatchObject({ code: "past_best_before", params: { left: 0 } })
      })

      it("sells a lot on its best-before day", async () => {
        const jam = await jamFromLots([{ units: 3, bestBeforeIn: 0 }])
        const cartId = await shopperCart(api, shop, { region: "Japan", buyer: 3 })
        expect((await addToCart(cartId, jam.variantId, 3)).status).toBe(200)
      })
    })

    describe("completing the cart", () => {
      it("is refused when the line's lot passed its best-before day after it was added, before and after the job", async () => {
        const jam = await jamFromLots([{ units: 6, bestBeforeIn: 30 }])
        const cartId = await shopperCart(api, shop, { region: "Japan", buyer: 4 })
        expect((await addToCart(cartId, jam.variantId, 2)).status).toBe(200)
        await readyToPay(api, shop, cartId, { region: "Japan" })
        // The lot's day passes (staff correct the date; the same as the calendar moving on).
        await harvest().updateHarvestLots({ id: jam.lotIds[0], best_before: dayFromToday(-1) })
        const refused = await complete(cartId)
        expect(refused.status).toBe(400)
        expect(refused.data).toMatchObject({
          code: "past_best_before",
          params: { product: jam.title, best_before: dayFromToday(-1), left: 0 },
        })
        // The daily job takes the lot off sale: the checkout is still refused, for the same reason.
        await expirePastBestBeforeLots(getContainer())
        expect(await shelfStock(getContainer(), shop, jam.inventoryItemId)).toEqual({ stocked: 0, reserved: 0 })
        const again = await complete(cartId)
        expect(again.status).toBe(400)
        expect(again.data.code).toBe("past_best_before")
        expect(await getContainer().resolve("order").listOrders({})).toHaveLength(0)
      })
    })

    describe("the daily expiry job", () => {
      it("expires lots past their best-before day and takes their units off the shelf, once", async () => {
        const jam = await jamFromLots([
          { units: 10, bestBeforeIn: -3 },
          { units: 5, bestBeforeIn: 100 },
        ])
        const [staleLot, freshLot] = jam.lotIds as [string, string]
        const first = await expirePastBestBeforeLots(getContainer())
        expect(first.failed).toEqual([])
        expect(first.expired).toContain(`BB-JAM-${sku}-0`)
        expect(first.expired).not.toContain(`BB-JAM-${sku}-1`)
        expect((await harvest().retrieveHarvestLot(staleLot)).status).toBe("expired")
        expect((await harvest().retrieveHarvestLot(freshLot)).status).toBe("available")
        expect(await shelfStock(getContainer(), shop, jam.inventoryItemId)).toEqual({ stocked: 5, reserved: 0 })

        const second = await expirePastBestBeforeLots(getContainer())
        expect(second).toEqual({ expired: [], failed: [] })
        expect(await shelfStock(getContainer(), shop, jam.inventoryItemId)).toEqual({ stocked: 5, reserved: 0 })
        // The fresh units are still sold.
        const cartId = await shopperCart(api, shop, { region: "Japan", buyer: 5 })
        expect((await addToCart(cartId, jam.variantId, 5)).status).toBe(200)
      })
    })
  },
})
