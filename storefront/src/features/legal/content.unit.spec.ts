import { formatMoney, SHIPPING_OPTIONS, SHORT_HARVEST_CHOICES } from "@ovop/domain"
import { describe, expect, it } from "vitest"
import { locales } from "../../i18n/locales"
import { t } from "../../i18n/strings"
import { contentMismatches } from "./content"
import { contentFiles, readDisclosure, readInfoContent } from "./content-files"
import { associationContact, infoPageIds } from "./info"
import { disclosureFacts, disclosureRows, missingDisclosureTerms, shortHarvestFact } from "./tokushoho"

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
  const filledRows = () => disclosureRows(readDisclosure().rows, disclosureFacts(japanese()))
  const detailsOf = (term: string) =>
    filledRows()
      .find((row) => row.term === term)
      ?.details.join(" ")

  it("has a row, not empty, for every item the law asks of a mail-order seller", () => {
    expect(missingDisclosureTerms(filledRows())).toEqual([])
    // The check itself: a disclosure without its cancellation row, or with an empty one, is caught.
    const rows = filledRows()
    expect(missingDisclosureTerms(rows.filter((row) => row.term !== "ご注文のキャンセル（申込みの撤回）"))).toEqual([
      "ご注文のキャンセル（申込みの撤回）",
    ])
    expect(
      missingDisclosureTerms(rows.map((row) => (row.term === "所在地" ? { ...row, details: [" "] } : row))),
    ).toEqual(["所在地"])
  })

  it("states the office, the phone with its hours and the email from the shop's data", () => {
    const { officeAddress, officeHours } = japanese()
    expect(detailsOf("所在地")).toContain(officeAddress)
    expect(detailsOf("電話番号")).toBe(`${associationContact.phone} 受付時間：${officeHours}`)
    expect(detailsOf("メールアドレス")).toBe(associationContact.email)
    expect(
      filledRows()
        .flatMap((row) => row.details)
        .join(" "),
    ).not.toMatch(/[{}]/)
  })

  it("writes no 〒 before a postcode that is not Japanese (the office is in Kyrgyzstan)", () => {
    const everything = [japanese().officeAddress, ...filledRows().flatMap((row) => row.details)].join(" ")
    expect(everything).not.toMatch(/〒(?!\d{3}-\d{4})/)
    expect(japanese().officeAddress).toContain("722200")
  })

  it("charges the delivery options to Japan at the domain's prices, and names duty and import tax as the buyer's", () => {
    const charges = detailsOf("商品代金以外の必要料金") ?? ""
    const toJapan = SHIPPING_OPTIONS.filter((option) => option.zone === "Japan")
    expect(toJapan.length).toBeGreaterThan(0)
    for (const option of toJapan) {
      expect(charges).toContain(
        `${japanese().shippingRates[option.code].method}${formatMoney(option.price.amount, "jpy", "ja")}`,
      )
    }
    expect(charges).toContain("送料：EMS（国際スピード郵便）2,800円（1回のご注文につき、全国一律）")
    for (const charge of ["関税", "輸入消費税", "通関手数料", "お客様のご負担"]) expect(charges).toContain(charge)
    expect(detailsOf("販売価格")).toContain("日本の消費税は含まれていません")
  })

  it("says how and when the card is paid, as checkout does: authorised at the order, charged at dispatch", () => {
    expect(detailsOf("お支払い方法")).toBe(t("ja", "checkout.pay.card"))
    const when = detailsOf("お支払い時期") ?? ""
    expect(when).toContain("ご注文時にカードの承認")
    expect(when).toContain("発送時に代金を請求")
    // The order page and the email say the same.
    expect(t("ja", "order.card")).toContain("発送時に請求")
  })

  it("states delivery time with transit and customs, returns with refund timing, and cancellation", () => {
    const delivery = detailsOf("商品の引渡時期") ?? ""
    for (const part of ["7〜14日", "税関", "1〜2週間", "発送予定月"]) expect(delivery).toContain(part)
    const returns = detailsOf("返品・交換について（返品特約）") ?? ""
    for (const part of ["14日以内", "返送料", "7日以内", "クーリング・オフ"]) expect(returns).toContain(part)
    expect(detailsOf("ご注文のキャンセル（申込みの撤回）")).toContain("発送前")
  })

  it("names every short-harvest choice a pre-order offers, in the product page's words", () => {
    const conditions = detailsOf("販売数量の制限など特別な販売条件") ?? ""
    for (const choice of SHORT_HARVEST_CHOICES) expect(conditions).toContain(`「${t("ja", `preorder.${choice}`)}」`)
    expect(Object.keys(disclosureFacts(japanese()))).toEqual(
      expect.arrayContaining(SHORT_HARVEST_CHOICES.map((choice) => shortHarvestFact(choice))),
    )
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
