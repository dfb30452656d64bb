import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { beforeAll, describe, expect, it } from "vitest"
import { signInAsStaff } from "../fixtures/admin"
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

/** A month (1-12) that is not the current one in Bishkek: the product is out of season now. */
const offSeasonMonth = () => {
  const month = Number(new Intl.DateTimeFormat("en", { month: "numeric", timeZone: "Asia/Bishkek" }).format(new Date()))
  return ((month + 5) % 12) + 1
}

type Lot = { id: string; status: string; preordered_quantity: number; allocated_quantity: number }
type Booking = {
  id: string
  refund_note?: string | null
  refunded_amount?: number | null
  refunded_at?: Date | null
  key: string
  lot_id: string
  quantity: number
  allocated_quantity: number
  refund_quantity: number
  status: string
  if_short: string
  order_id: string | null
  created_at: Date
}

medusaIntegrationTestRunner({
  cwd: backendDir,
  testSuite: ({ api, getContainer }) => {
    let checkout: CheckoutShop
    let admin: { headers: Record<string, string> }
    let variantId: string
    let inventoryItemId: string
    let lotA: string
    let lotB: string

    const harvest = () =>
      getContainer().resolve("harvest") as {
        createHarvestLots: (data: Record<string, unknown>) => Promise<{ id: string }>
        retrieveHarvestLot: (id: string) => Promise<Lot>
        listPreorders: (filters: Record<string, unknown>, config?: Record<string, unknown>) => Promise<Booking[]>
      }

    beforeAll(async () => {
      const container = getContainer()
      checkout = await createCheckoutShop(container, [japanRegion()])
      admin = await signInAsStaff(container, api as never)
      // Sea-buckthorn jam, out of season now and sold out: only next harvest's lots can be pre-ordered.
      ;({ variantId, inventoryItemId } = await createStockedProduct(container, checkout, {
        title: "Sea-buckthorn jam",
        sku: "TEP-SEABUCKTHORN-250G",
        size: "Jar",
        prices: [{ currency_code: "jpy", amount: 1200 }],
        stock: 0,
        metadata: { season_months: [offSeasonMonth()] },
      }))
      lotA = (
        await harvest().createHarvestLots({
          lot_number: "TEP-2027-08",
          variant_id: variantId,
          producer_group_id: "pgrp_fixture",
          forecast_quantity: 5,
          expected_shipping_month: "2027-08",
        })
      ).id
      lotB = (
        await harvest().createHarvestLots({
          lot_number: "TEP-2027-10",
          variant_id: variantId,
          producer_group_id: "pgrp_fixture",
          forecast_quantity: 10,
          expected_shipping_month: "2027-10",
        })
      ).id
    })

    const shelf = () => shelfStock(getContainer(), checkout, inventoryItemId)

    describe("pre-orders in the cart", () => {
      it("tells the shop the variant can be pre-ordered, with the month it ships", async () => {
        const { data } = await api.get(`/store/harvest?variant_id=${variantId}`, checkout.store)
        expect(data.variants[0].preorder).toEqual({ open: true, expected_shipping_month: "2027-08" })
        expect(JSON.stringify(data)).not.toContain("forecast")
      })

      it("refuses an ordinary add out of season but takes a pre-order up to the lot's forecast", async () => {
        const cartId = await shopperCart(api, checkout, { region: "Japan", buyer: 100 })
        const ordinary = await api
          .post(`/store/carts/${cartId}/line-items`, { variant_id: variantId, quantity: 1 }, checkout.store)
          .catch(failure)
        expect(ordinary.status).toBe(400)
        expect(ordinary.data.code).toBe("out_of_season")

        const tooMany = await api
          .post(`/store/carts/${cartId}/preorders`, { variant_id: variantId, quantity: 6 }, checkout.store)
          .catch(failure)
        expect(tooMany.status).toBe(400)
        expect(tooMany.data).toMatchObject({
          code: "preorder_too_few_left",
          params: { product: "Sea-buckthorn jam", left: 5 },
          message: 'only 5 of "Sea-buckthorn jam" can still be pre-ordered',
        })

        const { data } = await api.post(
          `/store/carts/${cartId}/preorders`,
          { variant_id: variantId, quantity: 2, if_short: "refund" },
          checkout.store,
        )
        expect(data.cart.items).toHaveLength(1)
        const line = data.cart.items[0]
        expect(line).toMatchObject({
          quantity: 2,
          unit_price: 1200,
          product_title: "Sea-buckthorn jam",
          variant_id: null,
        })
        expect(line.metadata.ovop_preorder).toMatchObject({
          lot_id: lotA,
          lot_number: "TEP-2027-08",
          expected_shipping_month: "2027-08",
          if_short: "refund",
        })
        expect(data.cart.total).toBe(2400)

        // Pre-ordering again adds to the same line; a quantity beyond the forecast is refused.
        const { data: again } = await api.post(
          `/store/carts/${cartId}/preorders`,
          { variant_id: variantId, quantity: 1 },
          checkout.store,
        )
        expect(again.cart.items).toHaveLength(1)
        expect(again.cart.items[0].quantity).toBe(3)
        const raised = await api
          .post(`/store/carts/${cartId}/line-items/${line.id}`, { quantity: 9 }, checkout.store)
          .catch(failure)
        expect(raised.status).toBe(400)
        expect(raised.data).toMatchObject({ code: "preorder_too_few_left", params: { left: 5 } })
        // Nothing is booked before checkout.
        expect((await harvest().retrieveHarvestLot(lotA)).preordered_quantity).toBe(0)
      })

      it("answers the refusals in the language the shop asked for", async () => {
        const cartId = await shopperCart(api, checkout, { region: "Japan", buyer: 102 })
        const inRussian = { headers: { ...checkout.store.headers, "x-medusa-locale": "ru" } }
        const inJapanese = { headers: { ...checkout.store.headers, "x-medusa-locale": "ja" } }
        const tooMany = await api
          .post(`/store/carts/${cartId}/preorders`, { variant_id: variantId, quantity: 6 }, inRussian)
          .catch(failure)
        expect(tooMany.status).toBe(400)
        expect(tooMany.data.message).toBe("«Sea-buckthorn jam»: для предзаказа осталось 5 шт.")
        const ordinary = await api
          .post(`/store/carts/${cartId}/line-items`, { variant_id: variantId, quantity: 1 }, inJapanese)
          .catch(failure)
        expect(ordinary.status).toBe(400)
        expect(ordinary.data.message).toMatch(/^「Sea-buckthorn jam」は現在季節外です（\d+月に再入荷予定）$/)
      })

      it("answers 400 naming the field for a bad body and 404 for an unknown cart", async () => {
        const cartId = await shopperCart(api, checkout, { region: "Japan", buyer: 101 })
        const bad = await api
          .post(`/store/carts/${cartId}/preorders`, { variant_id: variantId, quantity: 0 }, checkout.store)
          .catch(failure)
        expect(bad.status).toBe(400)
        expect(bad.data.message).toContain("quantity")
        const choice = await api
          .post(
            `/store/carts/${cartId}/preorders`,
            { variant_id: variantId, quantity: 1, if_short: "maybe" },
            checkout.store,
          )
          .catch(failure)
        expect(choice.status).toBe(400)
        expect(choice.data.message).toContain("if_short")
        const missing = await api
          .post("/store/carts/cart_missing/preorders", { variant_id: variantId, quantity: 1 }, checkout.store)
          .catch(failure)
        expect(missing.status).toBe(404)
      })
    })

    describe("30 buyers, a lot forecast at 5", () => {
      it("books exactly 5 pre-orders, refuses the other 25, and a retried completion books nothing more", async () => {
        const carts: string[] = []
        for (let buyer = 1; buyer <= 30; buyer++) {
          const cartId = await shopperCart(api, checkout, { region: "Japan", buyer })
          await api.post(
            `/store/carts/${cartId}/preorders`,
            { variant_id: variantId, quantity: 1, if_short: buyer % 2 ? "refund" : "wait" },
            checkout.store,
          )
          await readyToPay(api, checkout, cartId, { region: "Japan" })
          carts.push(cartId)
        }
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
            code: "fully_preordered",
            message: '"Sea-buckthorn jam" is fully pre-ordered',
          })
        }
        expect((await harvest().retrieveHarvestLot(lotA)).preordered_quantity).toBe(5)
        expect(await harvest().listPreorders({ lot_id: lotA })).toHaveLength(5)

        const first = orders[0]?.data as { order: { id: string } }
        const completedCart = carts.find((_, index) => outcomes[index] === orders[0]) as string
        const again = await api.post(`/store/carts/${completedCart}/complete`, {}, checkout.store)
        expect(again.data.order.id).toBe(first.order.id)
        expect((await harvest().retrieveHarvestLot(lotA)).preordered_quantity).toBe(5)
        expect(await harvest().listPreorders({ lot_id: lotA })).toHaveLength(5)
        expect(await getContainer().resolve("order").listOrders({})).toHaveLength(5)
        // No shelf stock was touched by pre-orders.
        expect(await shelf()).toEqual({ stocked: 0, reserved: 0 })
        const winners = orders.map((o) => (o.data as { order: { id: string } }).order.id)

        // Each booking is tied to its order once the order is placed (a subscriber).
        await expect
          .poll(async () => (await harvest().listPreorders({ lot_id: lotA })).filter((b) => b.order_id).length, {
            timeout: 10_000,
          })
          .toBe(5)
        const bookings = await harvest().listPreorders({ lot_id: lotA })
        expect(new Set(bookings.map((b) => b.order_id))).toEqual(new Set(winners))
      })
    })

    // The database is restored to its state after beforeAll before every test: each test books its own.
    describe("when the lot comes in", () => {
      /** Buyers pre-order one jar each and check out one after the other (oldest first). */
      const bookInTurn = async (choices: ("wait" | "refund")[]) => {
        for (const [index, if_short] of choices.entries()) {
          const cartId = await shopperCart(api, checkout, { region: "Japan", buyer: 200 + index })
          await api.post(
            `/store/carts/${cartId}/preorders`,
            { variant_id: variantId, quantity: 1, if_short },
            checkout.store,
          )
          await readyToPay(api, checkout, cartId, { region: "Japan" })
          const { data } = await api.post(`/store/carts/${cartId}/complete`, {}, checkout.store)
          expect(data.type).toBe("order")
        }
      }
      const bookingsOf = async (lotId: string) =>
        (await harvest().listPreorders({ lot_id: lotId })).sort(
          (a, b) => new Date(a.created_at).getTime() - new Date(b.created_at).getTime(),
        )
      const arrive = async (lotId: string, produced: number) => {
        await api.post(`/admin/harvest-lots/${lotId}/transition`, { to: "in_production" }, admin)
        const { data } = await api.post(
          `/admin/harvest-lots/${lotId}/transition`,
          { to: "available", produced_quantity: produced },
          admin,
        )
        return data.harvest_lot as Lot
      }

      it("serves the oldest pre-orders first from a short harvest; the rest wait for the next lot or are owed a refund", async () => {
        await bookInTurn(["wait", "refund", "wait", "refund", "wait"])
        const before = await bookingsOf(lotA)
        expect(before.map((b) => b.if_short)).toEqual(["wait", "refund", "wait", "refund", "wait"])

        const arrived = await arrive(lotA, 3)
        expect(arrived).toMatchObject({ status: "available", produced_quantity: 3, allocated_quantity: 3 })

        const after = await bookingsOf(lotA)
        expect(after.map((b) => [b.status, b.allocated_quantity, b.refund_quantity])).toEqual([
          ["allocated", 1, 0],
          ["allocated", 1, 0],
          ["allocated", 1, 0],
          ["refund_due", 0, 1],
          ["moved", 0, 0],
        ])
        // The fifth buyer chose to wait: the jar is now promised from the next lot, for the same order.
        const moved = await harvest().listPreorders({ lot_id: lotB })
        expect(moved).toHaveLength(1)
        expect(moved[0]).toMatchObject({ status: "waiting", quantity: 1, key: `${after[4]?.key}:${lotB}` })
        expect((await harvest().retrieveHarvestLot(lotB)).preordered_quantity).toBe(1)
        // All three jars went to pre-orders: none reached the shelf.
        expect(await shelf()).toEqual({ stocked: 0, reserved: 0 })
      })

      it("puts on the shelf only what is left after the pre-orders of a full harvest", async () => {
        await bookInTurn(["wait", "refund"])
        const arrived = await arrive(lotA, 12)
        expect(arrived.allocated_quantity).toBe(2)
        const served = await bookingsOf(lotA)
        expect(served.map((b) => [b.status, b.allocated_quantity])).toEqual([
          ["allocated", 1],
          ["allocated", 1],
        ])
        expect(await shelf()).toEqual({ stocked: 10, reserved: 0 })
        // The harvest is in: the variant is no longer pre-ordered from this lot.
        const { data } = await api.get(`/store/harvest?variant_id=${variantId}`, checkout.store)
        expect(data.variants[0].preorder).toEqual({ open: true, expected_shipping_month: "2027-10" })
      })

      it("refunds a captured payment for what a short harvest did not produce, once", async () => {
        await bookInTurn(["refund", "refund"])
        await expect
          .poll(async () => (await bookingsOf(lotA)).filter((b) => b.order_id).length, { timeout: 10_000 })
          .toBe(2)
        const paymentOf = async (orderId: string) => {
          const { data } = await api.get(
            `/admin/orders/${orderId}?fields=payment_collections.payments.id,payment_collections.payments.refunds.amount`,
            admin,
          )
          return data.order.payment_collections[0].payments[0] as { id: string; refunds?: { amount: number }[] }
        }
        // Staff took the money for both orders (as for a card payment).
        for (const booking of await bookingsOf(lotA)) {
          await api.post(`/admin/payments/${(await paymentOf(booking.order_id as string)).id}/capture`, {}, admin)
        }

        await arrive(lotA, 1)
        const [served, short] = await bookingsOf(lotA)
        expect(served).toMatchObject({ status: "allocated", allocated_quantity: 1 })
        await expect
          .poll(async () => (await harvest().listPreorders({ id: short?.id }))[0]?.refund_note, { timeout: 15_000 })
          .toBe("refunded")
        const [refunded] = await harvest().listPreorders({ id: short?.id })
        expect(Number(refunded?.refunded_amount)).toBe(1200)
        expect(refunded?.refunded_at).toBeTruthy()
        const refunds = (await paymentOf(short?.order_id as string)).refunds ?? []
        expect(refunds.map((r) => Number(r.amount))).toEqual([1200])

        // The same event delivered again refunds nothing more.
        const { default: refundShortPreorders } = await import("../../../backend/src/subscribers/preorder-refunds")
        await refundShortPreorders({
          event: { name: "harvest-lot.available", data: { id: lotA } },
          container: getContainer(),
        } as never)
        expect(((await paymentOf(short?.order_id as string)).refunds ?? []).length).toBe(1)
        // The served pre-order's payment is untouched.
        expect(((await paymentOf(served?.order_id as string)).refunds ?? []).length).toBe(0)
      })

      it("gives a canceled order's waiting pre-order back to the lot", async () => {
        await bookInTurn(["wait"])
        const [booking] = await bookingsOf(lotA)
        await expect.poll(async () => (await bookingsOf(lotA))[0]?.order_id, { timeout: 10_000 }).toBeTruthy()
        const orderId = (await bookingsOf(lotA))[0]?.order_id as string
        expect((await harvest().retrieveHarvestLot(lotA)).preordered_quantity).toBe(1)
        await api.post(`/admin/orders/${orderId}/cancel`, {}, admin)
        await expect
          .poll(async () => (await harvest().retrieveHarvestLot(lotA)).preordered_quantity, { timeout: 10_000 })
          .toBe(0)
        expect((await harvest().listPreorders({ id: booking?.id }))[0]?.status).toBe("released")
      })
    })
  },
})
