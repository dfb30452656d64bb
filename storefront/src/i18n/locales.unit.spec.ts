import { readFileSync } from "node:fs"
import { describe, expect, it } from "vitest"
import en from "./en.json"
import { isLocale, type Locale, localePaths, locales, localizedPath, switchLocale } from "./locales"
import { assertCompleteStrings, isUiKey, missingKeys, placeholderMismatches, t } from "./strings"

const seedDir = new URL("../../../seed/data/ovop/", import.meta.url)

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

describe("localePaths", () => {
  it("gives a page one path per language, the language also as its prop", () => {
    expect(localePaths()).toEqual([
      { params: { locale: "en" }, props: { locale: "en" } },
      { params: { locale: "ja" }, props: { locale: "ja" } },
      { params: { locale: "ru" }, props: { locale: "ru" } },
      { params: { locale: "ky" }, props: { locale: "ky" } },
    ])
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

describe("interface string placeholders", () => {
  it("are filled from the values given", () => {
    expect(t("ru", "price.from", { price: "380 сом" })).toBe("от 380 сом")
    expect(t("ja", "price.from", { price: "1,160円" })).toBe("1,160円～")
  })

  it("must be the same in every language", () => {
    expect(placeholderMismatches({ "price.from": "from {price}" }, { "price.from": "от {цена}" })).toEqual([
      "price.from",
    ])
    expect(() => assertCompleteStrings({ xx: { ...en, "price.from": "from" } })).toThrow(/price.from \(placeholders\)/)
  })

  it("name every allergen and warning of the catalogue in every language, as the catalogue words them", () => {
    const seed = (file: string) =>
      JSON.parse(readFileSync(new URL(file, seedDir), "utf8")) as Record<string, Record<Locale, string>>
    for (const [prefix, file] of [
      ["allergen", "allergens.json"],
      ["warning", "warnings.json"],
    ] as const) {
      for (const [code, texts] of Object.entries(seed(file))) {
        const key = `${prefix}.${code}`
        if (!isUiKey(key)) throw new Error(`no interface string ${key}`)
        for (const locale of locales) expect(t(locale, key), `${key} in ${locale}`).toBe(texts[locale])
      }
    }
  })
})
