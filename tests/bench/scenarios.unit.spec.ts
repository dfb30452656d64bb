import { describe, expect, it } from "vitest"
import { searchPath, searchTermsOf } from "./scenarios"

describe("searchTermsOf", () => {
  it("takes distinct title words of four letters or more, lower-cased, in every script", () => {
    expect(searchTermsOf(["Tosor apricot jam", "Apricot jam, 450 g", "Ысык-Көл бал", "Felt slippers"])).toEqual([
      "tosor",
      "apricot",
      "ысык",
      "felt",
      "slippers",
    ])
  })

  it("stops at the limit", () => {
    expect(searchTermsOf(["alpha bravo charlie delta"], 2)).toEqual(["alpha", "bravo"])
  })
})

describe("searchPath", () => {
  it("asks the store API's product q filter, escaped, with region prices", () => {
    expect(searchPath("reg_usd", "sea buckthorn")).toBe(
      "/store/products?q=sea%20buckthorn&region_id=reg_usd&limit=20&fields=*variants.calculated_price",
    )
  })
})
