import path from "node:path"
import { repoRoot } from "../../scripts/lib/config"

/**
 * Where the end-to-end tier runs its own store: ports and a data folder away from `npm start`'s,
 * so the tests never depend on (or disturb) a store someone is running.
 */
export const e2eStack = {
  dataDir: path.resolve(repoRoot, process.env.OVOP_E2E_DATA_DIR || ".tmp/e2e-data"),
  logFile: `${path.resolve(repoRoot, process.env.OVOP_E2E_DATA_DIR || ".tmp/e2e-data")}.log`,
  /** The stack's logs (backend, storefront server, builds, seed) copied here when the run ends. */
  keptLogsDir: `${path.resolve(repoRoot, process.env.OVOP_E2E_DATA_DIR || ".tmp/e2e-data")}-logs`,
  backendPort: Number(process.env.OVOP_E2E_BACKEND_PORT || 9200),
  storefrontPort: Number(process.env.OVOP_E2E_STOREFRONT_PORT || 4521),
  postgresPort: Number(process.env.OVOP_E2E_PG_PORT || 5633),
  /** The local Stripe server (tests/support/stripe-server) the backend and the test build's card step talk to. */
  stripePort: Number(process.env.OVOP_E2E_STRIPE_PORT || 12111),
} as const

/** The local Stripe server's origin in the end-to-end tier. */
export const stripeUrl = `http://127.0.0.1:${e2eStack.stripePort}`

/**
 * The Stripe keys of the end-to-end tier: test-mode keys the local Stripe server accepts (it takes
 * any `sk_test_`/`pk_test_` key) and the secret the webhooks it posts are signed with.
 */
export const e2eStripe = {
  secretKey: "sk_test_ovop_e2e_local_only",
  publishableKey: "pk_test_ovop_e2e_local_only",
  webhookSecret: "whsec_ovop_e2e_local_only",
} as const

/** The storefront's address in the end-to-end tier. */
export const storefrontUrl = `http://localhost:${e2eStack.storefrontPort}`

/** The backend's address in the end-to-end tier. */
export const backendUrl = `http://localhost:${e2eStack.backendPort}`
