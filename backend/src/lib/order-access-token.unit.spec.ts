import { describe, expect, it } from "vitest"
import { checkOrderToken, DEFAULT_ORDER_TOKEN_DAYS, mintOrderToken, orderTokenDays } from "./order-access-token"

const secret = "unit-test-jwt-secret"
const placedAt = new Date("2026-08-14T09:30:00Z")
const day = 24 * 60 * 60 * 1000

describe("order tokens", () => {
  const token = mintOrderToken(secret, "order_01JAMKARAKOL", { now: placedAt, days: 30 })

  it("open their order until they expire, then answer expired", () => {
    expect(checkOrderToken(secret, "order_01JAMKARAKOL", token, placedAt)).toBe("valid")
    expect(checkOrderToken(secret, "order_01JAMKARAKOL", token, new Date(placedAt.getTime() + 29 * day))).toBe("valid")
    expect(checkOrderToken(secret, "order_01JAMKARAKOL", token, new Date(placedAt.getTime() + 30 * day))).toBe(
      "expired",
    )
  })

  it("open no other order, and nothing under another secret", () => {
    expect(checkOrderToken(secret, "order_01HONEYTOKTOGUL", token, placedAt)).toBe("invalid")
    expect(checkOrderToken("another-store-secret", "order_01JAMKARAKOL", token, placedAt)).toBe("invalid")
  })

  it("cannot be stretched: a later expiry with the old signature is invalid", () => {
    const [expiresAt, signature] = token.split(".")
    const stretched = `${Number(expiresAt) + 365 * 24 * 60 * 60}.${signature}`
    expect(checkOrderToken(secret, "order_01JAMKARAKOL", stretched, placedAt)).toBe("invalid")
  })

  it.each([
    undefined,
    null,
    "",
    "abc",
    "123.",
    ".abc",
    `${"9".repeat(13)}.${"a".repeat(43)}`,
    `${token}x`,
    `${token}\u0000`,
  ])("refuse a malformed token (%j)", (malformed) => {
    expect(checkOrderToken(secret, "order_01JAMKARAKOL", malformed, placedAt)).toBe("invalid")
  })
})

describe("orderTokenDays", () => {
  it("is 30 days unless OVOP_ORDER_TOKEN_DAYS names a whole number of days", () => {
    expect(orderTokenDays({})).toBe(DEFAULT_ORDER_TOKEN_DAYS)
    expect(orderTokenDays({ OVOP_ORDER_TOKEN_DAYS: " 90 " })).toBe(90)
    for (const wrong of ["0", "-3", "1.5", "ninety", "4000"]) {
      expect(() => orderTokenDays({ OVOP_ORDER_TOKEN_DAYS: wrong })).toThrow(/OVOP_ORDER_TOKEN_DAYS/)
    }
  })
})
