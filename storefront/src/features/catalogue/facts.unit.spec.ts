import { describe, expect, it } from "vitest"
import { codeText, countryName, formatDay, formatDayRange, formatWeight } from "./facts"

describe("codeText", () => {
  it("names allergens, warnings and districts in the page's language", () => {
    expect(codeText("ja", "allergen", "wheat")).toBe("小麦")
    expect(codeText("ru", "warning", "honey-infants")).toBe("Не давать детям до одного года.")
    expect(codeText("ky", "district", "jeti-oguz")).toBe("Жети-Өгүз району")
  })

  it("fails the build on a code the interface strings do not know", () => {
    expect(() => codeText("en", "allergen", "lupin")).toThrow(/allergen.lupin/)
  })
})

describe("formatWeight", () => {
  it("writes grams below a kilogram and kilograms from there, in the page's language", () => {
    expect(formatWeight(400, "en")).toBe("400 g")
    expect(formatWeight(1350, "en")).toBe("1.35 kg")
    expect(formatWeight(1350, "ru")).toMatch(/^1,35\s?кг$/)
  })

  it("writes grams 'г' in Kyrgyz, never the Russian habit 'гр'", () => {
    expect(formatWeight(400, "ky")).toMatch(/^400\sг$/)
    expect(formatWeight(680, "ru")).toMatch(/^680\sг$/)
    expect(formatWeight(1500, "ky")).toMatch(/^1,5\sкг$/)
  })
})

describe("countryName", () => {
  it("calls Kyrgyzstan by the name its shoppers use", () => {
    expect(countryName("kg", "ru")).toBe("Кыргызстан")
    expect(countryName("KG", "ja")).toBe("キルギス")
  })

  it("falls back to Intl's name for other countries", () => {
    expect(countryName("jp", "en")).toBe("Japan")
  })
})

describe("formatDay", () => {
  it("reads a stored date as the calendar day it stands for, in the page's language", () => {
    expect(formatDay("2027-02-28T00:00:00.000Z", "en")).toBe("February 28, 2027")
    expect(formatDay("2027-02-28T00:00:00.000Z", "ja")).toBe("2027年2月28日")
    expect(formatDay("2026-01-31T00:00:00.000Z", "ru")).toMatch(/^31 января 2026/)
  })

  it("writes a validity span as one range", () => {
    expect(formatDayRange("2024-03-01T00:00:00.000Z", "2027-02-28T00:00:00.000Z", "en")).toMatch(
      /^March 1, 2024\s?–\s?February 28, 2027$/,
    )
  })
})
