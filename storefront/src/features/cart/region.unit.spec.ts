import { describe, expect, it } from "vitest"
import { chosenRegion, defaultRegion, type ShopRegion } from "./region"

const kyrgyzstan: ShopRegion = { id: "reg_kg", name: "Kyrgyzstan", currencyCode: "kgs" }
const japan: ShopRegion = { id: "reg_jp", name: "Japan", currencyCode: "jpy" }
const international: ShopRegion = { id: "reg_intl", name: "International", currencyCode: "usd" }
const regions = [international, japan, kyrgyzstan]

describe("defaultRegion", () => {
  it("prices Japanese pages in yen, Russian and Kyrgyz in som, English in dollars", () => {
    expect(defaultRegion(regions, "ja")).toBe(japan)
    expect(defaultRegion(regions, "ru")).toBe(kyrgyzstan)
    expect(defaultRegion(regions, "ky")).toBe(kyrgyzstan)
    expect(defaultRegion(regions, "en")).toBe(international)
  })

  it("takes the first region when the store has none in the language's currency", () => {
    expect(defaultRegion([japan], "ru")).toBe(japan)
    expect(defaultRegion([], "ru")).toBeUndefined()
  })
})

describe("chosenRegion", () => {
  it("keeps the shopper's choice whatever the page language", () => {
    expect(chosenRegion(regions, "reg_jp", "ru")).toBe(japan)
    expect(chosenRegion(regions, "reg_kg", "en")).toBe(kyrgyzstan)
  })

  it("falls back to the language's default without a choice or with a region the store no longer has", () => {
    expect(chosenRegion(regions, null, "ja")).toBe(japan)
    expect(chosenRegion(regions, "reg_removed", "en")).toBe(international)
    expect(chosenRegion(regions, "", "ky")).toBe(kyrgyzstan)
  })
})
