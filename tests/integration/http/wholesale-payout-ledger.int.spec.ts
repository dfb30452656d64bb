import { Modules } from "@medusajs/framework/utils"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { addDays, quoteDay } from "@ovop/domain"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { bookWholesalePayment } from "../../../backend/src/lib/payout-booking"
import { PAYOUT_FEE_PERCENT_SETTING } from "../../../backend/src/modules/payout/settings"
import { startStripeServer } from "../../support/stripe-server/server"
import { signInAsStaff } from "../fixtures/admin"
import { type CheckoutShop, createCheckoutShop, japanRegion } from "../fixtures/checkout"
import { type LedgerEntry, ledgerEntriesOf } from "../fixtures/payouts"
import { tosorApricotGroup } from "../fixtures/producer-groups"
import { approvedBuyer, type Buyer, createWholesaleJam } from "../fixtures/wholesale"
import { backendDir } from "../setup/paths"

// The producer groups' payout ledger credits the payments of an accepted quote's order, through
// the real server and database: a deposit staff record from the bank and the balance paid by card
// (against the local Stripe server, test-mode key and secret), each booked once over the order's
// lines by the capture's rules, however often it is reported; a payment in a currency without a
// rate waits for one; cancelling the order reverses what was credited.
const stripe = await startStripeServer()
const webhookSecret = "whsec_ovop_integration_tests_only"
process.env.STRIPE_API_KEY = "sk_test_ovop_integration"
process.env.STRIPE_WEBHOOK_SECRET = webhookSecret
process.env.STRIPE_API_BASE_URL = stripe.url
afterAll(() => stripe.close())

type Headers = Record<string, string>
// biome-ignore lint/suspicious/noExplicitAny: the answers are read field by field
type Answer = { status: number; data: Record<string, any> }
type Entry = LedgerEntry

/** The UTC day: the ledger takes a payment's rate on the day (UTC) it was recorded. */
const utcDay = () => new Date().toISOString().slice(0, 10)

