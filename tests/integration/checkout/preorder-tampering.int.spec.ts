import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { refusal } from "@ovop/domain"
import { refusalMessage } from "@ovop/domain/messages"
import { beforeAll, describe, expect, it } from "vitest"
import {
  type CheckoutShop,
  createCheckoutShop,
  createStockedProduct,
  japanRegion,
  readyToPay,
  shopperCart,
} from "../fixtures/checkout"
import { backendDir } from "../setup/paths"

type ApiError = { response: { status: number; data: { message: string; type?: string } } }
// biome-ignore lint/suspicious/noExplicitAny: the test client's answers are read field by field
type Answer = { status: number; data: any }
const failure = (error: ApiError): Answer => error.response

/** A month (1-12) that is not the current one in Bishkek: a product of that month only is out of season now. */
const offSeasonMonth = () => {
  const month = Number(new Intl.DateTimeFormat("en", { month: "numeric", timeZone: "Asia/Bishkek" }).format(new Date()))
  return ((month + 5) % 12) + 1
}

type Lot = { id: string; preordered_quantity: number }
type PreorderLineRecord = {
  id: string
  key: string
  cart_id: string
  line_item_id: string
  lot_id: string
  variant_id: string
}
type LineItem = { id: string; quantity: number; variant_id: string | null; product_id: string | null }

