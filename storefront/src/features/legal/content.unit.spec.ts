import { describe, expect, it } from "vitest"
import { locales } from "../../i18n/locales"
import { contentMismatches, infoContent } from "./content"

describe("the information pages", () => {
  it("have the same sections and paragraphs in every language as in English, none empty", () => {
    for (const locale of locales) {
      expect(contentMismatches(infoContent.en, infoContent[locale]), locale).toEqual([])
    }
  })

  it("promise returns within 14 days in every language", () => {
    for (const locale of locales) {
      const returns = infoContent[locale].pages.shipping.sections.find((section) => section.id === "returns")
      expect(returns?.paragraphs.join(" "), locale).toContain("14")
    }
  })
})

describe("contentMismatches", () => {
  it("reports an empty text, a missing paragraph and a renamed section", () => {
    const english = { sections: [{ id: "returns", heading: "Returns", paragraphs: ["Within 14 days.", "Unopened."] }] }
    expect(contentMismatches(english, english)).toEqual([])
    expect(
      contentMismatches(english, { sections: [{ id: "returns", heading: " ", paragraphs: ["14日以内"] }] }),
    ).toEqual([".sections[0].heading", ".sections[0].paragraphs (length)"])
    expect(
      contentMismatches(english, { sections: [{ id: "refunds", heading: "Возврат", paragraphs: ["a", "b"] }] }),
    ).toEqual([".sections[0].id"])
  })
})
