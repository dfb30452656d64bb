import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { addDays, quoteDay } from "@ovop/domain"
import { beforeAll, expect, it } from "vitest"
import { expireWholesaleQuotes } from "../../../backend/src/jobs/expire-wholesale-quotes"
import { type CheckoutShop, shelfStock } from "../fixtures/checkout"
import { type Buyer, requester, wholesaleShop } from "../fixtures/wholesale"
import { backendDir } from "../setup/paths"

// Request for quote, end to end through the real server and database: a buyer's wholesale cart
// becomes a quote, staff price it, the buyer accepts (one order at the quoted totals, however
// often the accept is sent) or declines, quotes expire, and staff record payments against the
// order's terms.

type Headers = Record<string, string>

const today = () => quoteDay(new Date())

medusaIntegrationTestRunner({
  cwd: backendDir,
  testSuite: ({ api, getContainer }) => {
    let shop: CheckoutShop
    let wholesaleKey: Headers
    let variantId: string
    let inventoryItemId: string
    let staff: { headers: { authorization: string } }
    let buyerA: Buyer
    let colleagueA: Buyer
    let buyerB: Buyer
    let retail: { authorization: string }
    let applicant: { authorization: string }

    const send = requester(api)
    const as = (who: { authorization: string }) => ({ ...wholesaleKey, authorization: who.authorization })

    /** A wholesale cart of `quantity` jars for `buyer`, in yen. */
    const cartOf = async (buyer: Buyer, quantity: number): Promise<string> => {
      const made = await send("POST", "/store/carts", as(buyer), {
        region_id: shop.regions.Japan?.regionId,
        items: [{ variant_id: variantId, quantity }],
      })
      expect(made.status, JSON.stringify(made.data)).toBe(200)
      return made.data.cart.id
    }

    const rfq = (cartId: string) => ({
      cart_id: cartId,
      requested_delivery_date: addDays(today(), 60),
      destination: { country_code: "JP", city: "Tokyo" },
      incoterm: "CPT",
      message: "Delivery before the spring fair, please.",
    })

    /** `buyer` asks for a quote on a fresh cart of 144 jars (12 cases: the 590 yen tier). */
    const requestQuote = async (buyer: Buyer): Promise<string> => {
      const asked = await send("POST", "/store/wholesale/quotes", as(buyer), rfq(await cartOf(buyer, 144)))
      expect(asked.status, JSON.stringify(asked.data)).toBe(201)
      return asked.data.wholesale_quote.id
    }

    /** Staff's answer: 560 yen a jar, 18 000 yen freight, valid two weeks, 30 % deposit. */
    const answer = (quote: { lines: { id: string }[] }, changes: Record<string, unknown> = {}) => ({
      lines: quote.lines.map((line: { id: string }) => ({ id: line.id, unit_price: 560 })),
      freight: 18_000,
      valid_until: addDays(today(), 14),
      ships_on: addDays(today(), 30),
      payment_terms: "deposit_30",
      ...changes,
    })

    /** Staff quote `quoteId` as `answer` gives, and the answer. */
    const quote = async (quoteId: string, changes: Record<string, unknown> = {}) => {
      const { data } = await send("GET", `/admin/wholesale/quotes/${quoteId}`, staff.headers)
      return send(
        "POST",
        `/admin/wholesale/quotes/${quoteId}/quote`,
        staff.headers,
        answer(data.wholesale_quote, changes),
      )
    }

    const ordersOf = async (customerId: string) =>
      (
        await getContainer()
          .resolve("order")
          .listOrders({ customer_id: customerId }, { select: ["id"] })
      ).map((order: { id: string }) => order.id)

    /** The emails sent to `to` about quote `quoteId` on `trigger` (wholesale_quote.quoted, .message, .cancelled). */
    const emailsAbout = async (quoteId: string, trigger: string) =>
      (
        await getContainer().resolve("notification").listNotifications({ resource_id: quoteId, trigger_type: trigger })
      ).map((email: { to: string; data?: Record<string, unknown> | null }) => ({
        to: email.to,
        subject: String(email.data?.subject ?? ""),
        text: String(email.data?.text ?? ""),
      }))

    beforeAll(async () => {
      const made = await wholesaleShop(getContainer(), api, [
        "kyotoAdmin",
        "kyotoBuyer",
        "osakaAdmin",
        "retailCustomer",
        "applicant",
      ])
      ;({
        shop,
        variantId,
        inventoryItemId,
        staff,
        kyotoAdmin: buyerA,
        kyotoBuyer: colleagueA,
        osakaAdmin: buyerB,
      } = made)
      wholesaleKey = made.wholesale.headers
      retail = made.retailCustomer
      applicant = made.applicant
    })

    it("submit -> staff quote -> accept (sent twice at once, then again) -> one order at the quoted totals -> payments", async () => {
      const cartId = await cartOf(buyerA, 144)
      const asked = await send("POST", "/store/wholesale/quotes", as(buyerA), rfq(cartId))
      expect(asked.status).toBe(201)
      const requested = asked.data.wholesale_quote
      expect(requested).toMatchObject({
        status: "requested",
        incoterm: "CPT",
        named_place: "Tokyo, JP",
        consignee: "Kyoto Imports",
        destination: { country_code: "jp", city: "Tokyo" },
        currency_code: "jpy",
        totals: { item_total: 144 * 590 },
      })
      expect(requested.lines).toEqual([
        expect.objectContaining({ quantity: 144, cases: 12, case_pack: 12, requested_unit_price: 590 }),
      ])
      expect(requested.messages).toEqual([
        expect.objectContaining({ author_type: "buyer", body: "Delivery before the spring fair, please." }),
      ])
      // The same cart asked twice makes one quote.
      expect((await send("POST", "/store/wholesale/quotes", as(buyerA), rfq(cartId))).status).toBe(409)

      // Any buyer of the company sees it; nobody else does.
      const colleagueList = await send("GET", "/store/wholesale/quotes", as(colleagueA))
      expect(colleagueList.data.wholesale_quotes.map((q: { id: string }) => q.id)).toEqual([requested.id])
      expect((await send("GET", `/store/wholesale/quotes/${requested.id}`, as(colleagueA))).status).toBe(200)
      expect((await send("GET", `/store/wholesale/quotes/${requested.id}`, as(buyerB))).status).toBe(404)
      expect((await send("GET", "/store/wholesale/quotes", as(buyerB))).data.wholesale_quotes).toEqual([])
      expect((await send("GET", `/store/wholesale/quotes/${requested.id}`, as(retail))).status).toBe(403)
      expect((await send("GET", `/store/wholesale/quotes/${requested.id}`, as(applicant))).status).toBe(403)
      expect((await send("GET", `/store/wholesale/quotes/${requested.id}`, wholesaleKey)).status).toBe(401)

      // Not quoted yet: nothing to accept.
      const early = await send("POST", `/store/wholesale/quotes/${requested.id}/accept`, as(buyerA), {})
      expect(early.status).toBe(400)
      expect(early.data.message).toContain("requested can only become quoted")

      // Net 30 is for trusted companies; staff quote with a deposit.
      const net30 = await quote(requested.id, { payment_terms: "net_30" })
      expect(net30.status).toBe(400)
      expect(net30.data.message).toContain("payment_terms")
      const quoted = await quote(requested.id)
      expect(quoted.status, JSON.stringify(quoted.data)).toBe(200)
      expect(quoted.data.wholesale_quote).toMatchObject({
        status: "quoted",
        freight: 18_000,
        payment_terms: "deposit_30",
        totals: { item_total: 80_640, freight: 18_000, total: 98_640 },
      })
      // The buyer who asked is told in the company's language (Japanese), once per answer.
      const answered = await emailsAbout(requested.id, "wholesale_quote.quoted")
      expect(answered).toHaveLength(1)
      expect(answered[0]?.to).toBe("hanako@kyoto-imports.example.jp")
      expect(answered[0]?.subject).toContain("98,640")
      expect(answered[0]?.text).toContain("/ja/wholesale/")
      const staffNote = await send("POST", `/admin/wholesale/quotes/${requested.id}/messages`, staff.headers, {
        body: "Freight by sea to Tokyo port, 3 weeks.",
      })
      expect(staffNote.status).toBe(201)
      const noted = await emailsAbout(requested.id, "wholesale_quote.message")
      expect(noted.map((email) => email.text)).toEqual([
        expect.stringContaining("Freight by sea to Tokyo port, 3 weeks."),
      ])
      const reply = await send("POST", `/store/wholesale/quotes/${requested.id}/messages`, as(colleagueA), {
        body: "Thank you, we accept.",
      })
      expect(reply.data.wholesale_quote.messages.map((m: { author_type: string }) => m.author_type)).toEqual([
        "buyer",
        "staff",
        "buyer",
      ])
      expect(reply.data.wholesale_quote.messages[1].author_id).toBeUndefined()
      expect(
        (await send("POST", `/store/wholesale/quotes/${requested.id}/messages`, as(buyerB), { body: "hi" })).status,
      ).toBe(404)

      // Two buyers of the company accept at the same moment, and the buyer's retry comes after.
      const accepts = await Promise.all([
        send("POST", `/store/wholesale/quotes/${requested.id}/accept`, as(buyerA), {}),
        send("POST", `/store/wholesale/quotes/${requested.id}/accept`, as(colleagueA), {}),
      ])
      const replay = await send("POST", `/store/wholesale/quotes/${requested.id}/accept`, as(buyerA), {})
      for (const accepted of [...accepts, replay]) expect(accepted.status, JSON.stringify(accepted.data)).toBe(200)
      const orderIds = new Set([...accepts, replay].map((accepted) => accepted.data.order.id))
      expect(orderIds.size).toBe(1)
      expect(await ordersOf(buyerA.customerId)).toEqual([...orderIds])
      expect(await ordersOf(colleagueA.customerId)).toEqual([])

      const { order, wholesale_quote: accepted } = replay.data
      expect(accepted).toMatchObject({ status: "accepted", order_id: order.id, accepted_on: today() })
      expect(order).toMatchObject({
        customer_id: buyerA.customerId,
        currency_code: "jpy",
        item_total: 80_640,
        shipping_total: 18_000,
        total: 98_640,
      })
      expect(order.items).toEqual([expect.objectContaining({ variant_id: variantId, quantity: 144, unit_price: 560 })])
      expect(order.items[0].metadata).toMatchObject({ ovop_case_pack: 12 })
      expect(order.metadata.ovop_wholesale).toMatchObject({
        quote_id: requested.id,
        incoterm: "CPT",
        named_place: "Tokyo, JP",
        consignee: "Kyoto Imports",
        payment_terms: "deposit_30",
        country_of_origin: "KG",
      })
      const [channel] = await getContainer()
        .resolve("sales_channel")
        .listSalesChannels({ id: order.sales_channel_id }, { select: ["name"] })
      expect(channel?.name).toBe("Export wholesale")

      // 30 % deposit due today, the balance by the planned shipment.
      expect(accepted.balance).toMatchObject({
        status: "awaiting_payment",
        total: 98_640,
        balance: 98_640,
        next_due: { amount: 29_592, due: today() },
      })
      const pay = (amount: number, reference: string) =>
        send("POST", `/admin/wholesale/quotes/${requested.id}/payments`, staff.headers, {
          amount,
          received_on: today(),
          reference,
        })
      const deposit = await pay(29_592, "MUFG 0001")
      expect(deposit.status, JSON.stringify(deposit.data)).toBe(201)
      expect(deposit.data.wholesale_quote.balance).toMatchObject({
        status: "partially_paid",
        paid: 29_592,
        balance: 69_048,
        next_due: { amount: 69_048, due: addDays(today(), 30) },
      })
      const tooMuch = await pay(69_049, "MUFG 0002")
      expect(tooMuch.status).toBe(400)
      expect(tooMuch.data.message).toContain("balance of 69048 JPY")
      const fractional = await pay(0.5, "MUFG 0003")
      expect(fractional.status).toBe(400)
      expect(fractional.data.message).toContain("more decimals than JPY")
      const rest = await pay(69_048, "MUFG 0004")
      expect(rest.data.wholesale_quote.balance).toMatchObject({ status: "paid", balance: 0, next_due: null })
      const seenByBuyer = await send("GET", `/store/wholesale/quotes/${requested.id}`, as(colleagueA))
      expect(seenByBuyer.data.wholesale_quote.payments).toHaveLength(2)
      expect(seenByBuyer.data.wholesale_quote.payments[0].recorded_by).toBeUndefined()
    })

    it("accepting reserves the order's stock once; a shelf sold meanwhile refuses it and makes nothing; cancelling releases it", async () => {
      const container = getContainer()
      const inventory = container.resolve("inventory")
      const [level] = await inventory.listInventoryLevels({
        inventory_item_id: inventoryItemId,
        location_id: shop.locationId,
      })
      const setShelf = (free: number) =>
        inventory.updateInventoryLevels([
          {
            inventory_item_id: inventoryItemId,
            location_id: shop.locationId,
            stocked_quantity: Number(level?.reserved_quantity ?? 0) + free,
          },
        ])
      const quoteId = await requestQuote(buyerA)
      expect((await quote(quoteId)).status).toBe(200)
      const before = await shelfStock(container, shop, inventoryItemId)
      const ordersBefore = await ordersOf(buyerA.customerId)

      // Retail sold the shelf down to 100 jars since the quote: accepting 144 is refused, by name and count.
      await setShelf(100)
      const refused = await send("POST", `/store/wholesale/quotes/${quoteId}/accept`, as(buyerA), {})
      expect(refused.status, JSON.stringify(refused.data)).toBe(409)
      expect(refused.data).toMatchObject({
        code: "too_few_left",
        params: { product: expect.stringContaining("Apricot jam"), left: 100 },
      })
      expect(await ordersOf(buyerA.customerId)).toEqual(ordersBefore)
      expect((await send("GET", `/store/wholesale/quotes/${quoteId}`, as(buyerA))).data.wholesale_quote).toMatchObject({
        status: "quoted",
        order_id: null,
      })
      expect((await shelfStock(container, shop, inventoryItemId)).reserved).toBe(before.reserved)

      // Restocked: accepted (twice at once, then again) and the 144 jars reserved once, for the order's line.
      await setShelf(before.stocked - before.reserved)
      const accepts = await Promise.all([
        send("POST", `/store/wholesale/quotes/${quoteId}/accept`, as(buyerA), {}),
        send("POST", `/store/wholesale/quotes/${quoteId}/accept`, as(colleagueA), {}),
      ])
      const replay = await send("POST", `/store/wholesale/quotes/${quoteId}/accept`, as(buyerA), {})
      for (const accepted of [...accepts, replay]) expect(accepted.status, JSON.stringify(accepted.data)).toBe(200)
      const order = replay.data.order
      expect((await shelfStock(container, shop, inventoryItemId)).reserved).toBe(before.reserved + 144)
      const reservations = await inventory.listReservationItems({ line_item_id: order.items[0].id })
      expect(reservations).toEqual([
        expect.objectContaining({ inventory_item_id: inventoryItemId, location_id: shop.locationId, quantity: 144 }),
      ])
      // What the retail shop can sell went down with it.
      const retailCart = await send(
        "POST",
        "/store/carts",
        { ...shop.store.headers, authorization: retail.authorization },
        { region_id: shop.regions.Japan?.regionId },
      )
      const tooMany = await send(
        "POST",
        `/store/carts/${retailCart.data.cart.id}/line-items`,
        {
          ...shop.store.headers,
          authorization: retail.authorization,
        },
        { variant_id: variantId, quantity: before.stocked - before.reserved - 143 },
      )
      expect(tooMany.status).toBe(400)
      expect(tooMany.data).toMatchObject({
        code: "too_few_left",
        params: { left: before.stocked - before.reserved - 144 },
      })

      // Staff cancel the order: the reservation goes with it.
      const cancelled = await send("POST", `/admin/orders/${order.id}/cancel`, staff.headers, {})
      expect(cancelled.status, JSON.stringify(cancelled.data)).toBe(200)
      expect((await shelfStock(container, shop, inventoryItemId)).reserved).toBe(before.reserved)
      expect(await inventory.listReservationItems({ line_item_id: order.items[0].id })).toEqual([])
    })

    it("declined: the buyer says no, and the quote can no longer become an order", async () => {
      const quoteId = await requestQuote(buyerA)
      expect((await quote(quoteId)).status).toBe(200)
      const declined = await send("POST", `/store/wholesale/quotes/${quoteId}/decline`, as(buyerA), {
        reason: "Freight is too high for this season.",
      })
      expect(declined.status).toBe(200)
      expect(declined.data.wholesale_quote).toMatchObject({
        status: "declined",
        closing_reason: "Freight is too high for this season.",
      })
      const accepted = await send("POST", `/store/wholesale/quotes/${quoteId}/accept`, as(buyerA), {})
      expect(accepted.status).toBe(400)
      expect(accepted.data.message).toBe("the quote is declined; it cannot change any more")
      expect(await ordersOf(buyerA.customerId)).toEqual([])
      expect((await quote(quoteId)).status).toBe(400)
    })

    it("expired: a quote past its validity is refused and marked expired; the daily job expires the rest once", async () => {
      const late = await requestQuote(buyerA)
      const unanswered = await requestQuote(buyerA)
      const forgotten = await requestQuote(buyerA)
      for (const id of [late, forgotten]) expect((await quote(id, { valid_until: today() })).status).toBe(200)
      // Time passes: the quotes were valid until yesterday.
      const wholesale = getContainer().resolve("wholesale") as {
        updateWholesaleQuotes: (data: Record<string, unknown>) => Promise<unknown>
      }
      for (const id of [late, forgotten])
        await wholesale.updateWholesaleQuotes({ id, valid_until: addDays(today(), -1) })

      const refused = await send("POST", `/store/wholesale/quotes/${late}/accept`, as(buyerA), {})
      expect(refused.status).toBe(400)
      expect(refused.data.message).toBe(`the quote was valid until ${addDays(today(), -1)}; ask for a new quote`)
      expect((await send("GET", `/store/wholesale/quotes/${late}`, as(buyerA))).data.wholesale_quote.status).toBe(
        "expired",
      )
      expect(await ordersOf(buyerA.customerId)).toEqual([])

      expect(await expireWholesaleQuotes(getContainer())).toEqual([forgotten])
      expect(await expireWholesaleQuotes(getContainer())).toEqual([])
      expect((await send("GET", `/store/wholesale/quotes/${unanswered}`, as(buyerA))).data.wholesale_quote.status).toBe(
        "requested",
      )
      // Staff's validity cannot start in the past.
      const past = await quote(unanswered, { valid_until: addDays(today(), -1) })
      expect(past.status).toBe(400)
      expect(past.data.message).toContain("valid_until")
    })

    it("withdrawn and cancelled: either side ends an open quote; a trusted company may get net 30", async () => {
      const withdrawn = await requestQuote(buyerA)
      const gone = await send("POST", `/store/wholesale/quotes/${withdrawn}/withdraw`, as(colleagueA), {})
      expect(gone.data.wholesale_quote.status).toBe("withdrawn")
      const cancelled = await requestQuote(buyerA)
      expect((await send("POST", `/admin/wholesale/quotes/${cancelled}/cancel`, staff.headers, {})).status).toBe(400)
      const ended = await send("POST", `/admin/wholesale/quotes/${cancelled}/cancel`, staff.headers, {
        reason: "The apricot harvest was short.",
      })
      expect(ended.data.wholesale_quote).toMatchObject({ status: "cancelled" })
      const told = await emailsAbout(cancelled, "wholesale_quote.cancelled")
      expect(told.map((email) => email.text)).toEqual([expect.stringContaining("The apricot harvest was short.")])
      // A buyer's own withdrawal sends nothing.
      expect(await emailsAbout(withdrawn, "wholesale_quote.cancelled")).toEqual([])
      const trusted = await send("POST", `/admin/wholesale/companies/${buyerA.companyId}`, staff.headers, {
        trusted: true,
        payment_terms: "net_30",
      })
      expect(trusted.status).toBe(200)
      expect(trusted.data.company).toMatchObject({ trusted: true, payment_terms: "net_30" })
      expect((await quote(await requestQuote(buyerA), { payment_terms: "net_30" })).status).toBe(200)
    })

    it("names the field a buyer must correct, and keeps other carts out", async () => {
      const cartId = await cartOf(buyerA, 144)
      const bad = async (changes: Record<string, unknown>, field: string) => {
        const answered = await send("POST", "/store/wholesale/quotes", as(buyerA), { ...rfq(cartId), ...changes })
        expect(answered.status, field).toBe(400)
        expect(answered.data.message).toContain(field)
      }
      await bad({ incoterm: "FOB" }, "incoterm")
      await bad({ requested_delivery_date: today() }, "requested_delivery_date")
      await bad({ requested_delivery_date: "2027-02-30" }, "requested_delivery_date")
      await bad({ destination: { country_code: "ZZ", city: "Tokyo" } }, "destination.country_code")
      await bad({ destination: { country_code: "JP" } }, "city")
      // Another company's cart is not found; a retail cart is no wholesale cart.
      const other = await send("POST", "/store/wholesale/quotes", as(buyerB), rfq(cartId))
      expect(other.status).toBe(404)
      const retailCart = await send(
        "POST",
        "/store/carts",
        { ...shop.store.headers, authorization: buyerA.authorization },
        { region_id: shop.regions.Japan?.regionId, items: [{ variant_id: variantId, quantity: 1 }] },
      )
      const notWholesale = await send("POST", "/store/wholesale/quotes", as(buyerA), rfq(retailCart.data.cart.id))
      expect(notWholesale.status).toBe(400)
      expect(notWholesale.data.message).toContain("Export wholesale")
    })
  },
})