medusaIntegrationTestRunner({
  cwd: backendDir,
  testSuite: ({ api, getContainer }) => {
    let shop: CheckoutShop
    let jam: { productId: string; variantId: string }
    let honey: { productId: string; variantId: string }
    let shelfJam: { productId: string; variantId: string }
    let jamLot: string
    let honeyLot: string

    const harvest = () =>
      getContainer().resolve("harvest") as {
        createHarvestLots: (data: Record<string, unknown>) => Promise<{ id: string }>
        retrieveHarvestLot: (id: string) => Promise<Lot>
        listPreorders: (filters: Record<string, unknown>) => Promise<{ id: string }[]>
        listPreorderLines: (filters: Record<string, unknown>) => Promise<PreorderLineRecord[]>
        updatePreorderLines: (data: Record<string, unknown>) => Promise<unknown>
        setLotStatus: (input: { id: string; status: string }) => Promise<void>
      }
    const cartModule = () => getContainer().resolve("cart")
    const cartLines = async (cartId: string): Promise<LineItem[]> => {
      const { data } = await api.get(`/store/carts/${cartId}`, shop.store)
      return data.cart.items
    }
    /** Nothing was booked anywhere and no order was made. */
    const nothingBooked = async () => {
      expect((await harvest().retrieveHarvestLot(jamLot)).preordered_quantity).toBe(0)
      expect((await harvest().retrieveHarvestLot(honeyLot)).preordered_quantity).toBe(0)
      expect(await harvest().listPreorders({})).toHaveLength(0)
      expect(await getContainer().resolve("order").listOrders({})).toHaveLength(0)
    }

    beforeAll(async () => {
      const container = getContainer()
      shop = await createCheckoutShop(container, [japanRegion()])
      const offSeason = { season_months: [offSeasonMonth()] }
      // Out of season and sold out: both only pre-orderable from their next lot.
      jam = await createStockedProduct(container, shop, {
        title: "Sea-buckthorn jam",
        sku: "TEP-SEABUCKTHORN-250G",
        size: "Jar",
        prices: [{ currency_code: "jpy", amount: 1200 }],
        stock: 0,
        metadata: offSeason,
      })
      honey = await createStockedProduct(container, shop, {
        title: "White sainfoin honey",
        sku: "TON-HONEY-500G",
        size: "500 g",
        prices: [{ currency_code: "jpy", amount: 3400 }],
        stock: 0,
        metadata: offSeason,
      })
      // In season all year, two jars on the shelf.
      shelfJam = await createStockedProduct(container, shop, {
        title: "Tosor apricot jam",
        sku: "TOS-APRICOT-250G",
        size: "Jar",
        prices: [{ currency_code: "jpy", amount: 1100 }],
        stock: 2,
      })
      jamLot = (
        await harvest().createHarvestLots({
          lot_number: "TEP-2027-08",
          variant_id: jam.variantId,
          producer_group_id: "pgrp_fixture",
          forecast_quantity: 5,
          expected_shipping_month: "2027-08",
        })
      ).id
      honeyLot = (
        await harvest().createHarvestLots({
          lot_number: "TON-2027-07",
          variant_id: honey.variantId,
          producer_group_id: "pgrp_fixture",
          forecast_quantity: 50,
          expected_shipping_month: "2027-07",
        })
      ).id
    })

    const forgedMeta = () => ({
      ovop_preorder: {
        key: "forged-key",
        lot_id: honeyLot,
        lot_number: "TON-2027-07",
        variant_id: honey.variantId,
        expected_shipping_month: "2027-07",
        if_short: "wait",
      },
    })

    describe("pre-order data from shoppers", () => {
      it("is refused with a 400 naming the field on every Medusa cart route", async () => {
        const cartId = await shopperCart(api, shop, { region: "Japan", buyer: 1 })
        const added = await api
          .post(
            `/store/carts/${cartId}/line-items`,
            { variant_id: shelfJam.variantId, quantity: 1, metadata: forgedMeta() },
            shop.store,
          )
          .catch(failure)
        expect(added.status).toBe(400)
        expect(added.data.message).toBe("metadata.ovop_preorder is written by the store only: leave it out")

        const { data } = await api.post(
          `/store/carts/${cartId}/line-items`,
          { variant_id: shelfJam.variantId, quantity: 1, metadata: { gift_note: "for Aigul" } },
          shop.store,
        )
        const line = data.cart.items[0] as LineItem
        const updated = await api
          .post(`/store/carts/${cartId}/line-items/${line.id}`, { quantity: 1, metadata: forgedMeta() }, shop.store)
          .catch(failure)
        expect(updated.status).toBe(400)
        expect(updated.data.message).toContain("metadata.ovop_preorder")

        const created = await api
          .post(
            "/store/carts",
            {
              region_id: shop.regions.Japan?.regionId,
              items: [{ variant_id: shelfJam.variantId, quantity: 1, metadata: forgedMeta() }],
            },
            shop.store,
          )
          .catch(failure)
        expect(created.status).toBe(400)
        expect(created.data.message).toContain("items[0].metadata.ovop_preorder")

        const cartMeta = await api
          .post(`/store/carts/${cartId}`, { metadata: { ovop_preorder: true } }, shop.store)
          .catch(failure)
        expect(cartMeta.status).toBe(400)
        expect(cartMeta.data.message).toContain("metadata.ovop_preorder")

        const lines = await cartLines(cartId)
        expect(lines).toHaveLength(1)
        expect((lines[0] as { metadata?: Record<string, unknown> }).metadata).toEqual({ gift_note: "for Aigul" })
        expect(await harvest().listPreorderLines({ cart_id: cartId })).toHaveLength(0)
      })

      it("injected past the routes, books nothing and leaves the line to the stock rules", async () => {
        const cartId = await shopperCart(api, shop, { region: "Japan", buyer: 2 })
        // A shelf jam line claiming to be a honey pre-order, written straight into the cart module.
        const [forged] = await cartModule().addLineItems({
          cart_id: cartId,
          variant_id: shelfJam.variantId,
          product_id: shelfJam.productId,
          title: "Tosor apricot jam",
          product_title: "Tosor apricot jam",
          quantity: 1,
          unit_price: 1100,
          metadata: forgedMeta(),
        })
        // Raising it is judged by the shelf (2 jars), not by the honey lot's forecast of 50.
        const raised = await api
          .post(`/store/carts/${cartId}/line-items/${forged?.id}`, { quantity: 5 }, shop.store)
          .catch(failure)
        expect(raised.status).toBe(400)
        expect(raised.data).toMatchObject({ code: "too_few_left", params: { product: "Tosor apricot jam", left: 2 } })

        // A pre-order line with no variant and no record of the server, also written straight in.
        await cartModule().addLineItems({
          cart_id: cartId,
          product_id: honey.productId,
          title: "White sainfoin honey",
          product_title: "White sainfoin honey",
          quantity: 1,
          unit_price: 3400,
          requires_shipping: false,
          metadata: forgedMeta(),
        })
        await readyToPay(api, shop, cartId, { region: "Japan" })
        const completed = await api.post(`/store/carts/${cartId}/complete`, {}, shop.store).catch(failure)
        expect(completed.status).toBe(400)
        expect(completed.data).toMatchObject({
          code: "line_not_recorded",
          params: { product: "White sainfoin honey", product_id: honey.productId },
        })
        await nothingBooked()
      })

      it("on an out-of-stock jam does not get it checked out", async () => {
        const cartId = await shopperCart(api, shop, { region: "Japan", buyer: 3 })
        // The sold-out jam, with a forged pre-order mark naming its own lot.
        await cartModule().addLineItems({
          cart_id: cartId,
          variant_id: jam.variantId,
          product_id: jam.productId,
          title: "Sea-buckthorn jam",
          product_title: "Sea-buckthorn jam",
          quantity: 1,
          unit_price: 1200,
          metadata: { ovop_preorder: { ...forgedMeta().ovop_preorder, lot_id: jamLot, variant_id: jam.variantId } },
        })
        await readyToPay(api, shop, cartId, { region: "Japan" })
        const completed = await api.post(`/store/carts/${cartId}/complete`, {}, shop.store).catch(failure)
        expect(completed.status).toBe(400)
        expect(completed.data).toMatchObject({
          code: "sold_out_during_checkout",
          params: { product: "Sea-buckthorn jam", product_id: jam.productId },
        })
        await nothingBooked()
      })
    })

    describe("the server's record of a pre-order line", () => {
      const preorderJam = async (buyer: number) => {
        const cartId = await shopperCart(api, shop, { region: "Japan", buyer })
        const { data } = await api.post(
          `/store/carts/${cartId}/preorders`,
          { variant_id: jam.variantId, quantity: 2 },
          shop.store,
        )
        const [record] = await harvest().listPreorderLines({ cart_id: cartId })
        return { cartId, line: data.cart.items[0] as LineItem, record: record as PreorderLineRecord }
      }

      it("is written by the pre-order route, tied to the line, its variant and lot", async () => {
        const { cartId, line, record } = await preorderJam(10)
        expect(record).toMatchObject({
          cart_id: cartId,
          line_item_id: line.id,
          lot_id: jamLot,
          variant_id: jam.variantId,
          if_short: "wait",
          currency_code: "jpy",
        })
        expect(Number((record as unknown as { unit_price: number }).unit_price)).toBe(1200)
      })

      it("altered to name the honey lot, cannot book the jam against it", async () => {
        const { cartId, record } = await preorderJam(11)
        await harvest().updatePreorderLines({ id: record.id, lot_id: honeyLot })
        await readyToPay(api, shop, cartId, { region: "Japan" })
        const completed = await api.post(`/store/carts/${cartId}/complete`, {}, shop.store).catch(failure)
        expect(completed.status).toBe(400)
        expect(completed.data).toMatchObject({ code: "line_not_recorded", params: { product: "Sea-buckthorn jam" } })

        // Naming the honey variant too: the line is still a jam line at the jam's price.
        await harvest().updatePreorderLines({ id: record.id, lot_id: honeyLot, variant_id: honey.variantId })
        const again = await api.post(`/store/carts/${cartId}/complete`, {}, shop.store).catch(failure)
        expect(again.status).toBe(400)
        expect(again.data.code).toBe("line_not_recorded")
        await nothingBooked()
      })

      it("books the pre-order when nothing was altered", async () => {
        const { cartId } = await preorderJam(12)
        await readyToPay(api, shop, cartId, { region: "Japan" })
        const { data } = await api.post(`/store/carts/${cartId}/complete`, {}, shop.store)
        expect(data.type).toBe("order")
        expect((await harvest().retrieveHarvestLot(jamLot)).preordered_quantity).toBe(2)
        expect((await harvest().retrieveHarvestLot(honeyLot)).preordered_quantity).toBe(0)
        // The booking is tied to the order, and the confirmation names the month, from the record.
        const orderId = data.order.id as string
        await expect
          .poll(async () => (await harvest().listPreorders({ order_id: orderId })).length, { timeout: 30_000 })
          .toBe(1)
        const emails = async () =>
          (await getContainer()
            .resolve("notification")
            .listNotifications({ resource_id: orderId, trigger_type: "order.placed" })) as {
            data?: { text?: string } | null
          }[]
        await expect.poll(async () => (await emails()).length, { timeout: 30_000 }).toBe(1)
        expect((await emails())[0]?.data?.text).toContain("Pre-order: ships in August 2027")

        // The harvest comes in; completing the cart again still answers the same order, booking nothing more.
        await harvest().setLotStatus({ id: jamLot, status: "available" })
        const again = await api.post(`/store/carts/${cartId}/complete`, {}, shop.store)
        expect(again.data.order.id).toBe(orderId)
        expect(await harvest().listPreorders({})).toHaveLength(1)
      })
    })

    describe("simultaneous requests on one cart", () => {
      it("ten pre-orders at once make one line, never past the lot's forecast", async () => {
        const cartId = await shopperCart(api, shop, { region: "Japan", buyer: 20 })
        const answers = await Promise.all(
          Array.from({ length: 10 }, () =>
            api
              .post(`/store/carts/${cartId}/preorders`, { variant_id: jam.variantId, quantity: 1 }, shop.store)
              .catch(failure),
          ),
        )
        const statuses = answers.map((a) => a.status)
        expect(statuses.every((status) => [200, 400, 409].includes(status))).toBe(true)
        const taken = statuses.filter((status) => status === 200).length
        expect(taken).toBeGreaterThan(0)
        expect(taken).toBeLessThanOrEqual(5)
        for (const refused of answers.filter((a) => a.status === 400)) {
          expect(["preorder_too_few_left", "fully_preordered"]).toContain(refused.data.code)
        }
        const lines = await cartLines(cartId)
        expect(lines).toHaveLength(1)
        expect(lines[0]?.quantity).toBe(taken)
        expect(await harvest().listPreorderLines({ cart_id: cartId })).toHaveLength(1)
      })

      it("a change while another request holds the cart answers 409 in the shopper's language", async () => {
        const cartId = await shopperCart(api, shop, { region: "Japan", buyer: 22 })
        const { data } = await api.post(
          `/store/carts/${cartId}/line-items`,
          { variant_id: shelfJam.variantId, quantity: 1 },
          shop.store,
        )
        const lineId = (data.cart.items[0] as LineItem).id
        // What Medusa's cart flows take (key: the cart id), held as a slow request would hold it.
        const locking = getContainer().resolve("locking")
        await locking.acquire(cartId, { ownerId: "slow-request", expire: 30 })
        try {
          const busy = await api
            .post(
              `/store/carts/${cartId}/line-items/${lineId}`,
              { quantity: 2 },
              {
                headers: { ...shop.store.headers, "x-medusa-locale": "ja" },
              },
            )
            .catch(failure)
          expect(busy.status).toBe(409)
          expect(busy.data).toMatchObject({
            type: "conflict",
            code: "cart_busy",
            message: "カートが別のウィンドウまたはタブで変更中です。少し待ってからもう一度お試しください",
          })
          const added = await api
            .post(`/store/carts/${cartId}/line-items`, { variant_id: shelfJam.variantId, quantity: 1 }, shop.store)
            .catch(failure)
          expect(added.status).toBe(409)
          expect(added.data).toMatchObject({
            code: "cart_busy",
            message: refusalMessage(refusal("cart_busy", {}), "en"),
          })
        } finally {
          await locking.release(cartId, { ownerId: "slow-request" })
        }
        const again = await api.post(`/store/carts/${cartId}/line-items/${lineId}`, { quantity: 2 }, shop.store)
        expect(again.data.cart.items[0].quantity).toBe(2)
      })

      it("ten changes at once answer 200 or 409, never 5xx, and leave the cart whole", async () => {
        const cartId = await shopperCart(api, shop, { region: "Japan", buyer: 21 })
        const { data } = await api.post(
          `/store/carts/${cartId}/line-items`,
          { variant_id: shelfJam.variantId, quantity: 1 },
          shop.store,
        )
        const lineId = (data.cart.items[0] as LineItem).id
        const inRussian = { headers: { ...shop.store.headers, "x-medusa-locale": "ru" } }
        const answers = await Promise.all([
          ...Array.from({ length: 5 }, (_, index) =>
            api
              .post(`/store/carts/${cartId}/line-items/${lineId}`, { quantity: 1 + (index % 2) }, inRussian)
              .catch(failure),
          ),
          ...Array.from({ length: 5 }, () =>
            api
              .post(`/store/carts/${cartId}/preorders`, { variant_id: jam.variantId, quantity: 1 }, inRussian)
              .catch(failure),
          ),
        ])
        for (const answer of answers) expect([200, 400, 409]).toContain(answer.status)
        for (const busy of answers.filter((a) => a.status === 409)) {
          expect(busy.data).toMatchObject({
            code: "cart_busy",
            message: refusalMessage(refusal("cart_busy", {}), "ru"),
          })
        }
        // The only 400s are the lot's limit, never the lock.
        for (const refused of answers.filter((a) => a.status === 400)) {
          expect(["preorder_too_few_left", "fully_preordered"]).toContain(refused.data.code)
          expect(refused.data.message).toContain("предзаказ")
        }
        const lines = await cartLines(cartId)
        const shelfLine = lines.find((line) => line.variant_id === shelfJam.variantId)
        expect([1, 2]).toContain(shelfLine?.quantity)
        const preorderLines = lines.filter((line) => !line.variant_id)
        const preordersTaken = answers.slice(5).filter((a) => a.status === 200).length
        expect(preorderLines.reduce((sum, line) => sum + line.quantity, 0)).toBe(preordersTaken)
        expect(preorderLines.length).toBe(preordersTaken ? 1 : 0)
      })
    })

    describe("quantities", () => {
      const badQuantities = [1.5, 0.0001, -1, 1e9, "2", null]

      it("are whole numbers in range on every route that takes one, or a 400 naming the field", async () => {
        const cartId = await shopperCart(api, shop, { region: "Japan", buyer: 30 })
        const { data } = await api.post(
          `/store/carts/${cartId}/line-items`,
          { variant_id: shelfJam.variantId, quantity: 1 },
          shop.store,
        )
        const lineId = (data.cart.items[0] as LineItem).id
        for (const quantity of [...badQuantities, 0]) {
          const add = await api
            .post(`/store/carts/${cartId}/line-items`, { variant_id: shelfJam.variantId, quantity }, shop.store)
            .catch(failure)
          expect([add.status, add.data.message]).toEqual([400, "quantity must be a whole number from 1 to 10000"])
          const created = await api
            .post(
              "/store/carts",
              { region_id: shop.regions.Japan?.regionId, items: [{ variant_id: shelfJam.variantId, quantity }] },
              shop.store,
            )
            .catch(failure)
          expect([created.status, created.data.message]).toEqual([
            400,
            "items[0].quantity must be a whole number from 1 to 10000",
          ])
          const preorder = await api
            .post(`/store/carts/${cartId}/preorders`, { variant_id: jam.variantId, quantity }, shop.store)
            .catch(failure)
          expect([preorder.status, preorder.data.message]).toEqual([
            400,
            "quantity must be a whole number from 1 to 1000",
          ])
        }
        for (const quantity of badQuantities) {
          const update = await api
            .post(`/store/carts/${cartId}/line-items/${lineId}`, { quantity }, shop.store)
            .catch(failure)
          expect([update.status, update.data.message]).toEqual([
            400,
            "quantity must be a whole number from 0 (removes the line) to 10000",
          ])
        }
        // Express routes without regard to case: the same routes in capitals are the same routes.
        const shouted = await api
          .post(`/STORE/CARTS/${cartId}/LINE-ITEMS`, { variant_id: shelfJam.variantId, quantity: 1.5 }, shop.store)
          .catch(failure)
        expect([shouted.status, shouted.data.message]).toEqual([400, "quantity must be a whole number from 1 to 10000"])
        const lines = await cartLines(cartId)
        expect(lines.map((line) => line.quantity)).toEqual([1])
      })
    })
  },
})
