import { describe, expect, it } from "vitest"
import { parseStripeApiBaseUrl } from "./api-host"

describe("parseStripeApiBaseUrl", () => {
  it("leaves the SDK on Stripe's own API when unset or blank", () => {
    expect(parseStripeApiBaseUrl(undefined)).toBeUndefined()
    expect(parseStripeApiBaseUrl("  ")).toBeUndefined()
  })

  it("reads the local Stripe server's origin into host, port and protocol", () => {
    expect(parseStripeApiBaseUrl("http://127.0.0.1:12111")).toEqual({
      host: "127.0.0.1",
      port: 12111,
      protocol: "http",
    })
    expect(parseStripeApiBaseUrl("http://localhost:12111/")).toEqual({
      host: "localhost",
      port: 12111,
      protocol: "http",
    })
  })

  it("uses the scheme's default port and unwraps IPv6 literals", () => {
    expect(parseStripeApiBaseUrl("https://stripe-mock.internal")).toEqual({
      host: "stripe-mock.internal",
      port: 443,
      protocol: "https",
    })
    expect(parseStripeApiBaseUrl("http://[::1]:12111")).toEqual({ host: "::1", port: 12111, protocol: "http" })
  })

  it("refuses what is not a bare http(s) origin, naming the variable", () => {
    expect(() => parseStripeApiBaseUrl("127.0.0.1:12111")).toThrow(/STRIPE_API_BASE_URL/)
    expect(() => parseStripeApiBaseUrl("ftp://127.0.0.1:12111")).toThrow(/http:\/\/ or https:\/\//)
    expect(() => parseStripeApiBaseUrl("http://127.0.0.1:12111/v1")).toThrow(/origin only/)
    expect(() => parseStripeApiBaseUrl("not a url")).toThrow(/is not a URL/)
  })
})
