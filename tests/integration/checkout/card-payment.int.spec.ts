import type { MedusaContainer } from "@medusajs/framework/types"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { refusal } from "@ovop/domain"
import { refusalMessage } from "@ovop/domain/messages"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { startStripeServer } from "../../support/stripe-server/server"
import { stripeSignatureHeader } from "../../support/stripe-server/signature"
import { signInAsStaff } from "../fixtures/admin"
import {
  type CheckoutShop,
  createCheckoutShop,
  createStockedProduct,
  japanRegion,
  orderWithPayments,
  readyToPay,
  shopperCart,
} from "../fixtures/checkout"
import { backendDir } from "../setup/paths"

// Cards through Stripe, against the local Stripe server (test-mode key and secret, never real).
// The backend reads these when the test runner boots it, after this file has loaded.
const stripe = await startStripeServer()
const webhookSecret = "whsec_ovop_integration_tests_only"
process.env.STRIPE_API_KEY = "sk_test_ovop_integration"
process.env.STRIPE_WEBHOOK_SECRET = webhookSecret
process.env.STRIPE_API_BASE_URL = stripe.url
afterAll(() => stripe.close())

type ApiError = { response: { status: number; data: { message: string; type?: string } } }
type PaymentSession = { id: string; provider_id: string; data: { id: string; client_secret: string } }

/** Confirms an intent on the local Stripe server as Stripe.js does in the shopper's browser. */
async function confirmCard(session: PaymentSession, paymentMethod: string) {
  const response = await fetch(`${stripe.url}/v1/payment_intents/${session.data.id}/confirm`, {
    method: "POST",
    headers: {
      authorization: "Bearer pk_test_ovop_integration",
      "content-type": "application/x-www-form-urlencoded",
    },
    body: new URLSearchParams({ payment_method: paymentMethod, client_secret: session.data.client_secret }),
  })
  return { status: response.status, body: (await response.json()) as Record<string, Record<string, string>> }
}

/** Resolves when Medusa's process-payment workflow (what a webhook runs) has finished `count` times. */
function processPaymentRuns(container: MedusaContainer, count: number): Promise<void> {
  const engine = container.resolve("workflows") as {
    subscribe: (input: {
      workflowId: string
      subscriberId: string
      subscriber: (event: { eventType: string }) => void
    }) => void
    unsubscribe: (input: { workflowId: string; subscriberOrId: string }) => void
  }
  const subscriberId = `payment-test-${Math.random()}`
  return new Promise((resolve) => {
    let finished = 0
    engine.subscribe({
      workflowId: "process-payment-workflow",
      subscriberId,
      subscriber: ({ eventType }) => {
        if (eventType !== "onFinish" || ++finished < count) return
        engine.unsubscribe({ workflowId: "process-payment-workflow", subscriberOrId: subscriberId })
        resolve()
      },
    })
  })
}

