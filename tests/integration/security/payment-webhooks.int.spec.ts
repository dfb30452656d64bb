import { Modules } from "@medusajs/framework/utils"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { beforeAll, describe, expect, it } from "vitest"
import { stripeSignatureHeader } from "../../support/stripe-server/signature"
import { rawRequest } from "../fixtures/raw-http"
import { backendDir } from "../setup/paths"

// Stripe registered with a test-mode placeholder key (no call to Stripe is made: only the webhook
// route is exercised) and a test-only signing secret.
const webhookSecret = "whsec_ovop_webhook_guard_tests_only"
process.env.STRIPE_API_KEY = "sk_test_ovop_placeholder"
process.env.STRIPE_WEBHOOK_SECRET = webhookSecret

type Emitted = { name: string; data?: { provider?: string } }

medusaIntegrationTestRunner({
  cwd: backendDir,
  testSuite: ({ api, getContainer }) => {
    // Every payment webhook event Medusa's route hands the event bus (what "queued" means).
    const queued: Emitted[] = []

    beforeAll(() => {
      const eventBus = getContainer().resolve(Modules.EVENT_BUS) as { emit: (...args: unknown[]) => Promise<unknown> }
      const emit = eventBus.emit.bind(eventBus)
      eventBus.emit = (data: unknown, ...rest: unknown[]) => {
        for (const event of [data].flat() as Emitted[]) {
          if (event?.name === "payment.webhook_received") queued.push(event)
        }
        return emit(data, ...rest)
      }
    })

    const event = JSON.stringify({ id: "evt_guard", type: "payment_intent.succeeded", data: { object: {} } })
    const post = (path: string, signed: boolean) =>
      rawRequest(api.defaults.baseURL as string, {
        method: "POST",
        path,
        headers: {
          "content-type": "application/json",
          ...(signed
            ? { "stripe-signature": stripeSignatureHeader(event, webhookSecret, Math.floor(Date.now() / 1000)) }
            : {}),
        },
        body: event,
      })

    describe("POST /hooks/payment/:provider", () => {
      it.each([
        "/hooks/payment/STRIPE_STRIPE",
        "/hooks/payment/Stripe_stripe",
        "/hooks/payment/stripe_stripe;x",
        "/hooks/payment/stripe_stripe%3Bx",
        "/hooks/payment/pp_stripe_stripe",
        "/hooks/payment/pp_STRIPE_stripe",
        "/hooks/payment/stripe_stripe%20",
        "/hooks/payment/system_default",
        "/hooks/payment/cash-on-delivery_ovop",
        "/hooks/payment/bank-transfer_ovop",
        "/hooks/payment/paypal_paypal",
      ])("refuses %s with 404, signed or not, and queues nothing", async (path) => {
        for (const signed of [false, true]) {
          const response = await post(path, signed)
          expect(response.status).toBe(404)
        }
        expect(queued).toEqual([])
      })

      // A control character in the path is refused by the input guard before any route (400).
      it("refuses /hooks/payment/stripe_stripe%00 with 400, signed or not, and queues nothing", async () => {
        for (const signed of [false, true]) {
          const response = await post("/hooks/payment/stripe_stripe%00", signed)
          expect(response.status).toBe(400)
        }
        expect(queued).toEqual([])
      })

      it.each([
        "/hooks/payment/stripe_stripe",
        "/hooks/payment/stripe_stripe/",
        "/hooks/payment/%73tripe_stripe",
        "/HOOKS/PAYMENT/stripe_stripe",
        "/hooks/payment/stripe_stripe?x=1",
        "//hooks/payment/stripe_stripe",
        "/hooks//payment/stripe_stripe",
        "/hooks/payment//stripe_stripe",
        "/hooks/payment/./stripe_stripe",
      ])("refuses an unsigned event at %s with a 4xx and queues nothing", async (path) => {
        const response = await post(path, false)
        expect(response.status).toBeGreaterThanOrEqual(400)
        expect(response.status).toBeLessThan(500)
        expect(queued).toEqual([])
      })

      it("accepts a correctly signed event for the canonical name and queues it for pp_stripe_stripe's provider", async () => {
        const response = await post("/hooks/payment/stripe_stripe", true)
        expect(response.status).toBe(200)
        expect(queued.map((e) => e.data?.provider)).toEqual(["stripe_stripe"])
      })
    })
  },
})
