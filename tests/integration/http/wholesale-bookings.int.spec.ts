import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { beforeAll, expect, it } from "vitest"
import { HARVEST_MODULE } from "../../../backend/src/modules/harvest"
import type HarvestModuleService from "../../../backend/src/modules/harvest/service"
import { type CheckoutShop, readyToPay, shopperAddress } from "../fixtures/checkout"
import { requester, type WholesaleShop, wholesaleShop } from "../fixtures/wholesale"
import { backendDir } from "../setup/paths"

// Apricot jam 250 g (APRICOT_JAM_WHOLESALE): cases of 12, at least 2 cases; 30 jars on the shelf (2
// whole cases); wholesale 640 / 590 / 535 yen a jar for 1-11 / 12-47 / 48+ cases; the July 2027 lot
// forecasts 600 jars.
const LOT_FORECAST = 600

medusaIntegrationTestRunner({
  cwd: backendDir,
  testSuite: ({ api, getContainer }) => {
    let shop: CheckoutShop
    let wholesale: WholesaleShop["wholesale"]
    let variantId: string
    let inventoryItemId: string
    let lotId: string
    let staff: { headers: { authorization: string } }
    const buyers: Record<"kyoto" | "osaka" | "retail" | "applicant", { customerId: string; authorization: string }> =
      {} as never

    const send = requester(api)
    const as = (who: keyof typeof buyers) => ({ ...wholesale.headers, authorization: buyers[who].authorization })
    const harvest = () => getContainer().resolve(HARVEST_MODULE) as HarvestModuleService
    const lot = async () => (await harvest().listHarvestLots({ id: lotId }))[0]

    /** An empty wholesale cart of `who` in Japan, with the address the courier needs. */
    const wholesaleCart = async (who: keyof typeof buyers): Promise<string> => {
      const made = await send("POST", "/store/carts", as(who), {
        region_id: shop.regions.Japan?.regionId,
        shipping_address: shopperAddress.jp,
      })
      expect(made.status).toBe(200)
      return made.data.cart.id
    }
    const book = (who: keyof typeof buyers, cartId: string, quantity: number) =>
      send("POST", `/store/wholesale/carts/${cartId}/bookings`, as(who), { variant_id: variantId, quantity })
    const complete = async (who: keyof typeof buyers, cartId: string) => {
      await readyToPay(api, { ...shop, store: { headers: as(who) } }, cartId, { region: "Japan" })
      return send("POST", `/store/carts/${cartId}/complete`, as(who))
    }

    beforeAll(async () => {
      const made = await wholesaleShop(
        getContainer(),
        api,
        ["kyotoAdmin", "osakaAdmin", "retailCustomer", "applicant"],
        { stock: 30, hs_code: "2007" },
      )
      ;({ shop, wholesale, variantId, inventoryItemId, staff } = made)
      buyers.kyoto = made.kyotoAdmin
      buyers.osaka = made.osakaAdmin
      buyers.retail = made.retailCustomer
      buyers.applicant = made.applicant
      const [planned] = await harvest().createHarvestLots([
        {
          lot_number: "TOS-2027-07",
          variant_id: variantId,
          producer_group_id: "pgrp_tosor",
          forecast_quantity: LOT_FORECAST,
          status: "planned",
          expected_shipping_month: "2027-07",
        },
      ])
      lotId = planned?.id ?? ""
    })

    it("tells an approved buyer the shelf and the coming lot in whole cases, and no one else", async () => {
      const offers = await send("GET", "/store/wholesale/offers?currency_code=jpy", as("kyoto"))
      expect(offers.status).toBe(200)
      expect(offers.data.offers[0]).toMatchObject({
        variant_id: variantId,
        on_shelf: 24,
        coming_lot: { lot_number: "TOS-2027-07", bookable: LOT_FORECAST, expected_shipping_month: "2027-07" },
      })
      for (const who of ["retail", "applicant"] as const) {
        expect((await send("GET", "/store/wholesale/offers?currency_code=jpy", as(who))).status).toBe(403)
      }
      expect((await send("GET", "/store/wholesale/offers?currency_code=jpy", wholesale.headers)).status).toBe(401)
    })

    it("refuses more than the shelf and the lot together, naming both", async () => {
      const cartId = await wholesaleCart("kyoto")
      const refused = await book("kyoto", cartId, 720)
      expect(refused.status).toBe(400)
      expect(refused.data).toMatchObject({
        code: "beyond_shelf_and_lot",
        params: { product: "Apricot jam 250 g", quantity: 720, on_shelf: 24, bookable: 600, lot_month: "2027-07" },
      })
      expect((await book("kyoto", cartId, 250)).data.code).toBe("not_whole_cases")
    })

    it("keeps other buyers, retail customers and applicants off a buyer's cart", async () => {
      const cartId = await wholesaleCart("kyoto")
      expect((await book("osaka", cartId, 48)).status).toBe(404)
      expect((await book("retail", cartId, 48)).status).toBe(403)
      expect((await book("applicant", cartId, 48)).status).toBe(403)
      const anonymous = await send("POST", `/store/wholesale/carts/${cartId}/bookings`, wholesale.headers, {
        variant_id: variantId,
        quantity: 48,
      })
      expect(anonymous.status).toBe(401)
      // The retail pre-order route does not book wholesale lines at retail prices.
      const retailRoute = await send("POST", `/store/carts/${cartId}/preorders`, as("kyoto"), {
        variant_id: variantId,
        quantity: 24,
      })
      expect(retailRoute.status).toBe(400)
      expect(retailRoute.data.message).toContain("/store/wholesale/carts/:id/bookings")
    })

    it("sells the shelf now and books the rest against the lot at the whole line's tier", async () => {
      const cartId = await wholesaleCart("kyoto")
      const booked = await book("kyoto", cartId, 240)
      expect(booked.status).toBe(200)
      // 240 jars = 20 cases: the 12-47 tier (590 yen) for the booked part.
      expect(booked.data.booking).toEqual({
        now: 24,
        booked: 216,
        booked_unit_price: 590,
        lot_number: "TOS-2027-07",
        expected_shipping_month: "2027-07",
      })
      type Line = {
        variant_id: string | null
        quantity: number
        unit_price: number
        metadata: { ovop_preorder: { expected_shipping_month: string } }
      }
      const lines = booked.data.cart.items as Line[]
      expect(lines).toHaveLength(2)
      const bookingLine = lines.find((line) => !line.variant_id)
      expect(bookingLine).toMatchObject({
        quantity: 216,
        unit_price: 590,
        metadata: { ovop_preorder: { lot_number: "TOS-2027-07", expected_shipping_month: "2027-07" } },
      })
      expect(lines.find((line) => line.variant_id === variantId)?.quantity).toBe(24)
      // Setting the line again replaces it rather than adding to it.
      const again = await book("kyoto", cartId, 240)
      expect(again.data.cart.items).toHaveLength(2)

      const completed = await complete("kyoto", cartId)
      expect(completed.status).toBe(200)
      expect(completed.data.type).toBe("order")
      const orderLine = (completed.data.order.items as Line[]).find((line) => !line.variant_id)
      expect(orderLine).toMatchObject({ quantity: 216, unit_price: 590 })
      expect(orderLine?.metadata.ovop_preorder.expected_shipping_month).toBe("2027-07")
      expect((await lot())?.preordered_quantity).toBe(216)
    })

    it("asks a quote for a line beyond the shelf, marked as a booking, and books the lot when it is accepted", async () => {
      const cartId = await wholesaleCart("kyoto")
      expect((await book("kyoto", cartId, 240)).status).toBe(200)
      const inTwoMonths = new Date(Date.now() + 60 * 86_400_000).toISOString().slice(0, 10)
      const asked = await send("POST", "/store/wholesale/quotes", as("kyoto"), {
        cart_id: cartId,
        requested_delivery_date: inTwoMonths,
        destination: { country_code: "JP", city: "Osaka" },
        incoterm: "CPT",
      })
      expect(asked.status, JSON.stringify(asked.data)).toBe(201)
      type QuoteLine = { id: string; quantity: number; requested_unit_price: number; booking: unknown }
      const lines = asked.data.wholesale_quote.lines as QuoteLine[]
      expect(
        lines.map(({ quantity, requested_unit_price, booking }) => ({ quantity, requested_unit_price, booking })),
      ).toEqual(
        expect.arrayContaining([
          { quantity: 24, requested_unit_price: 640, booking: null },
          {
            quantity: 216,
            requested_unit_price: 590,
            booking: { lot_number: "TOS-2027-07", expected_shipping_month: "2027-07" },
          },
        ]),
      )
      // Staff see the booking too.
      const quoteId = asked.data.wholesale_quote.id
      const forStaff = await send("GET", `/admin/wholesale/quotes/${quoteId}`, staff.headers)
      expect((forStaff.data.wholesale_quote.lines as QuoteLine[]).filter((line) => line.booking)).toHaveLength(1)
      // Asking is no booking: the lot is promised only when the quote is accepted.
      expect((await lot())?.preordered_quantity).toBe(0)
      const quoted = await send("POST", `/admin/wholesale/quotes/${quoteId}/quote`, staff.headers, {
        lines: lines.map((line) => ({ id: line.id, unit_price: 560 })),
        freight: 18_000,
        valid_until: new Date(Date.now() + 14 * 86_400_000).toISOString().slice(0, 10),
        ships_on: inTwoMonths,
        payment_terms: "prepayment",
      })
      expect(quoted.status, JSON.stringify(quoted.data)).toBe(200)
      const accepted = await send("POST", `/store/wholesale/quotes/${quoteId}/accept`, as("kyoto"), {})
      expect(accepted.status, JSON.stringify(accepted.data)).toBe(200)
      const replay = await send("POST", `/store/wholesale/quotes/${quoteId}/accept`, as("kyoto"), {})
      expect(replay.data.order.id).toBe(accepted.data.order.id)
      expect((await lot())?.preordered_quantity).toBe(216)
      // The booking serves the order's line (short harvests and cancellations reach it).
      const [booking] = await harvest().listPreorders({ lot_id: lotId })
      expect(booking).toMatchObject({ quantity: 216, order_id: accepted.data.order.id })
      // The export documents list the booked line with its variant's SKU and HS code.
      const proforma = await api.request({
        method: "GET",
        url: `/store/wholesale/orders/${accepted.data.order.id}/documents/proforma_invoice`,
        headers: as("kyoto"),
        responseType: "arraybuffer",
        validateStatus: () => true,
      })
      expect(proforma.status).toBe(200)
      expect(proforma.headers["content-type"]).toContain("application/pdf")
      const { data: orders } = await getContainer()
        .resolve("query")
        .graph({
          entity: "order",
          fields: ["items.variant_id", "items.metadata"],
          filters: { id: accepted.data.order.id },
        })
      const items = (orders[0] as { items: { variant_id: string | null; metadata: Record<string, unknown> }[] }).items
      expect(items.find((item) => !item.variant_id)).toMatchObject({
        metadata: { ovop_preorder: { lot_number: "TOS-2027-07", expected_shipping_month: "2027-07" } },
      })
    })

    it("lets only one of two simultaneous checkouts take the lot's last cases", async () => {
      // Retail pre-orders have taken all but 12 cases of the lot (one allowance for both), and the shelf is empty.
      // 144 jars at 590 yen: 84 960 yen, above the 75 000 yen minimum order.
      const left = 144
      await harvest().updateHarvestLots({ id: lotId, preordered_quantity: LOT_FORECAST - left })
      await getContainer()
        .resolve("inventory")
        .updateInventoryLevels([
          { inventory_item_id: inventoryItemId, location_id: shop.locationId, stocked_quantity: 0 },
        ])
      const kyotoCart = await wholesaleCart("kyoto")
      const osakaCart = await wholesaleCart("osaka")
      // Nothing on the shelf: the whole line is booked.
      expect((await book("kyoto", kyotoCart, left)).data.booking).toMatchObject({ now: 0, booked: left })
      expect((await book("osaka", osakaCart, left)).data.booking).toMatchObject({ now: 0, booked: left })
      await readyToPay(api, { ...shop, store: { headers: as("kyoto") } }, kyotoCart, { region: "Japan" })
      await readyToPay(api, { ...shop, store: { headers: as("osaka") } }, osakaCart, { region: "Japan" })
      const answers = await Promise.all([
        send("POST", `/store/carts/${kyotoCart}/complete`, as("kyoto")),
        send("POST", `/store/carts/${osakaCart}/complete`, as("osaka")),
      ])
      const outcomes = answers.map((answer) => `${answer.status} ${answer.data.code ?? answer.data.type}`).sort()
      expect(outcomes).toEqual(["200 order", "400 fully_preordered"])
      expect((await lot())?.preordered_quantity).toBe(LOT_FORECAST)
      // The lot is full: the offers say so, and a new booking is refused naming what is left.
      const offers = await send("GET", "/store/wholesale/offers?currency_code=jpy", as("osaka"))
      expect(offers.data.offers[0].coming_lot).toBeNull()
      const refused = await book("osaka", await wholesaleCart("osaka"), 24)
      expect(refused.data).toMatchObject({ code: "beyond_shelf_no_lot", params: { quantity: 24, on_shelf: 0 } })
    })
  },
})
