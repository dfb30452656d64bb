import { spawn } from "node:child_process"
import http from "node:http"
import { createRequire } from "node:module"
import type { AddressInfo } from "node:net"
import path from "node:path"
import { fileURLToPath } from "node:url"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { parseStripeApiBaseUrl } from "../../../backend/src/modules/stripe-payment/api-host"
import { type StripeServer, startStripeServer } from "./server"

// The stripe SDK Medusa's provider uses, aimed at the local server the way our provider aims it.
const require = createRequire(import.meta.url)
// biome-ignore lint/suspicious/noExplicitAny: the SDK's own types belong to Medusa's copy of it.
const Stripe = createRequire(require.resolve("@medusajs/payment-stripe"))("stripe") as any

describe("the local Stripe server, driven by the stripe SDK", () => {
  let server: StripeServer
  // biome-ignore lint/suspicious/noExplicitAny: see above.
  let stripe: any
  const received: { signature: string; body: string }[] = []
  let receiver: http.Server
  const secret = "whsec_ovop_unit_tests_only"

  beforeAll(async () => {
    receiver = http.createServer((req, res) => {
      let body = ""
      req.on("data", (chunk) => {
        body += chunk
      })
      req.on("end", () => {
        received.push({ signature: String(req.headers["stripe-signature"]), body })
        res.end("ok")
      })
    })
    await new Promise<void>((resolve) => receiver.listen(0, "127.0.0.1", () => resolve()))
    const webhookUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hooks/payment/stripe_stripe`
    server = await startStripeServer({ webhook: { url: webhookUrl, secret } })
    stripe = new Stripe("sk_test_ovop_unit", parseStripeApiBaseUrl(server.url))
  })

  afterAll(async () => {
    await server.close()
    await new Promise((resolve) => receiver.close(resolve))
  })

  it("authorizes with pm_card_visa, captures once, refunds, and posts each change as a signed event", async () => {
    const intent = await stripe.paymentIntents.create(
      { amount: 5200, currency: "jpy", capture_method: "manual", metadata: { session_id: "payses_1" } },
      { idempotencyKey: "payses_1" },
    )
    // A retried create with the same idempotency key answers the same intent.
    const retried = await stripe.paymentIntents.create(
      { amount: 5200, currency: "jpy" },
      { idempotencyKey: "payses_1" },
    )
    expect(retried.id).toBe(intent.id)
    expect(server.intents.size).toBe(1)

    const confirmed = await stripe.paymentIntents.confirm(intent.id, { payment_method: "pm_card_visa" })
    expect(confirmed).toMatchObject({ status: "requires_capture", amount_capturable: 5200 })
    const expanded = await stripe.paymentIntents.retrieve(intent.id, { expand: ["payment_method"] })
    expect(expanded.payment_method.card).toMatchObject({ brand: "visa", last4: "4242" })

    expect(await stripe.paymentIntents.capture(intent.id)).toMatchObject({ status: "succeeded", amount_received: 5200 })
    const second = await stripe.paymentIntents.capture(intent.id).catch((error: unknown) => error)
    expect(second).toMatchObject({ type: "StripeInvalidRequestError", code: "payment_intent_unexpected_state" })

    expect(await stripe.refunds.create({ payment_intent: intent.id, amount: 2400 })).toMatchObject({
      object: "refund",
      amount: 2400,
    })

    await server.settled()
    const types = received.map((r) => stripe.webhooks.constructEvent(r.body, r.signature, secret).type)
    expect(types).toEqual([
      "payment_intent.created",
      "payment_intent.amount_capturable_updated",
      "payment_intent.succeeded",
    ])
  })

  it("declines pm_card_chargeDeclined with Stripe's 402 card error carrying the intent", async () => {
    const intent = await stripe.paymentIntents.create({ amount: 1500, currency: "usd" })
    const declined = await stripe.paymentIntents
      .confirm(intent.id, { payment_method: "pm_card_chargeDeclined" })
      .catch((error: unknown) => error)
    expect(declined).toMatchObject({
      type: "StripeCardError",
      statusCode: 402,
      code: "card_declined",
      decline_code: "generic_decline",
      message: "Your card was declined.",
    })
    expect(declined.raw.payment_intent).toMatchObject({ id: intent.id, status: "requires_payment_method" })
  })

  it("refuses a live or missing key and an unknown intent the way Stripe does", async () => {
    const live = new Stripe("sk_live_not_here", parseStripeApiBaseUrl(server.url))
    await expect(live.paymentIntents.retrieve("pi_x")).rejects.toMatchObject({ statusCode: 401 })
    await expect(stripe.paymentIntents.retrieve("pi_missing")).rejects.toMatchObject({
      statusCode: 404,
      code: "resource_missing",
    })
  })

  it("starts from the command line on the port it is given", async () => {
    const cli = path.join(path.dirname(fileURLToPath(import.meta.url)), "cli.ts")
    const tsx = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../../node_modules/.bin/tsx")
    const child = spawn(tsx, [cli, "--port", "0"], { stdio: ["ignore", "pipe", "pipe"] })
    const url = await new Promise<string>((resolve, reject) => {
      let output = ""
      child.stdout.on("data", (chunk: Buffer) => {
        output += chunk.toString()
        const match = /listening on (http:\/\/\S+)/.exec(output)
        if (match?.[1]) resolve(match[1])
      })
      child.once("exit", (code) => reject(new Error(`the CLI exited (${code}): ${output}`)))
    })
    const cliStripe = new Stripe("sk_test_ovop_unit", parseStripeApiBaseUrl(url))
    expect((await cliStripe.customers.create({ email: "aizada@example.kg" })).email).toBe("aizada@example.kg")
    const exited = new Promise((resolve) => child.once("exit", resolve))
    child.kill("SIGTERM")
    expect(await exited).toBe(0)
  })
})
