import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { beforeAll, expect, it } from "vitest"
import { apiContentSecurityPolicy } from "../../../backend/src/api/security-headers"
import { rawRequest } from "../fixtures/raw-http"
import { createStorefrontChannel } from "../fixtures/store"
import { backendDir } from "../setup/paths"

// The admin dashboard is not built for this tier (Medusa's test runner switches it off): its
// headers and its policy are checked against the built admin in tests/e2e/admin.e2e.ts.
medusaIntegrationTestRunner({
  cwd: backendDir,
  testSuite: ({ api, getContainer }) => {
    let publishableKey: string

    beforeAll(async () => {
      ;({ publishableKey } = await createStorefrontChannel(getContainer()))
    })

    const get = (path: string, headers: Record<string, string> = {}) =>
      rawRequest(api.defaults.baseURL as string, { path, headers })

    it.each([
      ["a store route", "/store/products", 200],
      ["a store route refused for its missing key", "/store/regions?nokey", 400],
      ["an admin route without a session", "/admin/orders", 401],
      ["an unknown path", "/nothing-here", 404],
      ["the health check", "/health", 200],
    ])("gives %s the security headers and no X-Powered-By", async (_label, path, status) => {
      const response = await get(path, path.endsWith("?nokey") ? {} : { "x-publishable-api-key": publishableKey })
      expect(response.status).toBe(status)
      expect(response.headers).toMatchObject({
        "x-content-type-options": "nosniff",
        "x-frame-options": "DENY",
        "referrer-policy": "strict-origin-when-cross-origin",
      })
      // Express's own 404 page replaces the policy with its "default-src 'none'", as strict.
      expect(response.headers["content-security-policy"]).toBe(
        status === 404 ? "default-src 'none'" : apiContentSecurityPolicy,
      )
      expect(response.headers["x-powered-by"]).toBeUndefined()
    })

    it("gives an error answer to a POST the same headers", async () => {
      const response = await rawRequest(api.defaults.baseURL as string, {
        method: "POST",
        path: "/auth/customer/emailpass",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ email: "aigul@example.kg", password: "wrong" }),
      })
      expect(response.status).toBe(401)
      expect(response.headers["x-content-type-options"]).toBe("nosniff")
      expect(response.headers["x-powered-by"]).toBeUndefined()
    })
  },
})
