import { describe, expect, it } from "vitest"
import { allocate, currencyDecimals, formatMoney, includedTax, roundMoney, toMinorUnits } from "./money"

describe("money to the smallest unit", () => {
  it("uses som and yen whole and dollars with cents", () => {
    expect(currencyDecimals("KGS")).toBe(0)
    expect(currencyDecimals("jpy")).toBe(0)
    expect(currencyDecimals("usd")).toBe(2)
    expect(toMinorUnits(12.345, "usd")).toBe(1235)
    expect(toMinorUnits(1.005, "usd")).toBe(101)
    expect(toMinorUnits(454.5454545, "jpy")).toBe(455)
    expect(roundMoney(-2.5, "kgs")).toBe(-3)
  })

  it("computes the tax inside a yen amount once, rounded down (Japan's qualified-invoice rule)", () => {
    // 500 yen at 10% includes 45.45... yen: 45 yen, never a fraction.
    expect(includedTax(500, 10, "jpy")).toBe(45)
    // Two 500-yen lines taxed together: once on 1,000 yen is 90 yen (per line it would be 45 + 45).
    expect(includedTax(1000, 10, "jpy")).toBe(90)
    expect(includedTax(1100, 10, "jpy")).toBe(100)
    expect(includedTax(3300, 8, "jpy")).toBe(244)
  })

  it("computes the som's included VAT the same way, and dollars to the cent", () => {
    expect(includedTax(250, 12, "kgs")).toBe(26)
    expect(includedTax(1120, 12, "kgs")).toBe(120)
    expect(includedTax(18, 12, "usd")).toBe(1.92)
    expect(includedTax(18, 0, "usd")).toBe(0)
  })

  it("allocates a rounded amount over lines so that the parts add up to it exactly", () => {
    const parts = allocate(90, [500, 250, 250], "jpy")
    expect(parts).toEqual([45, 23, 22])
    expect(parts.reduce((a, b) => a + b, 0)).toBe(90)
    const cents = allocate(1.92, [1, 1, 1], "usd")
    expect(cents).toEqual([0.64, 0.64, 0.64])
    const uneven = allocate(10, [1, 1, 1], "kgs")
    expect(uneven).toEqual([4, 3, 3])
    expect(allocate(7, [0, 0], "kgs")).toEqual([7, 0])
  })

  it("formats each currency for each language, rounded to the unit", () => {
    expect(formatMoney(250, "kgs", "ru")).toBe("250\u00a0сом")
    expect(formatMoney(1250, "kgs", "ky")).toBe("1\u00a0250\u00a0сом")
    expect(formatMoney(250, "kgs", "en")).toBe("250 som")
    expect(formatMoney(250, "kgs", "ja")).toBe("250ソム")
    // Yen in Japanese as Japanese shops write it: digits grouped by thousands, then 円.
    expect(formatMoney(454.545454, "jpy", "ja")).toBe("455円")
    expect(formatMoney(1070, "JPY", "ja")).toBe("1,070円")
    expect(formatMoney(1234567, "jpy", "ja")).toBe("1,234,567円")
    expect(formatMoney(-2800, "jpy", "ja")).toBe("-2,800円")
    // Other currencies read in Japanese keep their own unit; yen read in other languages keeps ¥.
    expect(formatMoney(18, "usd", "ja")).toBe("$18.00")
    expect(formatMoney(1070, "jpy", "ru")).toBe("1 070 ¥")
    expect(formatMoney(1070, "jpy", "ky")).toBe(formatMoney(1070, "jpy", "ky").replace(/円/g, ""))
    expect(formatMoney(18, "usd", "en")).toBe("$18.00")
    // Moved from the storefront's formatPrice: the same rules there and in the emails.
    expect(formatMoney(1080.4, "JPY", "en")).toBe("¥1,080")
    expect(formatMoney(241.5, "usd", "en")).toBe("$241.50")
    expect(formatMoney(350.6, "kgs", "en")).toBe("351 som")
    expect(formatMoney(1200, "kgs", "ja")).toBe("1,200ソム")
  })
})
