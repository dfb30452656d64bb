import { defineConfig } from "vitest/config"
import { integrationDatabase } from "./tests/integration/setup/database"
import { generousRateLimits } from "./tests/support/rate-limits"

const exclude = ["**/node_modules/**", "**/.medusa/**", "**/dist/**", "**/.data/**", "**/.tmp/**"]

// Two tiers, one file: `vitest run --project unit` and `vitest run --project integration`.
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: "unit",
          // Pure logic beside the code it tests.
          include: ["{domain,scripts,storefront,backend,seed,tests}/**/*.unit.spec.ts"],
          exclude,
        },
      },
      {
        test: {
          name: "integration",
          // A real PostgreSQL (embedded, started by the global setup) and the real Medusa application.
          include: ["{backend,seed,tests}/**/*.int.spec.ts"],
          exclude,
          globalSetup: ["tests/integration/setup/global-setup.ts"],
          setupFiles: ["tests/integration/setup/medusa-setup.ts"],
          // Medusa's test runners need jest-style globals, one process per file and no file parallelism
          // (a second file in the same worker or in threads breaks MikroORM's metadata).
          globals: true,
          pool: "forks",
          isolate: true,
          maxWorkers: 1,
          fileParallelism: false,
          testTimeout: 180_000,
          hookTimeout: 180_000,
          // @medusajs/test-utils reads these when it is imported, so they are set before any test file loads.
          env: {
            DB_HOST: "localhost",
            DB_PORT: String(integrationDatabase.port),
            DB_USERNAME: integrationDatabase.user,
            DB_PASSWORD: integrationDatabase.password,
            MEDUSA_DISABLE_TELEMETRY: "true",
            LOG_LEVEL: "error",
            JWT_SECRET: "integration-tests-only",
            COOKIE_SECRET: "integration-tests-only",
            // Many sign-ins from 127.0.0.1; tests/integration/security/rate-limits sets small ones.
            ...generousRateLimits,
          },
        },
      },
    ],
  },
})