medusaIntegrationTestRunner({
  cwd: backendDir,
  testSuite: ({ api, getContainer }) => {
    let store: { headers: Record<string, string> }
    let shop: CheckoutShop
    let variantId: string
    let buyers = 0
    const webhookUrl = () => `${api.defaults.baseURL}/hooks/payment/stripe_stripe`

    beforeAll(async () => {
      const container = getContainer()
      shop = await createCheckoutShop(container, [japanRegion(["pp_stripe_stripe"])])
      store = shop.store
      ;({ variantId } = await createStockedProduct(container, shop, {
        title: "White sainfoin honey",
        sku: "ANA-SAINFOIN-HONEY-500G",
        size: "500 g",
        prices: [{ currency_code: "jpy", amount: 2400 }],
        stock: 50,
      }))
    })

    /** A Japanese cart with a jar of honey, EMS and a card payment session opened with Stripe. */
    const cardCheckout = async () => {
      const cartId = await shopperCart(api, shop, {
        region: "Japan",
        buyer: ++buyers,
        items: [{ variant_id: variantId, quantity: 1 }],
        billing: true,
      })
      const session = await readyToPay<PaymentSession>(api, shop, cartId, {
        region: "Japan",
        providerId: "pp_stripe_stripe",
      })
      return { cartId, session }
    }

    const orderOf = (orderId: string) => orderWithPayments(getContainer(), orderId)

    const ordersOfCart = async (cartId: string) => {
      const { data } = await getContainer()
        .resolve("query")
        .graph({ entity: "order_cart", fields: ["order_id"], filters: { cart_id: cartId } })
      return data
    }

    describe("a card checkout in yen", () => {
      it("opens a Stripe payment intent for the cart's total, in yen without decimals, to capture later", async () => {
        const { session } = await cardCheckout()
        const intent = stripe.intents.get(session.data.id)
        expect(intent).toMatchObject({
          amount: 5200,
          currency: "jpy",
          capture_method: "manual",
          status: "requires_payment_method",
          metadata: { session_id: session.id },
        })
        expect(session.data.client_secret).toMatch(/^pi_\w+_secret_\w+$/)
      })

      it("completes into an order with yen totals and an authorized, uncaptured card payment", async () => {
        const { cartId, session } = await cardCheckout()
        const confirmed = await confirmCard(session, "pm_card_visa")
        expect(confirmed.status).toBe(200)
        expect(stripe.intents.get(session.data.id)?.status).toBe("requires_capture")

        const { data } = await api.post(`/store/carts/${cartId}/complete`, {}, store)
        expect(data.type).toBe("order")
        expect(data.order).toMatchObject({ currency_code: "jpy", item_total: 2400, shipping_total: 2800, total: 5200 })
        const order = await orderOf(data.order.id)
        expect(order.payment_collections[0]?.status).toBe("authorized")
        expect(order.payment_collections[0]?.payments).toEqual([
          expect.objectContaining({ provider_id: "pp_stripe_stripe", amount: 5200, captured_at: null, captures: [] }),
        ])
        expect(stripe.intents.get(session.data.id)?.status).toBe("requires_capture")
      })

      it("refuses to complete while the card is not confirmed, and places no order", async () => {
        const { cartId } = await cardCheckout()
        const refused = await api.post(`/store/carts/${cartId}/complete`, {}, store).catch((e: ApiError) => e.response)
        expect(refused.status).toBe(400)
        expect(refused.data).toMatchObject({ type: "not_allowed", code: "card_not_confirmed", params: {} })
        expect(refused.data.message).toBe(refusalMessage(refusal("card_not_confirmed", {}), "en"))
        expect(await ordersOfCart(cartId)).toEqual([])
      })
    })

    describe("a declined card", () => {
      it("answers a Stripe-shaped 402 on confirmation, a clear 400 on completion, no order; another card then succeeds", async () => {
        const { cartId, session } = await cardCheckout()
        const declined = await confirmCard(session, "pm_card_chargeDeclined")
        expect(declined.status).toBe(402)
        expect(declined.body.error).toMatchObject({
          type: "card_error",
          code: "card_declined",
          decline_code: "generic_decline",
        })

        const refused = await api.post(`/store/carts/${cartId}/complete`, {}, store).catch((e: ApiError) => e.response)
        expect(refused.status).toBe(400)
        expect(refused.data).toMatchObject({ code: "card_declined", params: { reason: "generic_decline" } })
        expect(refused.data.message).toBe(
          "your card was declined: the bank gave no reason; try another card or ask your bank",
        )
        expect(await ordersOfCart(cartId)).toEqual([])

        expect((await confirmCard(session, "pm_card_visa")).status).toBe(200)
        const { data } = await api.post(`/store/carts/${cartId}/complete`, {}, store)
        expect(data.type).toBe("order")
        expect(await ordersOfCart(cartId)).toHaveLength(1)
      })
    })

    describe("Stripe webhooks at POST /hooks/payment/stripe_stripe", () => {
      it("refuses a wrong, stale or missing signature with 400 before anything is queued", async () => {
        const { session } = await cardCheckout()
        await confirmCard(session, "pm_card_visa")
        const event = stripe.eventFor("payment_intent.amount_capturable_updated", session.data.id)
        const payload = JSON.stringify(event)
        const now = Math.floor(Date.now() / 1000)
        const post = (signature?: string) =>
          api
            .post(webhookUrl(), payload, {
              headers: { "content-type": "application/json", ...(signature ? { "stripe-signature": signature } : {}) },
            })
            .catch((e: ApiError) => e.response)

        const forged = await post(stripeSignatureHeader(payload, "whsec_someone_else", now))
        expect(forged.status).toBe(400)
        expect(forged.data.message).toContain("Stripe-Signature refused (mismatch)")
        expect((await post(stripeSignatureHeader(payload, webhookSecret, now - 3600))).data.message).toContain(
          "(too old)",
        )
        expect((await post()).status).toBe(400)
        expect((await post(stripeSignatureHeader(payload, webhookSecret, now))).status).toBe(200)
      })

      it("completes the order when the authorization webhook beats the shopper, and the shopper's completion then answers that same order", async () => {
        const { cartId, session } = await cardCheckout()
        await confirmCard(session, "pm_card_visa")
        const handled = processPaymentRuns(getContainer(), 2)
        const event = stripe.eventFor("payment_intent.amount_capturable_updated", session.data.id)
        // Stripe retries deliveries: the same event twice.
        expect((await stripe.deliver(event, { url: webhookUrl(), secret: webhookSecret })).status).toBe(200)
        expect((await stripe.deliver(event, { url: webhookUrl(), secret: webhookSecret })).status).toBe(200)
        await handled

        const orders = await ordersOfCart(cartId)
        expect(orders).toHaveLength(1)
        const { data } = await api.post(`/store/carts/${cartId}/complete`, {}, store)
        expect(data.order.id).toBe((orders[0] as { order_id: string }).order_id)
        const order = await orderOf(data.order.id)
        expect(order.payment_collections[0]?.payments).toHaveLength(1)
        expect(order.payment_collections[0]?.status).toBe("authorized")
        const { data: sessions } = await getContainer()
          .resolve("query")
          .graph({ entity: "payment_session", fields: ["id", "status", "deleted_at"], filters: { id: session.id } })
        expect(sessions).toEqual([expect.objectContaining({ id: session.id, status: "authorized" })])
      })

      it("captures once when staff capture in the admin, whatever Stripe sends afterwards, repeated or out of order", async () => {
        const { cartId, session } = await cardCheckout()
        await confirmCard(session, "pm_card_visa")
        // An event from before the capture, delivered late.
        const lateAuthorization = stripe.eventFor("payment_intent.amount_capturable_updated", session.data.id)
        const { data } = await api.post(`/store/carts/${cartId}/complete`, {}, store)
        const orderId = data.order.id as string
        const paymentId = (await orderOf(orderId)).payment_collections[0]?.payments[0]?.id

        const staff = await signInAsStaff(getContainer(), api)
        await api.post(`/admin/payments/${paymentId}/capture`, {}, staff)
        expect(stripe.intents.get(session.data.id)).toMatchObject({ status: "succeeded", amount_received: 5200 })

        const handled = processPaymentRuns(getContainer(), 3)
        const succeeded = stripe.eventFor("payment_intent.succeeded", session.data.id)
        const target = { url: webhookUrl(), secret: webhookSecret }
        for (const event of [succeeded, succeeded, lateAuthorization]) {
          expect((await stripe.deliver(event, target)).status).toBe(200)
        }
        await handled

        const order = await orderOf(orderId)
        expect(order.payment_collections[0]?.status).toBe("completed")
        expect(order.payment_collections[0]?.payments).toHaveLength(1)
        expect(order.payment_collections[0]?.payments[0]?.captures).toHaveLength(1)
        expect(order.payment_collections[0]?.payments[0]?.captured_at).not.toBeNull()
        const transactions = await getContainer().resolve("order").listOrderTransactions({ order_id: orderId })
        expect(transactions.map((t) => [t.reference, Number(t.amount)])).toEqual([["capture", 5200]])
        expect(stripe.requests.filter((r) => r.path.endsWith(`${session.data.id}/capture`))).toHaveLength(1)
        expect(await ordersOfCart(cartId)).toHaveLength(1)
      })

      it("records a capture made in Stripe's dashboard once, however often the event arrives", async () => {
        const { cartId, session } = await cardCheckout()
        await confirmCard(session, "pm_card_visa")
        const { data } = await api.post(`/store/carts/${cartId}/complete`, {}, store)
        const orderId = data.order.id as string
        // Someone captures in Stripe's dashboard, not in our admin.
        const captured = await fetch(`${stripe.url}/v1/payment_intents/${session.data.id}/capture`, {
          method: "POST",
          headers: { authorization: "Bearer sk_test_ovop_integration" },
        })
        expect(captured.status).toBe(200)

        const succeeded = stripe.eventFor("payment_intent.succeeded", session.data.id)
        const target = { url: webhookUrl(), secret: webhookSecret }
        const first = processPaymentRuns(getContainer(), 1)
        expect((await stripe.deliver(succeeded, target)).status).toBe(200)
        await first
        const repeated = processPaymentRuns(getContainer(), 2)
        expect((await stripe.deliver(succeeded, target)).status).toBe(200)
        expect((await stripe.deliver(succeeded, target)).status).toBe(200)
        await repeated

        const order = await orderOf(orderId)
        expect(order.payment_collections[0]?.status).toBe("completed")
        expect(order.payment_collections[0]?.payments[0]?.captures).toHaveLength(1)
        const transactions = await getContainer().resolve("order").listOrderTransactions({ order_id: orderId })
        expect(transactions.map((t) => [t.reference, Number(t.amount)])).toEqual([["capture", 5200]])
      })
    })
  },
})
