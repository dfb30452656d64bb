import type { IncomingMessage } from "node:http"
import { describe, expect, it } from "vitest"
import { clientKey, clientOf, trustedProxies } from "./client-address"
import { parseRateLimit, rateLimitOf } from "./limits"

describe("parseRateLimit", () => {
  it("reads <requests>/<seconds> and off", () => {
    expect(parseRateLimit("10/60", "X")).toEqual({ points: 10, durationSeconds: 60 })
    expect(parseRateLimit(" 3/3600 ", "X")).toEqual({ points: 3, durationSeconds: 3600 })
    expect(parseRateLimit("OFF", "X")).toBeUndefined()
  })

  it.each(["10", "10/", "/60", "0/60", "10/0", "ten/60", "10/60s", "-1/60", "1.5/60"])(
    "refuses %j naming the variable",
    (value) => {
      expect(() => parseRateLimit(value, "OVOP_RATE_LIMIT_SIGN_IN")).toThrow(
        /^OVOP_RATE_LIMIT_SIGN_IN=.*<requests>\/<seconds>/,
      )
    },
  )

  it("falls back to the rule's default when the variable is unset or empty", () => {
    expect(rateLimitOf("signIn", {})).toEqual({ points: 20, durationSeconds: 300 })
    expect(rateLimitOf("signIn", { OVOP_RATE_LIMIT_SIGN_IN: "" })).toEqual({ points: 20, durationSeconds: 300 })
    expect(rateLimitOf("preorder", { OVOP_RATE_LIMIT_PREORDER: "2/1" })).toEqual({ points: 2, durationSeconds: 1 })
  })
})

const request = (remoteAddress: string, forwardedFor?: string) =>
  ({
    socket: { remoteAddress },
    connection: { remoteAddress },
    headers: forwardedFor ? { "x-forwarded-for": forwardedFor } : {},
  }) as unknown as IncomingMessage

describe("clientOf", () => {
  it("ignores X-Forwarded-For unless a proxy is trusted", () => {
    expect(clientOf(request("203.0.113.9", "198.51.100.1"), trustedProxies(undefined))).toBe("203.0.113.9")
    expect(clientOf(request("203.0.113.9", "198.51.100.1"), trustedProxies("off"))).toBe("203.0.113.9")
  })

  it("takes the client named by one trusted hop, not what the client itself wrote before it", () => {
    // The client sent "X-Forwarded-For: 1.2.3.4"; nginx appended the real address.
    const behindNginx = request("172.18.0.5", "1.2.3.4, 198.51.100.1")
    expect(clientOf(behindNginx, trustedProxies("1"))).toBe("198.51.100.1")
    expect(clientOf(behindNginx, trustedProxies("172.16.0.0/12"))).toBe("198.51.100.1")
    expect(clientOf(behindNginx, trustedProxies("loopback"))).toBe("172.18.0.5")
  })

  it("refuses a malformed trust setting, naming the variable", () => {
    expect(() => trustedProxies("not-an-address")).toThrow(/^OVOP_TRUST_PROXY=/)
  })
})

describe("clientKey", () => {
  it("unwraps IPv4-mapped addresses and counts IPv6 clients by their /64", () => {
    expect(clientKey("::ffff:127.0.0.1")).toBe("127.0.0.1")
    expect(clientKey("192.0.2.7")).toBe("192.0.2.7")
    expect(clientKey("2001:db8:1:2:aaaa:bbbb:cccc:dddd")).toBe("2001:db8:1:2::/64")
    expect(clientKey("2001:db8:1:2::9")).toBe("2001:db8:1:2::/64")
    expect(clientKey("::1")).toBe("0:0:0:0::/64")
  })
})
