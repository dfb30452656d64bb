import { describe, expect, it } from "vitest"
import { locales } from "../../i18n/locales"
import { contentMismatches } from "./content"
import { contentFiles, readDisclosure, readInfoContent } from "./content-files"
import { associationContact, infoPageIds } from "./info"
import { disclosureFacts, disclosureRows } from "./tokushoho"

describe("the information pages", () => {
  it("are one file per page and language plus the shop's words per language and the disclosure, no other", () => {
    expect(contentFiles()).toEqual(
      [
        ...locales.flatMap((locale) => [
          ...infoPageIds.map((id) => `info/${locale}/${id}.yaml`),
          `shop/${locale}.yaml`,
        ]),
        "tokushoho/ja.yaml",
      ].sort(),
    )
  })

  it("have the same sections and paragraphs in every language as in English, none empty", () => {
    const infoContent = readInfoContent()
    for (const locale of locales) {
      expect(contentMismatches(infoContent.en, infoContent[locale]), locale).toEqual([])
    }
  })

  it("promise returns within 14 days in every language", () => {
    const infoContent = readInfoContent()
    for (const locale of locales) {
      const returns = infoContent[locale].pages.shipping.sections.find((section) => section.id === "returns")
      expect(returns?.paragraphs.join(" "), locale).toContain("14")
    }
  })
})

describe("the Specified Commercial Transactions Act disclosure", () => {
  const japanese = () => readInfoContent().ja.shop

  it("states the office, the phone with its hours, the email and the EMS rate from the shop's data", () => {
    const { officeAddress, officeHours } = japanese()
    const rows = disclosureRows(readDisclosure().rows, disclosureFacts({ officeAddress, officeHours }))
    const detailsOf = (term: string) => rows.find((row) => row.term === term)?.details.join(" ")
    expect(detailsOf("所在地")).toBe(officeAddress)
    expect(detailsOf("電話番号")).toBe(`${associationContact.phone}（${officeHours}）`)
    expect(detailsOf("メールアドレス")).toBe(associationContact.email)
    expect(detailsOf("商品代金以外の必要料金")).toBe("送料：EMS 2,800円（1回のご注文につき）")
    expect(rows.flatMap((row) => row.details).join(" ")).not.toMatch(/[{}]/)
  })

  it("fails on a fact the shop's data does not give", () => {
    expect(() => disclosureRows([{ term: "代表者", details: ["{director}"] }], disclosureFacts(japanese()))).toThrow(
      "{director}",
    )
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
