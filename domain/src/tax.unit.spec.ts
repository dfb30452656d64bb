import { describe, expect, it } from "vitest"
import { includedTax } from "./money"
import { isTaxBreakdown, taxBreakdown } from "./tax"

describe("an order's tax breakdown: once per rate, rounded down", () => {
  it("taxes a Japanese order once on its gross at 10%, never line by line", () => {
    // 3 x 500 yen + 1 x 1,280 yen + EMS 2,800 yen, all at 10%: 5,580 yen includes 507.27... yen.
    const breakdown = taxBreakdown(
      [
        { amount: 1500, ratePercent: 10, code: "JCT", name: "Consumption tax" },
        { amount: 1280, ratePercent: 10 },
        { amount: 2800, ratePercent: 10 },
      ],
      "JPY",
    )
    expect(breakdown).toEqual({
      currency_code: "jpy",
      rates: [{ rate: 10, code: "JCT", name: "Consumption tax", gross: 5580, tax: 507 }],
      tax_total: 507,
    })
    // Line by line it would be 136 + 116 + 254 = 506 yen: one yen less than the invoice rule.
    expect(includedTax(1500, 10, "jpy") + includedTax(1280, 10, "jpy") + includedTax(2800, 10, "jpy")).toBe(506)
  })

  it("keeps the reduced rate apart, highest rate first, and leaves untaxed amounts out", () => {
    const breakdown = taxBreakdown(
      [
        { amount: 1080, ratePercent: 8, code: "JCT8" },
        { amount: 1100, ratePercent: 10, code: "JCT" },
        { amount: 540, ratePercent: 8 },
        { amount: 300, ratePercent: 0 },
      ],
      "jpy",
    )
    expect(breakdown.rates.map(({ rate, gross, tax }) => ({ rate, gross, tax }))).toEqual([
      { rate: 10, gross: 1100, tax: 100 },
      { rate: 8, gross: 1620, tax: 120 },
    ])
    expect(breakdown.tax_total).toBe(220)
  })

  it("computes the som's VAT the same way, in whole som", () => {
    // 2 x 350 som + 1 x 480 som + courier 250 som at 12%: 1,430 som includes 153.21... som.
    const breakdown = taxBreakdown(
      [
        { amount: 700, ratePercent: 12 },
        { amount: 480, ratePercent: 12 },
        { amount: 250, ratePercent: 12 },
      ],
      "kgs",
    )
    expect(breakdown.rates[0]).toMatchObject({ gross: 1430, tax: 153 })
    expect(breakdown.tax_total).toBe(153)
  })

  it("rounds dollars down to the cent, once per rate", () => {
    const breakdown = taxBreakdown(
      [
        { amount: 12.99, ratePercent: 20 },
        { amount: 7.01, ratePercent: 20 },
      ],
      "usd",
    )
    // 20.00 includes 3.333... dollars: 3.33.
    expect(breakdown.rates[0]).toMatchObject({ gross: 20, tax: 3.33 })
    expect(taxBreakdown([{ amount: 18, ratePercent: 0 }], "usd")).toEqual({
      currency_code: "usd",
      rates: [],
      tax_total: 0,
    })
  })

  it("recognises a stored breakdown", () => {
    expect(isTaxBreakdown(taxBreakdown([{ amount: 500, ratePercent: 10 }], "jpy"))).toBe(true)
    expect(isTaxBreakdown({ rates: [] })).toBe(false)
    expect(isTaxBreakdown(null)).toBe(false)
  })
})
