import { parseArgs } from "node:util"
import { readStyleHashes, securityHeaders } from "./lib/security-headers"
import { serveStorefront } from "./lib/storefront-server"

/**
 * The local storefront server as its own process (`npm start` runs and restarts it):
 * `storefront-server.ts --root <build or link> --port <port>`. The security headers come from the
 * environment the storefront build reads: `MEDUSA_BACKEND_URL`, `PUBLIC_OVOP_STRIPE_TEST_CONFIRM_URL`,
 * and the build's own list of inline stylesheet hashes.
 */
const { values } = parseArgs({ options: { root: { type: "string" }, port: { type: "string" } } })
if (!values.root || !values.port) throw new Error("usage: storefront-server.ts --root <folder> --port <port>")

const server = await serveStorefront({
  root: values.root,
  port: Number(values.port),
  // Each build brings the hashes of its inline stylesheets.
  headers: (release) =>
    securityHeaders(
      {
        backendUrl: process.env.MEDUSA_BACKEND_URL || "http://localhost:9000",
        stripeTestConfirmUrl: process.env.PUBLIC_OVOP_STRIPE_TEST_CONFIRM_URL || undefined,
      },
      release ? readStyleHashes(release) : [],
    ),
  onError: (error, request) => {
    const target = (request.url ?? "").slice(0, 200)
    console.error(`${new Date().toISOString()} ${request.method} ${target}: ${String(error)}`)
  },
})
console.log(`${new Date().toISOString()} serving ${values.root} on port ${server.port}`)

const stop = () => void server.close().then(() => process.exit(0))
process.on("SIGTERM", stop)
process.on("SIGINT", stop)
