import path from "node:path"
import { fileURLToPath } from "node:url"

/** The repository root. */
export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..", "..")

/** The Medusa application the integration tests boot (its medusa-config.ts and src/). */
export const backendDir = path.join(repoRoot, "backend")
