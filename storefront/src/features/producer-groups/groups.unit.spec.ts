import { describe, expect, it } from "vitest"
import { storeProducerGroup } from "./fixtures"
import { featuredGroups, makerOf, toProducerGroup } from "./groups"

describe("toProducerGroup", () => {
  it("keeps the certificate and the group's product handles", () => {
    const group = toProducerGroup(storeProducerGroup())
    expect(group.certificate).toEqual({
      number: "IK-2024-003",
      issuer: "Issyk-Kul Brand Certification Committee",
      validFrom: "2024-03-01T00:00:00.000Z",
      validTo: "2027-02-28T00:00:00.000Z",
    })
    expect(group.productHandles).toEqual(["tosor-apricot-jam", "tosor-apricot-walnut-jam"])
    expect(group.womenMemberCount).toBe(11)
  })

  it("has no certificate when the group was never certified", () => {
    const group = toProducerGroup(
      storeProducerGroup({
        certificate_number: null,
        certificate_issuer: null,
        certificate_valid_from: null,
        certificate_valid_to: null,
        brand_certified: false,
      }),
    )
    expect(group.certificate).toBeNull()
  })
})

describe("featuredGroups", () => {
  const group = (handle: string, founded: number | null, certified: boolean, products = ["a-product"]) =>
    toProducerGroup(
      storeProducerGroup({
        handle,
        founded_year: founded,
        brand_certified: certified,
        products: products.map((p) => ({ handle: p })),
      }),
    )

  it("puts certified groups first, then the longest-standing, and leaves out groups with nothing on sale", () => {
    const groups = [
      group("tyup-yak-herders", 2001, false),
      group("karakol-womens-bakery", 2011, true),
      group("tosor-apricot-women", 2004, true),
      group("empty-group", 1999, true, []),
      group("tort-kul-shyrdak-masters", null, true),
    ]
    expect(featuredGroups(groups, 3).map((g) => g.handle)).toEqual([
      "tosor-apricot-women",
      "karakol-womens-bakery",
      "tort-kul-shyrdak-masters",
    ])
    expect(featuredGroups(groups, 10)).toHaveLength(4)
  })
})

describe("makerOf", () => {
  const tosor = toProducerGroup(storeProducerGroup())

  it("names the maker from the translated group list and links to its page", () => {
    const jam = { producerGroup: { handle: "tosor-apricot-women", name: "Tosor Apricot Women's Group" } }
    expect(makerOf([tosor], jam)).toEqual({ name: "Женская группа «Абрикосы Тосора»", group: tosor })
  })

  it("keeps the product's own group name, without a page, for a group not in the list", () => {
    const cookies = { producerGroup: { handle: "balykchy-womens-bakery", name: "Женская пекарня Балыкчы" } }
    expect(makerOf([tosor], cookies)).toEqual({ name: "Женская пекарня Балыкчы", group: undefined })
    expect(makerOf([tosor], { producerGroup: null })).toBeUndefined()
  })
})
