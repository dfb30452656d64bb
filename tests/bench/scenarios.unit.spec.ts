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
  it("asks the search route, escaped, one page of 20 in English", () => {
    expect(searchPath("sea buckthorn")).toBe("/store/search?q=sea%20buckthorn&locale=en&limit=20")
  })
})
