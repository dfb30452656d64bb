import { afterEach, describe, expect, it, vi } from "vitest"
import en from "../../i18n/en.json"
import ja from "../../i18n/ja.json"
import { type AccountConfig, callApi, tooManyText } from "./session"

const configIn = (strings: Record<string, string>): AccountConfig => ({
  backendUrl: "http://localhost:9000",
  publishableKey: "pk_test",
  locale: "en",
  paths: {
    account: "/en/account/",
    signIn: "/en/account/sign-in/",
    addresses: "/en/account/addresses/",
    order: "/en/order/",
  },
  strings,
})

const answering = (status: number, body: unknown) =>
  vi.stubGlobal("fetch", async () => new Response(JSON.stringify(body), { status }))

afterEach(() => vi.unstubAllGlobals())

describe("a rate-limited account request", () => {
  it("tells the shopper in the page's language how many minutes to wait, from the body's retry_after", async () => {
    answering(429, { type: "too_many_requests", code: "rate_limited", retry_after: 130, message: "Too many ..." })
    const result = await callApi(configIn({}), "/auth/customer/emailpass", { body: { email: "a@b.kg", password: "x" } })
    expect(result).toMatchObject({ ok: false, status: 429, retryAfterSeconds: 130 })
    expect(tooManyText(configIn({ "account.tooMany": ja["account.tooMany"] }), result)).toBe(
      "試行回数が多すぎます。3分ほど待ってから、もう一度お試しください。",
    )
    expect(tooManyText(configIn({ "account.tooMany": en["account.tooMany"] }), result)).toContain("wait 3 min")
  })

  it("says nothing of its own for other refusals, which keep their messages", async () => {
    answering(401, { type: "unauthorized", message: "Invalid email or password" })
    const result = await callApi(configIn({}), "/auth/customer/emailpass", { body: { email: "a@b.kg", password: "x" } })
    expect(result).toMatchObject({ ok: false, status: 401 })
    expect(tooManyText(configIn({ "account.tooMany": en["account.tooMany"] }), result)).toBeUndefined()
  })

  it("waits at least a minute when the answer names no time", () => {
    const text = tooManyText(configIn({ "account.tooMany": en["account.tooMany"] }), {
      ok: false,
      status: 429,
      message: "",
    })
    expect(text).toBe("Too many attempts. Please wait 1 min and try again.")
  })
})
