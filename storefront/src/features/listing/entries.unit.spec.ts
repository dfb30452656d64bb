import { describe, expect, it } from "vitest"
import { storeProduct, storeVariant } from "../catalogue/fixtures"
import { toCatalogueProduct } from "../catalogue/products"
import type { ProducerGroup } from "../producer-groups/groups"
import { catalogueCategories, listedGroupHandles, listingEntries, listingGroups, priceBounds } from "./entries"

// The e2e build's day: honey (October to March) is out of season, felt is sold all year.
const midMay = new Date("2026-05-15T12:00:00Z")
const feltCategory = [{ name: "フェルト製品", handle: "felt", rank: 7 }]
const feltGroup = { handle: "kyzyl-suu-felt-makers", name: "クズル・スー村フェルト職人グループ", status: "active" }
const allYear = { kind: "craft", season_months: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12] }

const honey = toCatalogueProduct(storeProduct({ created_at: "2026-03-02T08:00:00Z" }))
const combHoney = toCatalogueProduct(
  storeProduct({
    handle: "ananyevo-sainfoin-comb-honey",
    title: "エスパルセットの巣みつ",
    created_at: "2026-03-05T08:00:00Z",
    variants: [storeVariant("300g", 1780)],
  }),
)
const slippers = toCatalogueProduct(
  storeProduct({
    handle: "kyzyl-suu-felt-slippers",
    title: "フェルトのスリッパ",
    created_at: "2026-01-10T08:00:00Z",
    categories: feltCategory,
    metadata: allYear,
    variants: [storeVariant("EU 36–37", 4950), storeVariant("EU 42–43", 5360)],
    producer_group: feltGroup,
  }),
)
const yurtOrnaments = toCatalogueProduct(
  storeProduct({
    handle: "kadji-sai-felt-yurt-ornaments",
    title: "フェルトのユルト飾り",
    created_at: "2026-01-12T08:00:00Z",
    categories: feltCategory,
    metadata: allYear,
    variants: [storeVariant("set", 0, { calculated_price: null })],
    producer_group: { handle: "kadji-sai-felt-toys", name: "カジ・サイ村フェルト人形グループ", status: "active" },
  }),
)
const pausedCookies = toCatalogueProduct(
  storeProduct({
    handle: "balykchy-sesame-butter-cookies",
    categories: [{ name: "クッキー", handle: "cookies", rank: 6 }],
    producer_group: { handle: "balykchy-womens-bakery", name: "バルクチ女性製菓グループ", status: "paused" },
  }),
)
const products = [slippers, honey, pausedCookies, yurtOrnaments, combHoney]

describe("catalogueCategories", () => {
  it("lists the categories with products on sale in the association's order, with their descriptions and counts", () => {
    expect(catalogueCategories(products)).toEqual([
      { handle: "honey", name: "はちみつ", description: expect.stringMatching(/^北岸の山すそ/), productCount: 2 },
      { handle: "felt", name: "フェルト製品", description: null, productCount: 2 },
    ])
  })

  it("leaves out products without a category", () => {
    expect(catalogueCategories([toCatalogueProduct(storeProduct({ categories: [] }))])).toEqual([])
  })
})

describe("listingEntries", () => {
  const options = { categoryHandle: null, today: midMay, locale: "ja-JP" }

  it("lists the products on sale, those sold from stock today first, then the newest", () => {
    const entries = listingEntries(products, options)
    expect(entries.map((entry) => entry.product.handle)).toEqual([
      "kadji-sai-felt-yurt-ornaments",
      "kyzyl-suu-felt-slippers",
      "ananyevo-sainfoin-comb-honey",
      "ananyevo-white-sainfoin-honey",
    ])
    expect(entries.map((entry) => entry.item.featuredRank)).toEqual([0, 1, 2, 3])
  })

  it("gives each card what the filters read: group, season, lowest price, name order", () => {
    const [ornaments, slippersEntry] = listingEntries(products, options)
    expect(slippersEntry?.item).toEqual({
      group: "kyzyl-suu-felt-makers",
      inSeason: true,
      price: 4950,
      featuredRank: 1,
      nameRank: 2,
    })
    expect(ornaments?.item.price).toBeNull()
    // Japanese order: エスパルセット… before フェルト…; ス before ユ.
    expect(listingEntries(products, options).map((entry) => entry.item.nameRank)).toEqual([3, 2, 0, 1])
  })

  it("puts honey first in October, when its season opens", () => {
    const entries = listingEntries(products, { ...options, today: new Date("2026-10-15T12:00:00Z") })
    expect(entries.map((entry) => [entry.product.handle, entry.item.inSeason])).toEqual([
      ["ananyevo-sainfoin-comb-honey", true],
      ["ananyevo-white-sainfoin-honey", true],
      ["kadji-sai-felt-yurt-ornaments", true],
      ["kyzyl-suu-felt-slippers", true],
    ])
  })

  it("lists one category's products on its page", () => {
    const entries = listingEntries(products, { ...options, categoryHandle: "honey" })
    expect(entries.map((entry) => entry.product.handle)).toEqual([
      "ananyevo-sainfoin-comb-honey",
      "ananyevo-white-sainfoin-honey",
    ])
  })
})

describe("listingGroups", () => {
  it("names each group once, from the translated group list when it is there, by name", () => {
    const entries = listingEntries(products, { categoryHandle: null, today: midMay, locale: "ja-JP" })
    const translated = { handle: "kyzyl-suu-felt-makers", name: "クズル・スー村のフェルト職人" } as ProducerGroup
    expect(listingGroups(entries, [translated], "ja-JP")).toEqual([
      { handle: "ananyevo-sainfoin-beekeepers", name: "アナニエヴォ村エスパルセット養蜂グループ" },
      { handle: "kadji-sai-felt-toys", name: "カジ・サイ村フェルト人形グループ" },
      { handle: "kyzyl-suu-felt-makers", name: "クズル・スー村のフェルト職人" },
    ])
  })
})

describe("priceBounds", () => {
  it("spans the priced cards and is null when none is priced", () => {
    const entries = listingEntries(products, { categoryHandle: null, today: midMay, locale: "ja-JP" })
    expect(priceBounds(entries.map((entry) => entry.item))).toEqual({ min: 1160, max: 4950 })
    expect(priceBounds([])).toBeNull()
  })
})

describe("listedGroupHandles", () => {
  it("names the groups a category page lists, and every group for all products, paused groups left out", () => {
    expect(listedGroupHandles(products, "felt")).toEqual(["kadji-sai-felt-toys", "kyzyl-suu-felt-makers"])
    expect(listedGroupHandles(products, "honey")).toEqual([honey.producerGroup?.handle])
    expect(listedGroupHandles(products, null)).not.toContain("balykchy-womens-bakery")
    expect(listedGroupHandles(products, null)).toHaveLength(3)
  })
})
