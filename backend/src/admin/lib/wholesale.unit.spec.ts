import { describe, expect, it } from "vitest"
import { money, parseAmount } from "./wholesale"

describe("the wholesale page's amounts", () => {
  it("read a price typed with a dot or a comma, and nothing else", () => {
    expect(parseAmount("560")).toBe(560)
    expect(parseAmount("3,58")).toBe(3.58)
    expect(parseAmount(" 18 000 ")).toBe(18000)
    expect(parseAmount("")).toBeNull()
    expect(parseAmount("-5")).toBeNull()
    expect(parseAmount("12abc")).toBeNull()
  })

  it("show an amount in its currency in the dashboard's language, a dash for none", () => {
    expect(money(98640, "jpy", "en")).toContain("98,640")
    expect(money(null, "jpy", "ru")).toBe("—")
  })
})
