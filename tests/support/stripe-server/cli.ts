import { parseArgs } from "node:util"
import { startStripeServer } from "./server"

/**
 * Starts the local Stripe server until Ctrl-C:
 * `npx tsx tests/support/stripe-server/cli.ts --port 12111 [--webhook-url URL --webhook-secret whsec_...]`.
 * Point the backend at it with STRIPE_API_BASE_URL=http://127.0.0.1:12111 and any sk_test_ key.
 */
const { values } = parseArgs({
  options: {
    port: { type: "string", default: process.env.STRIPE_SERVER_PORT ?? "12111" },
    host: { type: "string", default: "127.0.0.1" },
    "webhook-url": { type: "string", default: process.env.STRIPE_WEBHOOK_URL },
    "webhook-secret": { type: "string", default: process.env.STRIPE_WEBHOOK_SECRET },
    help: { type: "boolean", default: false },
  },
})

if (values.help) {
  console.log(
    "usage: tsx tests/support/stripe-server/cli.ts [--port 12111] [--host 127.0.0.1]\n" +
      "       [--webhook-url http://localhost:9000/hooks/payment/stripe_stripe --webhook-secret whsec_...]",
  )
  process.exit(0)
}

const port = Number(values.port)
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`--port: '${values.port}' is not a port number`)
  process.exit(2)
}
const webhookUrl = values["webhook-url"]
const webhookSecret = values["webhook-secret"]
if (Boolean(webhookUrl) !== Boolean(webhookSecret)) {
  console.error("--webhook-url and --webhook-secret go together (the secret signs what is posted to the URL)")
  process.exit(2)
}

const server = await startStripeServer({
  port,
  host: values.host,
  webhook: webhookUrl && webhookSecret ? { url: webhookUrl, secret: webhookSecret } : undefined,
})
console.log(`local Stripe server listening on ${server.url} (STRIPE_API_BASE_URL=${server.url})`)
if (webhookUrl) console.log(`posting signed webhook events to ${webhookUrl}`)

const stop = () => {
  void server.close().then(() => process.exit(0))
}
process.once("SIGINT", stop)
process.once("SIGTERM", stop)
