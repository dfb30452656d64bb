import { glossaryViolations, JAPANESE_GLOSSARY } from "@ovop/domain/messages"
import { describe, expect, it } from "vitest"
import { readCatalogueFile } from "../../seed/src/catalogue"
import { japaneseTexts } from "./japanese-texts"
import { halfWidthMarks } from "./punctuation"

describe("Japanese punctuation", () => {
  it("is full-width in every Japanese text of the shop (strings, messages, pages, the seed's translations)", () => {
    const texts = japaneseTexts()
    expect(texts.length).toBeGreaterThan(500)
    const offending = texts.flatMap(({ where, text }) =>
      halfWidthMarks(text).map(({ mark, context }) => `${where}: "${mark}" in …${context}…`),
    )
    expect(offending).toEqual([])
  })

  it("flags half-width marks in Japanese sentences and leaves times, thousands, URLs and placeholders", () => {
    const marks = (text: string) => halfWidthMarks(text).map(({ mark }) => mark)
    expect(marks("予約注文: {items}")).toEqual([":"])
    expect(marks("ありがとうございます!")).toEqual(["!"])
    expect(marks("お届けできますか?")).toEqual(["?"])
    expect(marks("ジャム (500 g), はちみつ")).toEqual(["(", ","])
    expect(marks("ボールソク(揚げパン)")).toEqual(["(", ")"])
    expect(marks("9:00〜18:00、1,070円、https://shop.example/ja/?id=1,2 の{name}")).toEqual([])
    expect(marks("Total: 1,070 (tax included)!")).toEqual([])
  })
})

describe("the Japanese glossary", () => {
  it("is followed by every Japanese text of the shop: one way to write each village and recurring term", () => {
    const offending = japaneseTexts().flatMap(({ where, text }) =>
      glossaryViolations(text).map(({ variant, term }) => `${where}: ${variant} (the glossary writes ${term})`),
    )
    expect(offending).toEqual([])
  })

  it("names every village a producer group is from, as the seed writes it", () => {
    const groups =
      readCatalogueFile<{ handle: string; village: { ja: string }; name: { ja: string } }[]>("producer-groups.json")
    const places = JAPANESE_GLOSSARY.filter((entry) => entry.kind === "place").map((entry) => entry.term)
    for (const group of groups) {
      expect(
        places.some((place) => group.village.ja.startsWith(place)),
        `${group.handle}: ${group.village.ja}`,
      ).toBe(true)
    }
  })

  it("has no spelling that is also a term of the glossary, and no word twice", () => {
    const terms = JAPANESE_GLOSSARY.map((entry) => entry.term)
    expect(new Set(terms).size).toBe(terms.length)
    for (const entry of JAPANESE_GLOSSARY) {
      for (const variant of entry.variants) {
        expect(
          terms.filter((term) => term.includes(variant)),
          `${entry.term}: ${variant}`,
        ).toEqual([])
      }
    }
  })

  it("finds each spelling it does not use, with the spelling it does", () => {
    expect(glossaryViolations("ボコンバエヴォ村のイシク・クル ブランド")).toEqual([
      { variant: "ボコンバエヴォ", term: "ボコンバエボ", index: 0 },
      { variant: "イシク・クル ブランド", term: "イシク・クル・ブランド", index: 9 },
    ])
    expect(glossaryViolations("ボコンバエボ村のイシク・クル・ブランド")).toEqual([])
  })
})
