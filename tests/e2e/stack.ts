import path from "node:path"
import { repoRoot } from "../../scripts/lib/config"

/**
 * Where the end-to-end tier runs its own store: ports and a data folder away from `npm start`'s,
 * so the tests never depend on (or disturb) a store someone is running.
 */
export const e2eStack = {
  dataDir: path.resolve(repoRoot, process.env.OVOP_E2E_DATA_DIR || ".tmp/e2e-data"),
  logFile: `${path.resolve(repoRoot, process.env.OVOP_E2E_DATA_DIR || ".tmp/e2e-data")}.log`,
  backendPort: Number(process.env.OVOP_E2E_BACKEND_PORT || 9200),
  storefrontPort: Number(process.env.OVOP_E2E_STOREFRONT_PORT || 4521),
  postgresPort: Number(process.env.OVOP_E2E_PG_PORT || 5633),
} as const

/** The storefront's address in the end-to-end tier. */
export const storefrontUrl = `http://localhost:${e2eStack.storefrontPort}`

/** The backend's address in the end-to-end tier. */
export const backendUrl = `http://localhost:${e2eStack.backendPort}`
