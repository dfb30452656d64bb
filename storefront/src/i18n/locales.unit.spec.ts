import { describe, expect, it } from "vitest"
import { isLocale, localizedPath, switchLocale } from "./locales"
import { assertCompleteStrings, missingKeys } from "./strings"

describe("localizedPath", () => {
  it("prefixes the locale and ends with a slash", () => {
    expect(localizedPath("ja")).toBe("/ja/")
    expect(localizedPath("ky", "products/apricot-jam")).toBe("/ky/products/apricot-jam/")
    expect(localizedPath("ru", "/groups/tosor/")).toBe("/ru/groups/tosor/")
  })
})

describe("switchLocale", () => {
  it("keeps the page when switching language", () => {
    expect(switchLocale("/en/products/apricot-jam/", "ja")).toBe("/ja/products/apricot-jam/")
    expect(switchLocale("/", "ky")).toBe("/ky/")
  })
})

describe("isLocale", () => {
  it("accepts the four storefront languages only", () => {
    expect(["en", "ja", "ru", "ky"].every(isLocale)).toBe(true)
    expect(isLocale("de")).toBe(false)
  })
})

describe("interface strings", () => {
  it("are complete in every language", () => {
    expect(() => assertCompleteStrings()).not.toThrow()
  })

  it("report a missing or empty key", () => {
    expect(missingKeys({ a: "A", b: "B" }, { a: "" })).toEqual(["a", "b"])
    expect(() => assertCompleteStrings({ xx: { "site.name": "x" } })).toThrow(/xx: /)
  })
})
