import { describe, expect, it } from "vitest"
import { currencyDecimals, formatPrice, summarisePrices } from "./price"

describe("formatPrice", () => {
  it("shows yen without decimals", () => {
    expect(formatPrice(980, "jpy", "ja")).toBe("￥980")
    expect(formatPrice(1080.4, "JPY", "en")).toBe("¥1,080")
  })

  it("shows dollars with cents", () => {
    expect(formatPrice(6.5, "usd", "en")).toBe("$6.50")
    expect(formatPrice(241.5, "usd", "en")).toBe("$241.50")
  })

  it("shows som as whole numbers, written 'сом' in Russian and Kyrgyz", () => {
    expect(formatPrice(380, "kgs", "ru")).toMatch(/^380\s?сом$/)
    expect(formatPrice(1450, "kgs", "ky")).toMatch(/^1\s?450\s?сом$/)
    expect(formatPrice(350.6, "kgs", "en")).toBe("351 som")
    expect(formatPrice(1200, "kgs", "ja")).toBe("1,200ソム")
  })
})

describe("currencyDecimals", () => {
  it("keeps cents for dollars only", () => {
    expect([currencyDecimals("kgs"), currencyDecimals("JPY"), currencyDecimals("usd")]).toEqual([0, 0, 2])
  })
})

describe("summarisePrices", () => {
  const som = (amount: number) => ({ amount, currencyCode: "kgs" })

  it("shows the lowest price as 'from' when the sizes cost differently", () => {
    // Sainfoin honey: 250 g, 500 g and 1 kg jars.
    expect(summarisePrices([som(780), som(420), som(1450)])).toEqual({ amount: 420, currencyCode: "kgs", from: true })
  })

  it("shows a plain price when every variant costs the same", () => {
    // Plant-dyed yarn: five colours at one price.
    expect(summarisePrices([som(520), som(520), som(520)])).toEqual({ amount: 520, currencyCode: "kgs", from: false })
    expect(summarisePrices([som(450)])).toEqual({ amount: 450, currencyCode: "kgs", from: false })
  })

  it("leaves out variants without a price, and has nothing to show when none has one", () => {
    expect(summarisePrices([null, som(650)])).toEqual({ amount: 650, currencyCode: "kgs", from: false })
    expect(summarisePrices([null])).toBeNull()
    expect(summarisePrices([])).toBeNull()
  })
})
