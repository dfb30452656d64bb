import { describe, expect, it } from "vitest"
import { formatPrice } from "./price"

describe("formatPrice", () => {
  it("shows yen without decimals", () => {
    expect(formatPrice(980, "jpy", "ja")).toBe("￥980")
    expect(formatPrice(1080.4, "JPY", "en")).toBe("¥1,080")
  })

  it("shows dollars with cents", () => {
    expect(formatPrice(6.5, "usd", "en")).toBe("$6.50")
  })

  it("shows som as whole numbers", () => {
    expect(formatPrice(350, "kgs", "ru")).toMatch(/^350\s?(сом|KGS)/)
    expect(formatPrice(350.6, "kgs", "en")).toContain("351")
  })
})
