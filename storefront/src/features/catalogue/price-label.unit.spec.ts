import { formatMoney } from "@ovop/domain"
import { describe, expect, it } from "vitest"
import { priceLabel } from "./price-label"

describe("priceLabel", () => {
  it("says 'from' in the page's language when the variants cost differently", () => {
    expect(priceLabel({ amount: 6.5, currencyCode: "usd", from: true }, "en")).toBe("from $6.50")
    expect(priceLabel({ amount: 1070, currencyCode: "jpy", from: true }, "ja")).toBe("1,070円～")
    expect(priceLabel({ amount: 380, currencyCode: "kgs", from: true }, "ru")).toBe(
      `от ${formatMoney(380, "kgs", "ru")}`,
    )
  })

  it("shows the price alone when every variant costs the same", () => {
    expect(priceLabel({ amount: 520, currencyCode: "kgs", from: false }, "ky")).toBe(formatMoney(520, "kgs", "ky"))
  })

  it("asks for the price when no variant has one in the currency", () => {
    expect(priceLabel(null, "en")).toBe("Price on request")
  })
})
