import { describe, expect, it } from "vitest"
import { normalizeSearchText, queryTerms } from "./text"

describe("normalizeSearchText", () => {
  it("writes ё as е in Russian and Kyrgyz", () => {
    expect(normalizeSearchText("Белый эспарцетовый мёд", "ru")).toBe("белый эспарцетовый мед")
    expect(normalizeSearchText("Ёлка", "ky")).toBe("елка")
  })

  it("folds katakana to hiragana and kanji the catalogue writes in kana", () => {
    expect(normalizeSearchText("杏ジャム", "ja")).toBe("あんずじゃむ")
    expect(normalizeSearchText("トソール村のあんずジャム", "ja")).toContain("あんずじゃむ")
    expect(normalizeSearchText("蜂蜜", "ja")).toBe("はちみつ")
  })

  it("makes full-width Latin ordinary and punctuation spaces", () => {
    expect(normalizeSearchText("ＨＯＮＥＹ, «мёд»!", "en")).toBe("honey мёд")
  })
})

describe("queryTerms", () => {
  it("splits on spaces, drops repeats and empty input", () => {
    expect(queryTerms("  мед  МЁД джем ", "ru")).toEqual(["мед", "джем"])
    expect(queryTerms("   ", "en")).toEqual([])
  })
})
