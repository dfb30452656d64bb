import { describe, expect, it } from "vitest"
import { preferredStoreLocale, suggestedLocale } from "./language-choice"

const everyLanguage = ["en", "ja", "ru", "ky"]

describe("preferredStoreLocale", () => {
  it("takes the first browser language the store is written in, by its primary subtag", () => {
    expect(preferredStoreLocale(["de-DE", "ja-JP", "en-US"])).toBe("ja")
    expect(preferredStoreLocale(["RU"])).toBe("ru")
    expect(preferredStoreLocale(["ky-KG", "ru-KG"])).toBe("ky")
  })

  it("is null when the browser prefers none of the store's languages", () => {
    expect(preferredStoreLocale(["de-DE", "fr"])).toBeNull()
    expect(preferredStoreLocale([])).toBeNull()
  })
})

describe("suggestedLocale", () => {
  it("suggests a Japanese browser the Japanese page when it reads an English one", () => {
    expect(suggestedLocale("en", ["ja-JP", "en"], null, everyLanguage)).toBe("ja")
  })

  it("suggests nothing when the page is already in the browser's language", () => {
    expect(suggestedLocale("ja", ["ja-JP"], null, everyLanguage)).toBeNull()
    // English comes first for this reader, so the English page is what they want.
    expect(suggestedLocale("en", ["en-GB", "ru"], null, everyLanguage)).toBeNull()
  })

  it("suggests nothing once the shopper dismissed the suggestion or picked a language", () => {
    expect(suggestedLocale("en", ["ja"], "dismissed", everyLanguage)).toBeNull()
    expect(suggestedLocale("en", ["ja"], "en", everyLanguage)).toBeNull()
  })

  it("suggests only a language the page is offered in", () => {
    expect(suggestedLocale("en", ["ky"], null, ["en", "ja", "ru"])).toBeNull()
  })
})
