import path from "node:path"
import { fileURLToPath } from "node:url"

/** The repository root (this file lives in scripts/lib). */
export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..")

/** Everything the start script needs to know, resolved from the environment. */
export type StackConfig = {
  dataDir: string
  /** Set when an external PostgreSQL is used; the embedded one is not started then. */
  externalDatabaseUrl: string | undefined
  postgres: { port: number; user: string; password: string; database: string }
  backendPort: number
  storefrontPort: number
  adminEmail: string
  /** The backend server's V8 heap cap in MB (OVOP_BACKEND_HEAP_MB). */
  backendHeapMb: number
  adminDisabled: boolean
  backendDir: string
  storefrontDir: string
}

/** Local-only default password of the embedded PostgreSQL; never use it for a reachable server. */
export const LOCAL_ONLY_PG_PASSWORD = "ovop-local-only"

function port(value: string | undefined, fallback: number, name: string): number {
  if (value === undefined || value === "") return fallback
  const parsed = Number(value)
  if (!Number.isInteger(parsed) || parsed < 1 || parsed > 65535) {
    throw new Error(`${name}=${value} is not a port number (1-65535)`)
  }
  return parsed
}

function megabytes(value: string | undefined, fallback: number, name: string): number {
  if (value === undefined || value === "") return fallback
  const parsed = Number(value)
  if (!Number.isInteger(parsed) || parsed < 256)
    throw new Error(`${name}=${value} must be a whole number of MB, at least 256`)
  return parsed
}

/** Resolves the stack configuration from environment variables, with local-only defaults. */
export function resolveStackConfig(env: NodeJS.ProcessEnv, root: string = repoRoot): StackConfig {
  const dataDir = path.resolve(root, env.OVOP_DATA_DIR || ".data")
  return {
    dataDir,
    externalDatabaseUrl: env.DATABASE_URL || undefined,
    postgres: {
      port: port(env.OVOP_PG_PORT, 5433, "OVOP_PG_PORT"),
      user: "postgres",
      password: env.OVOP_PG_PASSWORD || LOCAL_ONLY_PG_PASSWORD,
      database: env.OVOP_PG_DATABASE || "ovop",
    },
    backendPort: port(env.PORT, 9000, "PORT"),
    storefrontPort: port(env.STOREFRONT_PORT, 4321, "STOREFRONT_PORT"),
    adminEmail: env.ADMIN_EMAIL || "admin@ovop.local",
    backendHeapMb: megabytes(env.OVOP_BACKEND_HEAP_MB, 768, "OVOP_BACKEND_HEAP_MB"),
    adminDisabled: env.MEDUSA_ADMIN_DISABLED === "true",
    backendDir: path.join(root, "backend"),
    storefrontDir: path.join(root, "storefront"),
  }
}

/** The connection URL of the embedded PostgreSQL (host `localhost`: Medusa turns SSL on otherwise). */
export function embeddedDatabaseUrl(config: StackConfig): string {
  const { user, password, port: pgPort, database } = config.postgres
  return `postgres://${user}:${encodeURIComponent(password)}@localhost:${pgPort}/${database}`
}
