import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { describe, expect, it } from "vitest"
import { rawRequest } from "../fixtures/raw-http"
import { integrationRedisPort } from "../setup/database"
import { backendDir } from "../setup/paths"

// The limits in Redis (REDIS_URL), against the real Redis the global setup starts. The backend
// the runner boots is one limiter; this file imports the same middleware again, through another
// module loader with its own Redis connection: a second backend process, as far as Redis can tell.
process.env.REDIS_URL = `redis://localhost:${integrationRedisPort}`
process.env.OVOP_TRUST_PROXY = "loopback"
process.env.OVOP_RATE_LIMIT_SIGN_IN = "3/600"
process.env.OVOP_RATE_LIMIT_SIGN_IN_EMAIL = "1000/600"

/** Runs the second backend's sign-in limiter on a request from `client`; its status (0 when let through). */
async function secondBackendSignIn(client: string): Promise<number> {
  const { signInRateLimit } = await import("../../../backend/src/api/rate-limit")
  let status = 0
  const res = {
    setHeader: () => res,
    status: (code: number) => {
      status = code
      return res
    },
    json: () => res,
  }
  const req = {
    socket: { remoteAddress: "127.0.0.1" },
    connection: { remoteAddress: "127.0.0.1" },
    headers: { "x-forwarded-for": client },
    params: { actor_type: "customer", auth_provider: "emailpass" },
    body: { email: "aigul@example.kg", password: "not-the-password" },
  }
  await signInRateLimit(
    req as unknown as MedusaRequest,
    res as unknown as MedusaResponse,
    (() => undefined) as MedusaNextFunction,
  )
  return status
}

medusaIntegrationTestRunner({
  cwd: backendDir,
  testSuite: ({ api }) => {
    const signIn = (client: string) =>
      rawRequest(api.defaults.baseURL as string, {
        method: "POST",
        path: "/auth/customer/emailpass",
        headers: { "content-type": "application/json", "x-forwarded-for": client },
        body: JSON.stringify({ email: "aigul@example.kg", password: "not-the-password" }),
      })

    describe("with REDIS_URL set", () => {
      it("shares one client's count between two backends: attempts on one use up the other's", async () => {
        const client = "203.0.113.10"
        expect((await signIn(client)).status).toBe(401)
        expect((await signIn(client)).status).toBe(401)
        expect(await secondBackendSignIn(client)).toBe(0)
        expect(await secondBackendSignIn(client)).toBe(429)
        expect((await signIn(client)).status).toBe(429)
      })

      it("keeps other clients apart", async () => {
        expect(await secondBackendSignIn("203.0.113.11")).toBe(0)
        expect((await signIn("203.0.113.12")).status).toBe(401)
      })
    })
  },
})