medusaIntegrationTestRunner({
  cwd: backendDir,
  testSuite: ({ api, getContainer }) => {
    let shop: CheckoutShop
    let wholesaleKey: Headers
    let variantId: string
    let staff: { headers: { authorization: string } }
    let buyer: Buyer
    let tosor: string

    const as = (who: { authorization: string }) => ({ ...wholesaleKey, authorization: who.authorization })
    const request = async (method: string, url: string, headers: Headers, body?: unknown): Promise<Answer> => {
      const answer = await api.request({ method, url, headers, data: body, validateStatus: () => true })
      return { status: answer.status, data: answer.data }
    }
    const send = async (method: string, url: string, headers: Headers, body?: unknown) => {
      const answer = await request(method, url, headers, body)
      expect(answer.status, `${method} ${url}: ${JSON.stringify(answer.data)}`).toBeLessThan(300)
      return answer.data
    }

    /** The ledger entries of an order, straight from the module, amounts as numbers, oldest first. */
    const entriesOf = (orderId: string) => ledgerEntriesOf(getContainer(), orderId, { oldestFirst: true })
    const sum = (entries: Entry[], pick: (entry: Entry) => number) =>
      entries.reduce((total, entry) => total + pick(entry), 0)
    const signed = (entries: Entry[], pick: (entry: Entry) => number) =>
      sum(entries, (entry) => (entry.kind === "credit" ? pick(entry) : -pick(entry)))

    const setRate = (rate_to_kgs: number) =>
      send("POST", "/admin/payouts/exchange-rates", staff.headers, {
        currency_code: "JPY",
        rate_to_kgs,
        effective_on: addDays(utcDay(), -1),
      })

    /** The company orders 144 jars at 560 yen and 18 000 yen freight (98 640 yen), 30 % deposit. */
    const acceptedOrder = async () => {
      const { cart } = await send("POST", "/store/carts", as(buyer), {
        region_id: shop.regions.Japan?.regionId,
        items: [{ variant_id: variantId, quantity: 144 }],
      })
      const asked = await send("POST", "/store/wholesale/quotes", as(buyer), {
        cart_id: cart.id,
        requested_delivery_date: addDays(quoteDay(new Date()), 60),
        destination: { country_code: "JP", city: "Yokohama" },
        incoterm: "CPT",
      })
      const quoteId = asked.wholesale_quote.id as string
      await send("POST", `/admin/wholesale/quotes/${quoteId}/quote`, staff.headers, {
        lines: asked.wholesale_quote.lines.map((line: { id: string }) => ({ id: line.id, unit_price: 560 })),
        freight: 18_000,
        valid_until: addDays(quoteDay(new Date()), 14),
        ships_on: addDays(quoteDay(new Date()), 30),
        payment_terms: "deposit_30",
      })
      const accepted = await send("POST", `/store/wholesale/quotes/${quoteId}/accept`, as(buyer), {})
      expect(accepted.order.total).toBe(98_640)
      return { orderId: accepted.order.id as string, quoteId }
    }

    /** Staff record the 30 % deposit (29 592 yen) received by bank transfer; answers its payment id. */
    const recordDeposit = async (quoteId: string) => {
      const { wholesale_quote } = await send("POST", `/admin/wholesale/quotes/${quoteId}/payments`, staff.headers, {
        amount: 29_592,
        received_on: quoteDay(new Date()),
        reference: "MUFG-TT-20261207-0042",
      })
      return wholesale_quote.payments[0].id as string
    }

    /** The buyer pays what is due now by card on the local Stripe server; answers the intent and the event. */
    const payByCard = async (orderId: string) => {
      const started = await send("POST", `/store/wholesale/orders/${orderId}/card-payment`, as(buyer), {})
      const intentId = started.card_payment.payment_intent_id as string
      const response = await fetch(`${stripe.url}/v1/payment_intents/${intentId}/confirm`, {
        method: "POST",
        headers: {
          authorization: "Bearer pk_test_ovop_integration",
          "content-type": "application/x-www-form-urlencoded",
        },
        body: new URLSearchParams({ payment_method: "pm_card_jcb", client_secret: started.card_payment.client_secret }),
      })
      expect(response.status).toBe(200)
      return { intentId, succeeded: stripe.eventFor("payment_intent.succeeded", intentId) }
    }

    beforeAll(async () => {
      const container = getContainer()
      shop = await createCheckoutShop(container, [japanRegion()])
      const made = await createWholesaleJam(container, shop)
      wholesaleKey = made.wholesale.headers
      variantId = made.variantId
      staff = await signInAsStaff(container, api)
      const retailKey = shop.store.headers["x-publishable-api-key"] ?? ""
      buyer = await approvedBuyer(api, retailKey, staff, "hanako@kyoto-imports.example.jp", "Kyoto Imports")
      tosor = (await send("POST", "/admin/producer-groups", staff.headers, tosorApricotGroup())).producer_group.id
      await send("POST", `/admin/products/${made.productId}/producer-group`, staff.headers, {
        producer_group_id: tosor,
      })
      // Stripe's card fee, as staff set it for card checkouts; a bank transfer costs nothing.
      const storeModule = container.resolve(Modules.STORE)
      const [store] = await storeModule.listStores({})
      await storeModule.updateStores(store?.id as string, {
        metadata: { ...(store?.metadata ?? {}), [PAYOUT_FEE_PERCENT_SETTING]: { pp_stripe_stripe: 3.4 } },
      })
    })

    describe("an accepted quote's order in yen", () => {
      // Each test starts from the database as the setup left it (no rate of the yen yet).

      it("credits a transfer deposit and a card balance to the jam's group once each, however often reported", async () => {
        await setRate(0.583)
        const { orderId, quoteId } = await acceptedOrder()
        const depositId = await recordDeposit(quoteId)

        // Booked before staff's answer: the jam's line (its group) and the freight (the association's).
        const deposit = await entriesOf(orderId)
        expect(deposit.map((entry) => [entry.kind, entry.part_kind, entry.producer_group_id, entry.event_key])).toEqual(
          [
            ["credit", "item", tosor, `wholesale_payment:${depositId}`],
            ["credit", "shipping", null, `wholesale_payment:${depositId}`],
          ],
        )
        const [jam, freight] = deposit as [Entry, Entry]
        // 30 % of 80 640 yen of jam and of 18 000 yen freight; the group's 15 % on its gross, no fee on a transfer.
        expect(jam).toMatchObject({ payment_id: depositId, share: 24_192, commission_rate: 0.15, fee: 0 })
        expect(jam.gross).toBe(jam.share - jam.tax)
        expect(jam.commission).toBe(Math.round(jam.gross * 0.15))
        expect(jam.net).toBe(jam.gross - jam.commission)
        expect(freight).toMatchObject({ share: 5_400, net: 0, commission: 0 })
        expect(deposit.every((entry) => entry.rate_to_kgs === 0.583)).toBe(true)
        expect(sum(deposit, (entry) => entry.net + entry.commission + entry.fee + entry.association)).toBe(29_592)
        expect(
          sum(deposit, (entry) => entry.kgs_net + entry.kgs_commission + entry.kgs_fee + entry.kgs_association),
        ).toBe(Math.round(29_592 * 0.583))

        // The balance by card: Stripe's webhook and the buyer's page report it at once, then again.
        const { intentId, succeeded } = await payByCard(orderId)
        const target = { url: `${api.defaults.baseURL}/hooks/payment/stripe_stripe`, secret: webhookSecret }
        const confirm = () =>
          request("POST", `/store/wholesale/orders/${orderId}/card-payment/confirm`, as(buyer), {
            payment_intent_id: intentId,
          })
        const [webhook, page] = await Promise.all([stripe.deliver(succeeded, target), confirm()])
        expect(webhook.status).toBe(200)
        expect(page.data.card_payment.recorded).toBe(true)
        expect((await stripe.deliver(succeeded, target)).status).toBe(200)
        expect((await confirm()).status).toBe(200)

        const all = await entriesOf(orderId)
        const card = all.filter((entry) => entry.event_key !== `wholesale_payment:${depositId}`)
        expect(card).toHaveLength(2)
        const cardPaymentId = card[0]?.payment_id as string
        expect(card.every((entry) => entry.event_key === `wholesale_payment:${cardPaymentId}`)).toBe(true)
        expect(sum(card, (entry) => entry.share)).toBe(69_048)
        // 3.4 % of the card payment in Stripe's fee, spread over the parts; every yen accounted for.
        expect(sum(card, (entry) => entry.fee)).toBe(Math.round(69_048 * 0.034))
        expect(sum(card, (entry) => entry.net + entry.commission + entry.fee + entry.association)).toBe(69_048)

        // Booking again, by the route or as a recording does, books nothing more.
        const again = await send("POST", `/admin/payouts/orders/${orderId}/book`, staff.headers, {})
        expect(again.booked).toBe(0)
        await bookWholesalePayment(getContainer(), orderId)
        expect(await entriesOf(orderId)).toHaveLength(4)

        // The group's ledger shows both payments, the whole of the jam paid for.
        const ledger = await send("GET", `/admin/payouts/groups/${tosor}/ledger`, staff.headers)
        expect(ledger.entries.map((entry: Entry) => entry.event_key).sort()).toEqual(
          [`wholesale_payment:${depositId}`, `wholesale_payment:${cardPaymentId}`].sort(),
        )
        expect(sum(ledger.entries, (entry) => Number(entry.share))).toBe(80_640)
        expect(ledger.totals.net).toBe(sum(ledger.entries, (entry) => Number(entry.kgs_net)))
        expect(ledger.totals.lines_sold).toBe(1)

        // The group's statement: the line's two instalments, one line sold, its quantity shown once.
        const day = utcDay()
        const statement = await api.get(
          `/admin/payouts/groups/${tosor}/statement?from=${day}&to=${day}&format=csv&lang=ru`,
          { headers: staff.headers, responseType: "text" },
        )
        const rows = String(statement.data)
          .replace(/^\uFEFF/, "")
          .trimEnd()
          .split("\r\n")
        const jamRows = rows.filter((row) => row.includes("Apricot jam")).map((row) => row.split(";")[3])
        expect(jamRows).toEqual(["144", ""])
        const totals = rows.find((row) => row.includes("Итого за период"))?.split(";") ?? []
        expect(Number(totals[3])).toBe(1)
        expect(Number(totals[7])).toBe(ledger.totals.net)
      })

      it("lets a payment wait for the yen's rate, refuses to book it until staff add one, then books it once", async () => {
        const { orderId, quoteId } = await acceptedOrder()
        await recordDeposit(quoteId)
        expect(await entriesOf(orderId)).toEqual([])
        const waiting = await request("POST", `/admin/payouts/orders/${orderId}/book`, staff.headers, {})
        expect(waiting.status).toBe(400)
        expect(waiting.data).toMatchObject({ code: "no_exchange_rate", params: { currency: "JPY", day: utcDay() } })

        await setRate(0.6)
        const booked = await send("POST", `/admin/payouts/orders/${orderId}/book`, staff.headers, {})
        expect(booked.booked).toBe(2)
        const entries = await entriesOf(orderId)
        expect(entries.every((entry) => entry.rate_to_kgs === 0.6)).toBe(true)
        expect(
          sum(entries, (entry) => entry.kgs_net + entry.kgs_commission + entry.kgs_fee + entry.kgs_association),
        ).toBe(Math.round(29_592 * 0.6))
        expect((await send("POST", `/admin/payouts/orders/${orderId}/book`, staff.headers, {})).booked).toBe(0)
      })

      it("reverses what the order's payments credited when staff cancel it, once", async () => {
        await setRate(0.583)
        const { orderId, quoteId } = await acceptedOrder()
        const depositId = await recordDeposit(quoteId)
        expect(await entriesOf(orderId)).toHaveLength(2)
        await send("POST", `/admin/orders/${orderId}/cancel`, staff.headers, {})
        await expect
          .poll(async () => (await entriesOf(orderId)).filter((entry) => entry.kind === "debit").length, {
            timeout: 30_000,
            interval: 200,
          })
          .toBe(2)
        const entries = await entriesOf(orderId)
        expect(entries.filter((entry) => entry.kind === "debit").map((entry) => entry.event_key)).toEqual([
          `wholesale_cancel:${depositId}`,
          `wholesale_cancel:${depositId}`,
        ])
        for (const pick of [(e: Entry) => e.share, (e: Entry) => e.net, (e: Entry) => e.kgs_net]) {
          expect(signed(entries, pick)).toBe(0)
        }
        expect((await send("POST", `/admin/payouts/orders/${orderId}/book`, staff.headers, {})).booked).toBe(0)
        expect(await entriesOf(orderId)).toHaveLength(4)
      })
    })
  },
})
