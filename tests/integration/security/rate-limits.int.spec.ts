import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { beforeAll, describe, expect, it } from "vitest"
import { rawRequest } from "../fixtures/raw-http"
import { createStorefrontChannel } from "../fixtures/store"
import { backendDir } from "../setup/paths"

// Small limits for this file only (the tier's other files run with the generous ones of
// vitest.config.ts). The test client is 127.0.0.1: trusting loopback as a proxy lets each test
// speak for clients of its own through X-Forwarded-For, as nginx would.
process.env.OVOP_TRUST_PROXY = "loopback"
process.env.OVOP_RATE_LIMIT_SIGN_IN = "3/600"
process.env.OVOP_RATE_LIMIT_SIGN_IN_EMAIL = "4/600"
process.env.OVOP_RATE_LIMIT_REGISTER = "2/600"
process.env.OVOP_RATE_LIMIT_PASSWORD_RESET = "20/600"
process.env.OVOP_RATE_LIMIT_PASSWORD_RESET_EMAIL = "2/600"
// A short window where the test waits for it to pass: a cheap route, so its requests fit in it.
process.env.OVOP_RATE_LIMIT_BACK_IN_STOCK = "2/4"
process.env.OVOP_RATE_LIMIT_PREORDER = "2/600"

let clients = 0
/** A client address of its own (TEST-NET-2), for one test. */
const newClient = () => `198.51.100.${++clients}`

/** Waits for a condition, checking every 100 ms, at most `timeoutMs`. */
async function waitFor<T>(check: () => Promise<T | undefined>, timeoutMs: number): Promise<T> {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    const value = await check()
    if (value !== undefined) return value
    if (Date.now() > deadline) throw new Error(`condition not met within ${timeoutMs} ms`)
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
}

