import { describe, expect, it } from "vitest"
import { currencyForLocale } from "./currency"

describe("currencyForLocale", () => {
  it("prices Japanese pages in yen", () => {
    expect(currencyForLocale("ja")).toBe("jpy")
  })

  it("prices Russian and Kyrgyz pages in som", () => {
    expect(currencyForLocale("ru")).toBe("kgs")
    expect(currencyForLocale("ky")).toBe("kgs")
  })

  it("prices English pages in dollars", () => {
    expect(currencyForLocale("en")).toBe("usd")
  })
})
