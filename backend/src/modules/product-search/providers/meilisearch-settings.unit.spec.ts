import { describe, expect, it } from "vitest"
import { toSearchDocument } from "../document"
import { facetCounts } from "./meilisearch"
import {
  indexName,
  meilisearchFilters,
  meilisearchSettings,
  meilisearchSort,
  toMeilisearchDocument,
} from "./meilisearch-settings"
import type { SearchRequest } from "./types"

const request: SearchRequest = {
  locale: "ru",
  q: "мёд",
  currency: "kgs",
  sort: "relevance",
  limit: 12,
  offset: 0,
  now: new Date("2026-12-06T12:00:00Z"),
}

describe("Meilisearch settings", () => {
  it("one index per locale", () => {
    expect(indexName("ja")).toBe("ovop_products_ja")
    expect(indexName("ky", "test")).toBe("test_ky")
  })

  it("searches the normalized text, filters and sorts what the route offers", () => {
    const settings = meilisearchSettings("ru")
    expect(settings.searchableAttributes).toEqual(["title_norm", "short_norm", "body_norm"])
    expect(settings.filterableAttributes).toEqual(
      expect.arrayContaining([
        "category_handle",
        "group_handle",
        "season_months",
        "all_year",
        "price_kgs",
        "price_jpy",
        "price_usd",
      ]),
    )
    expect(settings.sortableAttributes).toEqual(expect.arrayContaining(["price_kgs", "created_at_ts"]))
    expect(settings.typoTolerance.minWordSizeForTypos.oneTypo).toBe(4)
    expect(settings.stopWords).toContain("из")
    expect(settings.localizedAttributes).toEqual([{ attributePatterns: ["*_norm"], locales: ["rus"] }])
  })

  it("Japanese: segmented as Japanese, kanji synonyms of the kana spellings", () => {
    const settings = meilisearchSettings("ja")
    expect(settings.localizedAttributes[0]?.locales).toEqual(["jpn"])
    expect(settings.synonyms["杏"]).toEqual(["あんず"])
  })

  it("is the same object every time (applying it again is a no-op)", () => {
    expect(meilisearchSettings("en")).toEqual(meilisearchSettings("en"))
  })
})

describe("Meilisearch documents and queries", () => {
  const document = toSearchDocument(
    {
      id: "prod_1",
      handle: "ananyevo-white-sainfoin-honey",
      thumbnail: null,
      created_at: "2026-01-01T00:00:00Z",
      fields: { title: "White sainfoin honey" },
      translations: { ru: { title: "Белый эспарцетовый мёд" } },
      category: { id: "c", handle: "honey", fields: { name: "Honey" }, translations: { ru: { name: "Мёд" } } },
      producerGroup: null,
      tags: [],
      seasonMonths: [10, 11, 12, 1, 2, 3],
      prices: { kgs: 600 },
      inStock: true,
    },
    "ru",
  )

  it("adds normalized text, flat prices and facet keys carrying the name", () => {
    expect(toMeilisearchDocument(document)).toMatchObject({
      id: "prod_1",
      title_norm: "белый эспарцетовый мед",
      price_kgs: 600,
      price_usd: null,
      category_facet: "honey|Мёд",
      group_facet: null,
    })
  })

  it("filters by category, price and season (Bishkek's month), sorts by price", () => {
    const filters = meilisearchFilters({ ...request, category: "honey", priceMin: 100, priceMax: 900, inSeason: true })
    expect(filters).toEqual([
      'category_handle = "honey"',
      "price_kgs >= 100",
      "price_kgs <= 900",
      "(all_year = true OR season_months = 12)",
    ])
    expect(meilisearchSort({ ...request, sort: "price_desc" })).toEqual(["price_kgs:desc"])
    expect(meilisearchSort(request)).toBeUndefined()
  })

  it("reads facet counts back into handle, name and count", () => {
    expect(facetCounts({ "honey|Мёд": 5, "jams-preserves|Джемы": 2 })).toEqual([
      { value: "honey", label: "Мёд", count: 5 },
      { value: "jams-preserves", label: "Джемы", count: 2 },
    ])
  })
})
