import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { startStripeServer } from "../../support/stripe-server/server"
import { acceptedJamOrder, type Buyer, requester, type WholesaleShop, wholesaleShop } from "../fixtures/wholesale"
import { backendDir } from "../setup/paths"

// Card payment of wholesale orders through the real server and database, against the local Stripe
// server (test-mode key and secret, never real): a buyer of the company pays the 30 % deposit of a
// yen order by card, the payment is recorded once however often Stripe's webhook and the buyer's
// page report it, then the balance; other companies' buyers, retail customers and applicants are refused.
const stripe = await startStripeServer()
const webhookSecret = "whsec_ovop_integration_tests_only"
process.env.STRIPE_API_KEY = "sk_test_ovop_integration"
process.env.STRIPE_WEBHOOK_SECRET = webhookSecret
process.env.STRIPE_API_BASE_URL = stripe.url
afterAll(() => stripe.close())

type Headers = Record<string, string>
type RecordedPayment = { amount: number; method: string; stripe_payment_intent_id: string | null }

medusaIntegrationTestRunner({
  cwd: backendDir,
  testSuite: ({ api, getContainer }) => {
    let made: WholesaleShop
    let wholesaleKey: Headers
    let staff: { headers: { authorization: string } }
    let buyerAdminA: Buyer
    let buyerA: Buyer
    let buyerB: Buyer
    let retail: { authorization: string }
    let applicant: { authorization: string }

    const as = (who: { authorization: string }) => ({ ...wholesaleKey, authorization: who.authorization })
    const request = requester(api)
    const send = async (method: string, url: string, headers: Headers, body?: unknown) => {
      const answer = await request(method, url, headers, body)
      expect(answer.status, `${method} ${url}: ${JSON.stringify(answer.data)}`).toBeLessThan(300)
      return answer.data
    }
    const webhookUrl = () => `${api.defaults.baseURL}/hooks/payment/stripe_stripe`
    const startPayment = (orderId: string, who: Buyer) =>
      request("POST", `/store/wholesale/orders/${orderId}/card-payment`, as(who), {})
    const confirmPayment = (orderId: string, who: Buyer, intentId: string) =>
      request("POST", `/store/wholesale/orders/${orderId}/card-payment/confirm`, as(who), {
        payment_intent_id: intentId,
      })
    /** Confirms an intent on the local Stripe server as Stripe.js does in the buyer's browser. */
    const confirmCard = async (intentId: string, clientSecret: string) => {
      const response = await fetch(`${stripe.url}/v1/payment_intents/${intentId}/confirm`, {
        method: "POST",
        headers: {
          authorization: "Bearer pk_test_ovop_integration",
          "content-type": "application/x-www-form-urlencoded",
        },
        body: new URLSearchParams({ payment_method: "pm_card_jcb", client_secret: clientSecret }),
      })
      expect(response.status).toBe(200)
    }
    const paymentsOf = async (orderId: string): Promise<RecordedPayment[]> => {
      const wholesale = getContainer().resolve("wholesale") as {
        listWholesalePayments: (filters: Record<string, unknown>) => Promise<RecordedPayment[]>
      }
      return await wholesale.listWholesalePayments({ order_id: orderId })
    }

    /** Buyer A's company orders 144 jars, quoted at 560 yen a jar and 18 000 yen freight (98 640 yen), under `terms`. */
    const acceptedOrder = async (terms: "deposit_30" | "prepayment") => {
      const { orderId, quoteId, order } = await acceptedJamOrder(api, made, buyerAdminA, terms)
      expect(order.total).toBe(98_640)
      return { orderId, quoteId }
    }

    beforeAll(async () => {
      const scene = await wholesaleShop(getContainer(), api, [
        "kyotoAdmin",
        "kyotoBuyer",
        "osakaAdmin",
        "retailCustomer",
        "applicant",
      ])
      made = scene
      ;({ staff, kyotoAdmin: buyerAdminA, kyotoBuyer: buyerA, osakaAdmin: buyerB } = scene)
      wholesaleKey = scene.wholesale.headers
      retail = scene.retailCustomer
      applicant = scene.applicant
    })

    describe("a 30 % deposit order in yen", () => {
      // Each test starts from the database as the suite's setup left it (the runner restores it),
      // while the local Stripe server keeps its intents: each test orders anew.

      it("refuses another company's buyer (404), a retail customer and an applicant (403), and makes no intent", async () => {
        const { orderId } = await acceptedOrder("deposit_30")
        const before = stripe.requests.length
        expect((await startPayment(orderId, buyerB)).status).toBe(404)
        expect((await request("POST", `/store/wholesale/orders/${orderId}/card-payment`, as(retail), {})).status).toBe(
          403,
        )
        expect(
          (await request("POST", `/store/wholesale/orders/${orderId}/card-payment`, as(applicant), {})).status,
        ).toBe(403)
        expect(
          (await request("POST", `/store/wholesale/orders/${orderId}/card-payment`, wholesaleKey, {})).status,
        ).toBe(401)
        // The amount is the server's to reckon: a body naming one is refused.
        const priced = await request("POST", `/store/wholesale/orders/${orderId}/card-payment`, as(buyerA), {
          amount: 1,
        })
        expect(priced.status).toBe(400)
        expect(stripe.requests.length).toBe(before)
      })

      it("a buyer pays the deposit: one intent for 29 592 yen however often asked, the payment recorded once from the webhook and the page", async () => {
        const { orderId, quoteId } = await acceptedOrder("deposit_30")
        const first = await startPayment(orderId, buyerA)
        expect(first.status, JSON.stringify(first.data)).toBe(200)
        expect(first.data.card_payment).toMatchObject({
          installment: "deposit",
          amount: 29_592,
          currency_code: "jpy",
          status: "requires_payment_method",
        })
        const intentId = first.data.card_payment.payment_intent_id as string
        expect(stripe.intents.get(intentId)).toMatchObject({
          amount: 29_592,
          currency: "jpy",
          capture_method: "automatic",
          metadata: { ovop_wholesale_quote_id: quoteId, ovop_order_id: orderId, ovop_installment: "deposit" },
        })
        // A double click, and the buyer admin on another screen: the same intent.
        const again = await Promise.all([startPayment(orderId, buyerA), startPayment(orderId, buyerAdminA)])
        for (const answer of again) expect(answer.data.card_payment.payment_intent_id).toBe(intentId)
        expect(stripe.requests.filter((r) => r.method === "POST" && r.path === "/v1/payment_intents")).toHaveLength(1)

        // Not confirmed yet: the page's report records nothing.
        const early = await confirmPayment(orderId, buyerA, intentId)
        expect(early.data.card_payment).toEqual({
          payment_intent_id: intentId,
          status: "requires_payment_method",
          recorded: false,
        })
        expect(await paymentsOf(orderId)).toHaveLength(0)
        // Another company's buyer cannot report it.
        expect((await confirmPayment(orderId, buyerB, intentId)).status).toBe(404)

        await confirmCard(intentId, first.data.card_payment.client_secret)
        const succeeded = stripe.eventFor("payment_intent.succeeded", intentId)
        const target = { url: webhookUrl(), secret: webhookSecret }
        const [webhook, page] = await Promise.all([
          stripe.deliver(succeeded, target),
          confirmPayment(orderId, buyerA, intentId),
        ])
        expect(webhook.status).toBe(200)
        expect(page.data.card_payment).toEqual({ payment_intent_id: intentId, status: "succeeded", recorded: true })
        // Stripe redelivers the event; the page asks again.
        expect((await stripe.deliver(succeeded, target)).status).toBe(200)
        expect((await confirmPayment(orderId, buyerA, intentId)).data.card_payment.recorded).toBe(true)

        const payments = await paymentsOf(orderId)
        expect(payments.map((p) => [Number(p.amount), p.method, p.stripe_payment_intent_id])).toEqual([
          [29_592, "card", intentId],
        ])
        const { wholesale_quote } = await send("GET", `/store/wholesale/quotes/${quoteId}`, as(buyerA))
        expect(wholesale_quote.balance).toMatchObject({ paid: 29_592, balance: 69_048, status: "partially_paid" })
        expect(wholesale_quote.payments[0]).toMatchObject({ method: "card", amount: 29_592 })
        expect(wholesale_quote.payments[0]).not.toHaveProperty("stripe_payment_intent_id")
        // Staff see the card payment with its intent.
        const staffView = await send("GET", `/admin/wholesale/quotes/${quoteId}`, staff.headers)
        expect(staffView.wholesale_quote.payments[0]).toMatchObject({
          method: "card",
          stripe_payment_intent_id: intentId,
          recorded_by: "stripe",
        })
      })

      it("then the balance: a new intent for 69 048 yen recorded from the page alone, and once paid nothing is due (409)", async () => {
        const { orderId } = await acceptedOrder("deposit_30")
        // The deposit first.
        const deposit = await startPayment(orderId, buyerA)
        const depositIntent = deposit.data.card_payment.payment_intent_id as string
        await confirmCard(depositIntent, deposit.data.card_payment.client_secret)
        expect((await confirmPayment(orderId, buyerA, depositIntent)).data.card_payment.recorded).toBe(true)

        const balance = await startPayment(orderId, buyerA)
        expect(balance.data.card_payment).toMatchObject({ installment: "balance", amount: 69_048 })
        const intentId = balance.data.card_payment.payment_intent_id as string
        expect(intentId).not.toBe(depositIntent)
        await confirmCard(intentId, balance.data.card_payment.client_secret)
        // The webhook never comes: the page's report records it.
        const settled = await confirmPayment(orderId, buyerA, intentId)
        expect(settled.data.card_payment.recorded).toBe(true)
        expect(settled.data.wholesale_quote.balance).toMatchObject({ paid: 98_640, balance: 0, status: "paid" })
        expect((await paymentsOf(orderId)).map((p) => Number(p.amount)).sort()).toEqual([29_592, 69_048])
        const paid = await startPayment(orderId, buyerA)
        expect(paid.status).toBe(409)
        expect(paid.data).toMatchObject({ code: "nothing_due", message: expect.stringMatching(/paid in full/) })
      })

      it("Stripe's webhook alone records the payment; an unsigned event records nothing", async () => {
        const { orderId } = await acceptedOrder("deposit_30")
        const deposit = await startPayment(orderId, buyerA)
        const intentId = deposit.data.card_payment.payment_intent_id as string
        await confirmCard(intentId, deposit.data.card_payment.client_secret)
        const succeeded = stripe.eventFor("payment_intent.succeeded", intentId)
        const forged = await stripe.deliver(succeeded, { url: webhookUrl(), secret: "whsec_not_this_servers" })
        expect(forged.status).toBe(400)
        expect(await paymentsOf(orderId)).toHaveLength(0)
        expect((await stripe.deliver(succeeded, { url: webhookUrl(), secret: webhookSecret })).status).toBe(200)
        // Recorded before the webhook's answer, with no word from the page.
        expect((await paymentsOf(orderId)).map((p) => [Number(p.amount), p.method])).toEqual([[29_592, "card"]])
      })

      it("a card payment Stripe took but nobody reported is recorded when the buyer comes back", async () => {
        const { orderId } = await acceptedOrder("deposit_30")
        const deposit = await startPayment(orderId, buyerA)
        const depositIntent = deposit.data.card_payment.payment_intent_id as string
        await confirmCard(depositIntent, deposit.data.card_payment.client_secret)
        // Neither the webhook nor the page's report arrived; the buyer opens the page again.
        const next = await startPayment(orderId, buyerA)
        expect(next.data.card_payment).toMatchObject({ installment: "balance", amount: 69_048 })
        expect((await paymentsOf(orderId)).map((p) => [Number(p.amount), p.stripe_payment_intent_id])).toEqual([
          [29_592, depositIntent],
        ])
      })
    })

    it("a prepayment order pays the whole; a cancelled order is refused (409)", async () => {
      const { orderId } = await acceptedOrder("prepayment")
      const whole = await startPayment(orderId, buyerA)
      expect(whole.data.card_payment).toMatchObject({ installment: "prepayment", amount: 98_640 })
      await send("POST", `/admin/orders/${orderId}/cancel`, staff.headers, {})
      const cancelled = await startPayment(orderId, buyerA)
      expect(cancelled.status).toBe(409)
      expect(cancelled.data).toMatchObject({ code: "order_cancelled", message: expect.stringMatching(/cancelled/) })
    })
  },
})