medusaIntegrationTestRunner({
  cwd: backendDir,
  testSuite: ({ api, getContainer }) => {
    let publishableKey: string

    beforeAll(async () => {
      ;({ publishableKey } = await createStorefrontChannel(getContainer()))
    })

    const post = (path: string, client: string, body: unknown, headers: Record<string, string> = {}) =>
      rawRequest(api.defaults.baseURL as string, {
        method: "POST",
        path,
        headers: { "content-type": "application/json", "x-forwarded-for": client, ...headers },
        body: JSON.stringify(body),
      })
    const signIn = (client: string, email: string, path = "/auth/customer/emailpass") =>
      post(path, client, { email, password: "not-the-password" })

    describe("sign-in (POST /auth/customer/emailpass, /auth/user/emailpass)", () => {
      it("answers 429 with Retry-After past the client's limit, for customers and staff alike", async () => {
        const client = newClient()
        for (const email of ["aigul@example.kg", "bakyt@example.kg", "cholpon@example.kg"]) {
          expect((await signIn(client, email)).status).toBe(401)
        }
        const refused = await signIn(client, "dinara@example.kg")
        expect(refused.status).toBe(429)
        const retryAfter = Number(refused.headers["retry-after"])
        expect(retryAfter).toBeGreaterThan(500)
        expect(retryAfter).toBeLessThanOrEqual(600)
        expect(JSON.parse(refused.body)).toEqual({
          type: "too_many_requests",
          code: "rate_limited",
          params: { seconds: retryAfter, limit: "sign-in" },
          message: `too many attempts: try again in ${retryAfter} seconds`,
          retry_after: retryAfter,
        })
        // Staff sign-in counts against the same client.
        expect((await signIn(client, "staff@example.kg", "/auth/user/emailpass")).status).toBe(429)
        // Another client is not held back.
        expect((await signIn(newClient(), "dinara@example.kg")).status).toBe(401)
      })

      it("counts every spelling Medusa's route answers to (trailing slash, escapes, case)", async () => {
        const client = newClient()
        const paths = ["/auth/customer/emailpass/", "/auth/customer/%65mailpass", "/AUTH/customer/emailpass"]
        for (const [index, path] of paths.entries()) {
          expect((await signIn(client, `farida${index}@example.kg`, path)).status).toBe(401)
        }
        expect((await signIn(client, "farida9@example.kg")).status).toBe(429)
      })

      it("counts a sign-in sent as GET with a body (Medusa's GET route signs in too)", async () => {
        const client = newClient()
        const getSignIn = (email: string) =>
          rawRequest(api.defaults.baseURL as string, {
            method: "GET",
            path: "/auth/customer/emailpass",
            headers: { "content-type": "application/json", "x-forwarded-for": client },
            body: JSON.stringify({ email, password: "not-the-password" }),
          })
        for (const email of ["gul1@example.kg", "gul2@example.kg", "gul3@example.kg"]) {
          expect((await getSignIn(email)).status).toBe(401)
        }
        expect((await getSignIn("gul4@example.kg")).status).toBe(429)
      })

      it("limits attempts on one email whatever the client, without holding back the clients' other emails", async () => {
        const email = "target@example.kg"
        for (let attempt = 0; attempt < 4; attempt++) {
          expect((await signIn(newClient(), email)).status).toBe(401)
        }
        const client = newClient()
        const refused = await signIn(client, "  TARGET@example.kg ")
        expect(refused.status).toBe(429)
        expect(JSON.parse(refused.body)).toMatchObject({ code: "rate_limited", params: { limit: "sign-in-email" } })
        expect(Number(refused.headers["retry-after"])).toBeGreaterThan(500)
        expect((await signIn(client, "someone-else@example.kg")).status).toBe(401)
      })
    })

    describe("password reset (POST /auth/customer/emailpass/reset-password)", () => {
      it("limits reset requests per email", async () => {
        const reset = () =>
          post("/auth/customer/emailpass/reset-password", newClient(), { identifier: "nurlan@example.kg" })
        expect((await reset()).status).toBe(201)
        expect((await reset()).status).toBe(201)
        const refused = await reset()
        expect(refused.status).toBe(429)
        expect(JSON.parse(refused.body).params.limit).toBe("password-reset-email")
      })
    })

    describe("registration", () => {
      it("limits registrations of auth identities and of customers per client", async () => {
        const client = newClient()
        const register = (email: string) =>
          post("/auth/customer/emailpass/register", client, { email, password: "a-long-enough-password" })
        const first = await register("gulnara@example.kg")
        const second = await register("gulzat@example.kg")
        expect([first.status, second.status]).toEqual([200, 200])
        expect((await register("gulmira@example.kg")).status).toBe(429)

        const createCustomer = (registration: { body: string }, email: string) =>
          post(
            "/store/customers",
            client,
            { email, first_name: "Gulnara" },
            {
              "x-publishable-api-key": publishableKey,
              authorization: `Bearer ${JSON.parse(registration.body).token}`,
            },
          )
        expect((await createCustomer(first, "gulnara@example.kg")).status).toBe(200)
        expect((await createCustomer(second, "gulzat@example.kg")).status).toBe(200)
        expect((await createCustomer(first, "gulnara@example.kg")).status).toBe(429)
      })
    })

    describe("store routes", () => {
      it("limits back-in-stock requests per client, and takes the client again once the window has passed", async () => {
        const client = newClient()
        const request = () =>
          post(
            "/store/back-in-stock-requests",
            client,
            { email: "aziz@example.kg", variant_id: "variant_missing" },
            { "x-publishable-api-key": publishableKey },
          )
        expect((await request()).status).toBeLessThan(429)
        expect((await request()).status).toBeLessThan(429)
        const refused = await request()
        expect(refused.status).toBe(429)
        expect(Number(refused.headers["retry-after"])).toBeGreaterThanOrEqual(1)
        expect(Number(refused.headers["retry-after"])).toBeLessThanOrEqual(4)
        expect(JSON.parse(refused.body).params.limit).toBe("back-in-stock")
        const after = await waitFor(async () => {
          const response = await request()
          return response.status === 429 ? undefined : response
        }, 15_000)
        expect(after.status).toBeLessThan(429)
      })

      it("limits pre-orders per client", async () => {
        const client = newClient()
        const request = () =>
          post(
            "/store/carts/cart_missing/preorders",
            client,
            { variant_id: "variant_missing", quantity: 1 },
            { "x-publishable-api-key": publishableKey },
          )
        expect((await request()).status).toBeLessThan(429)
        expect((await request()).status).toBeLessThan(429)
        expect((await request()).status).toBe(429)
      })
    })
  },
})
