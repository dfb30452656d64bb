import { spawn } from "node:child_process"
import fs from "node:fs"
import path from "node:path"
import { repoRoot } from "../../scripts/lib/config"
import { generousRateLimits } from "../support/rate-limits"
import { startStripeServer } from "../support/stripe-server/server"
import { backendUrl, e2eStack, e2eStripe, stripeUrl } from "./stack"

const readyLine = "The OVOP store is running"

/**
 * Starts the local Stripe server, then the whole store (embedded PostgreSQL, backend with Stripe
 * cards in Japan and International, built storefront) with `scripts/start.ts` on a fresh data
 * folder, and returns the teardown that stops both, keeps the folder's logs (`e2eStack.keptLogsDir`)
 * and removes the folder.
 */
export default async function globalSetup(): Promise<() => Promise<void>> {
  fs.rmSync(e2eStack.dataDir, { recursive: true, force: true })
  // Confirmed intents post their webhooks to the backend, signed, as Stripe would.
  const stripe = await startStripeServer({
    port: e2eStack.stripePort,
    host: "127.0.0.1",
    webhook: { url: `${backendUrl}/hooks/payment/stripe_stripe`, secret: e2eStripe.webhookSecret },
  })
  fs.mkdirSync(path.dirname(e2eStack.logFile), { recursive: true })
  const log = fs.createWriteStream(e2eStack.logFile)
  const stack = spawn(path.join(repoRoot, "node_modules", ".bin", "tsx"), ["scripts/start.ts"], {
    cwd: repoRoot,
    env: {
      ...process.env,
      OVOP_DATA_DIR: e2eStack.dataDir,
      PORT: String(e2eStack.backendPort),
      STOREFRONT_PORT: String(e2eStack.storefrontPort),
      OVOP_PG_PORT: String(e2eStack.postgresPort),
      DATABASE_URL: "",
      MEDUSA_DISABLE_TELEMETRY: "true",
      ASTRO_TELEMETRY_DISABLED: "1",
      OVOP_STOREFRONT_TODAY: "2026-05-15",
      // The pages under test stay the ones built at the start: no rebuild after an edit mid-run.
      OVOP_STOREFRONT_REBUILD_URL: "off",
      STRIPE_API_KEY: e2eStripe.secretKey,
      STRIPE_WEBHOOK_SECRET: e2eStripe.webhookSecret,
      STRIPE_API_BASE_URL: stripeUrl,
      PUBLIC_STRIPE_PUBLISHABLE_KEY: e2eStripe.publishableKey,
      // Test builds only: the card step confirms on the local Stripe server (Stripe.js cannot load offline).
      PUBLIC_OVOP_STRIPE_TEST_CONFIRM_URL: stripeUrl,
      // Every test signs in and pre-orders from 127.0.0.1: limits the shop's defaults would trip.
      ...generousRateLimits,
    },
    stdio: ["ignore", "pipe", "pipe"],
  })
  let output = ""
  const exited = new Promise<number | null>((resolve) => stack.once("exit", resolve))
  const ready = new Promise<void>((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      log.write(chunk)
      output += chunk.toString()
      if (output.includes(readyLine)) resolve()
    }
    stack.stdout.on("data", onData)
    stack.stderr.on("data", onData)
    void exited.then((code) =>
      reject(
        new Error(`the store exited (code ${code}) before it was ready:\n${output.split("\n").slice(-20).join("\n")}`),
      ),
    )
  })
  const timeout = setTimeout(() => stack.kill("SIGTERM"), 10 * 60_000)
  try {
    await ready
  } catch (error) {
    await stripe.close()
    throw error
  } finally {
    clearTimeout(timeout)
  }

  return async () => {
    if (stack.exitCode === null) {
      stack.kill("SIGTERM")
      const killer = setTimeout(() => stack.kill("SIGKILL"), 30_000)
      await exited
      clearTimeout(killer)
    }
    log.end()
    await stripe.close()
    // The backend's and storefront's logs outlive the data folder (the last run's, failed or not).
    fs.rmSync(e2eStack.keptLogsDir, { recursive: true, force: true })
    if (fs.existsSync(path.join(e2eStack.dataDir, "logs"))) {
      fs.cpSync(path.join(e2eStack.dataDir, "logs"), e2eStack.keptLogsDir, { recursive: true })
    }
    fs.rmSync(e2eStack.dataDir, { recursive: true, force: true })
  }
}
