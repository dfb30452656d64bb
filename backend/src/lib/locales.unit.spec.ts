import { describe, expect, it } from "vitest"
import { fallbackFields, resolveStoreLocale } from "./locales"

describe("resolveStoreLocale", () => {
  it.each([
    ["ja", "ja"],
    ["ja-JP", "ja"],
    ["KY-kg", "ky"],
    ["ru_RU", "ru"],
    [" en ", "en"],
  ])("reads %s as %s", (requested, expected) => {
    expect(resolveStoreLocale(requested)).toBe(expected)
  })

  it.each(["de", "kk", "", "jap"])("does not offer %j", (requested) => {
    expect(resolveStoreLocale(requested)).toBeUndefined()
  })
})

describe("fallbackFields", () => {
  const russian = { title: "Абрикосовый джем", description: "Из Тосора." }

  it("gives a Kyrgyz reader the Russian text of a field Kyrgyz leaves out", () => {
    expect(fallbackFields("ky", { ky: { title: "Өрүк кыямы" }, ru: russian })).toEqual({
      description: "Из Тосора.",
    })
  })

  it("treats an empty Kyrgyz field as missing", () => {
    expect(fallbackFields("ky", { ky: { title: "  " }, ru: russian })).toEqual(russian)
  })

  it("leaves the English source in place when Russian is missing too", () => {
    expect(fallbackFields("ky", { ky: {} })).toEqual({})
  })

  it("ignores empty Russian text, so English shows rather than nothing", () => {
    expect(fallbackFields("ky", { ru: { title: "" } })).toEqual({})
  })

  it("does not touch Japanese, Russian or English readers", () => {
    expect(fallbackFields("ja", { ru: russian })).toEqual({})
    expect(fallbackFields("ru", { ru: russian })).toEqual({})
    expect(fallbackFields("en", { ru: russian })).toEqual({})
  })
})
