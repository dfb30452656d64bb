import { describe, expect, it } from "vitest"
import { refusalMessage } from "./messages"
import { refusal } from "./refusals"
import {
  blockingRestriction,
  cartDestinations,
  mergeRestrictions,
  parseRestrictions,
  type RestrictableProduct,
  type Restriction,
  restrictedLinesOf,
  restrictionFor,
  restrictionsOf,
} from "./restrictions"

const quarantine: Restriction = {
  country_code: "jp",
  reason_code: "animal_quarantine",
  reason: {
    en: "meat products need an export inspection certificate",
    ja: "食肉製品には輸出国政府の検査証明書が必要です",
    ru: "для мясных продуктов нужен ветеринарный сертификат",
    ky: "эт азыктарына ветеринардык сертификат керек",
  },
}
const honeyToAustralia: Restriction = {
  country_code: "au",
  reason_code: "biosecurity",
  reason: {
    en: "honey may not enter",
    ja: "はちみつは輸入できません",
    ru: "мёд нельзя ввозить",
    ky: "бал киргизилбейт",
  },
}

const jerky = { metadata: {}, categories: [{ handle: "jerky", metadata: { ovop_restrictions: [quarantine] } }] }
const honey = { metadata: { ovop_restrictions: [honeyToAustralia] }, categories: [{ handle: "honey", metadata: null }] }
const jam = { metadata: { season_months: [7, 8] }, categories: [{ handle: "jams-preserves", metadata: {} }] }

describe("parseRestrictions", () => {
  it("reads well-formed entries and normalises the country", () => {
    const { restrictions, problems } = parseRestrictions([{ ...quarantine, country_code: " JP " }])
    expect(problems).toEqual([])
    expect(restrictions).toEqual([quarantine])
  })

  it("names what is wrong with an entry and keeps it out", () => {
    const { restrictions, problems } = parseRestrictions([
      { country_code: "Japan", reason_code: "animal_quarantine", reason: quarantine.reason },
      { country_code: "jp", reason_code: "Animal Quarantine", reason: { en: "x" } },
      "jp",
    ])
    expect(restrictions).toEqual([])
    expect(problems).toEqual([
      "ovop_restrictions[0].country_code is not a two-letter country code",
      "ovop_restrictions[1].reason_code is not a snake_case code",
      "ovop_restrictions[1].reason has no text in ja, ru, ky",
      "ovop_restrictions[2] is not an object",
    ])
    expect(parseRestrictions({ jp: true }).problems).toEqual(["ovop_restrictions is not a list"])
    expect(parseRestrictions(undefined)).toEqual({ restrictions: [], problems: [] })
  })
})

describe("restriction rules", () => {
  it("applies a category's restriction to its products, for that country only", () => {
    expect(restrictionFor(jerky, "JP")).toMatchObject({
      reason_code: "animal_quarantine",
      source: { kind: "category", handle: "jerky" },
    })
    expect(restrictionFor(jerky, "kg")).toBeNull()
    expect(restrictionFor(jam, "jp")).toBeNull()
  })

  it("applies a product's own restriction, and it wins over its category's for the same country", () => {
    expect(restrictionFor(honey, "au")).toMatchObject({ reason_code: "biosecurity", source: { kind: "product" } })
    const own = { ...quarantine, reason_code: "own_reason" }
    const both = { metadata: { ovop_restrictions: [own] }, categories: jerky.categories }
    expect(restrictionsOf(both)).toHaveLength(1)
    expect(restrictionFor(both, "jp")?.reason_code).toBe("own_reason")
  })

  it("ships to the address's country once known, else to any country of the region", () => {
    expect(cartDestinations({ shipping_address: { country_code: "JP" }, region_countries: ["us", "de"] })).toEqual([
      "jp",
    ])
    expect(cartDestinations({ shipping_address: null, region_countries: ["jp"] })).toEqual(["jp"])
    expect(cartDestinations({ shipping_address: { country_code: "" }, region_countries: ["us", "au"] })).toEqual([
      "us",
      "au",
    ])
  })

  it("blocks a product only when none of the destinations may receive it", () => {
    expect(blockingRestriction(jerky, ["jp"])?.reason_code).toBe("animal_quarantine")
    // A region with an address still to choose: the shopper may pick a country that can receive it.
    expect(blockingRestriction(honey, ["us", "au"])).toBeNull()
    expect(blockingRestriction(honey, ["au"])?.reason_code).toBe("biosecurity")
    expect(blockingRestriction(jerky, [])).toBeNull()
  })

  it("names the cart lines that cannot be sent, in the cart's order", () => {
    const products = new Map<string, RestrictableProduct>([
      ["prod_jerky", jerky],
      ["prod_jam", jam],
    ])
    const lines = [
      { id: "cali_1", product_id: "prod_jam", product_title: "Apricot jam" },
      { id: "cali_2", product_id: "prod_jerky", product_title: "Saruu beef jerky" },
      { id: "cali_3", product_id: null, title: "custom" },
    ]
    expect(restrictedLinesOf(lines, products, ["jp"])).toEqual([
      {
        line_id: "cali_2",
        product: "Saruu beef jerky",
        product_id: "prod_jerky",
        country: "jp",
        reason_code: "animal_quarantine",
        reason: quarantine.reason,
      },
    ])
    expect(restrictedLinesOf(lines, products, ["kg"])).toEqual([])
  })
})

describe("mergeRestrictions", () => {
  it("replaces the entry for the same country, keeps the others, and is idempotent", () => {
    const merged = mergeRestrictions([honeyToAustralia, { ...quarantine, reason_code: "old" }], [quarantine])
    expect(merged).toEqual([honeyToAustralia, quarantine])
    expect(mergeRestrictions(merged, [quarantine])).toBeNull()
    // As a jsonb column gives it back: the same entry, its keys in another order.
    const reordered = {
      reason: {
        ky: quarantine.reason.ky,
        ru: quarantine.reason.ru,
        ja: quarantine.reason.ja,
        en: quarantine.reason.en,
      },
      reason_code: quarantine.reason_code,
      country_code: "jp",
    }
    expect(mergeRestrictions([honeyToAustralia, reordered], [quarantine])).toBeNull()
    expect(mergeRestrictions(undefined, [quarantine])).toEqual([quarantine])
  })
})

describe("restriction refusals", () => {
  it("name the country and the reason in the reader's language", () => {
    const refused = refusal("restricted_destination", {
      product: "サルー村のビーフジャーキー",
      country: "jp",
      reason_code: "animal_quarantine",
      restriction: quarantine.reason,
    })
    expect(refusalMessage(refused, "ja")).toBe(
      "「サルー村のビーフジャーキー」は日本へお届けできません。食肉製品には輸出国政府の検査証明書が必要です",
    )
    expect(refusalMessage(refused, "en")).toBe(
      '"サルー村のビーフジャーキー" cannot be sent to Japan: meat products need an export inspection certificate',
    )
  })

  it("list the lines to remove", () => {
    const refused = refusal("restricted_lines", {
      country: "jp",
      lines: [
        { line_id: "cali_1", product: "Beef jerky", reason_code: "animal_quarantine" },
        { line_id: "cali_2", product: "Yak jerky", reason_code: "animal_quarantine" },
      ],
    })
    expect(refusalMessage(refused, "en")).toBe(
      '"Beef jerky" and "Yak jerky" cannot be sent to Japan: remove them from your cart to place the order',
    )
    expect(refusalMessage(refused, "ja")).toBe(
      "「Beef jerky」、「Yak jerky」は日本へお届けできません。ご注文の前にカートから削除してください",
    )
  })
})
