import { afterEach, beforeEach, describe, expect, it } from "vitest"
import { type MeilisearchServer, startMeilisearchServer } from "../../../../../tests/support/meilisearch-server/server"
import { type CatalogueProduct, toSearchDocuments } from "../document"
import { MeilisearchProvider, succeeded } from "./meilisearch"
import { indexName, meilisearchSettings, settingsChanges } from "./meilisearch-settings"
import type { SearchRequest } from "./types"

/**
 * The Meilisearch provider against the local stand-in of tests/support/meilisearch-server (the
 * REST protocol, in memory): what it writes at boot, on sync and on search, and what it does when
 * the server refuses. Relevance is tested against a real server in meilisearch.int.spec.ts.
 */

const apiKey = "test-key"
const prefix = "shop"
let server: MeilisearchServer
let provider: MeilisearchProvider

beforeEach(async () => {
  server = await startMeilisearchServer({ apiKey })
  provider = new MeilisearchProvider({ host: server.url, apiKey, indexPrefix: prefix })
})
afterEach(async () => {
  await server.close()
})

const product = (id: string, title: string, ru: string, category: string, months: number[], kgs: number) =>
  ({
    id,
    handle: id,
    thumbnail: null,
    created_at: "2026-01-01T00:00:00Z",
    fields: { title },
    translations: { ru: { title: ru } },
    category: { id: category, handle: category, fields: { name: category }, translations: {} },
    producerGroup: null,
    tags: [],
    seasonMonths: months,
    prices: { kgs },
    inStock: true,
  }) satisfies CatalogueProduct

const honey = product("prod_honey", "White sainfoin honey", "Белый эспарцетовый мёд", "honey", [], 600)
const jam = product("prod_jam", "Apricot jam", "Абрикосовый джем", "jams", [7, 8], 450)

const request = (overrides: Partial<SearchRequest>): SearchRequest => ({
  locale: "ru",
  q: "",
  currency: "kgs",
  sort: "relevance",
  limit: 12,
  offset: 0,
  now: new Date("2026-12-06T12:00:00Z"),
  ...overrides,
})

const writes = () => server.requests.filter((r) => r.method !== "GET")

describe("Meilisearch provider: boot", () => {
  it("creates one index per locale and applies its settings", async () => {
    await provider.prepare()
    expect([...server.indexes.keys()].sort()).toEqual(["shop_en", "shop_ja", "shop_ky", "shop_ru"])
    const held = server.indexes.get(indexName("ja", prefix))?.settings ?? {}
    expect(settingsChanges(held, meilisearchSettings("ja"))).toEqual({})
    expect(held.localizedAttributes).toEqual([{ attributePatterns: ["*_norm"], locales: ["jpn"] }])
  })

  it("writes nothing on a second boot with unchanged settings", async () => {
    await provider.prepare()
    const before = writes().length
    await new MeilisearchProvider({ host: server.url, apiKey, indexPrefix: prefix }).prepare()
    expect(writes().slice(before)).toEqual([])
  })

  it("sends only the settings an index lost", async () => {
    await provider.prepare()
    const ru = server.indexes.get("shop_ru")
    if (!ru) throw new Error("no Russian index")
    ru.settings.stopWords = []
    const before = writes().length
    await provider.prepare()
    expect(writes().slice(before)).toEqual([
      { method: "PATCH", path: "/indexes/shop_ru/settings", body: { stopWords: meilisearchSettings("ru").stopWords } },
    ])
  })

  it("stops on a refused key instead of trying to make indexes", async () => {
    const stranger = new MeilisearchProvider({ host: server.url, apiKey: "wrong", indexPrefix: prefix })
    await expect(stranger.prepare()).rejects.toThrow(/API key is invalid/)
    expect(writes()).toEqual([])
  })

  it("raises a settings write the server failed", async () => {
    server.failNext("settingsUpdate")
    await expect(provider.prepare()).rejects.toThrow(/settingsUpdate\) failed/)
  })
})

describe("Meilisearch provider: sync and search", () => {
  beforeEach(async () => {
    await provider.prepare()
    await provider.upsert([...toSearchDocuments(honey), ...toSearchDocuments(jam)])
  })

  it("puts each locale's documents in its own index", () => {
    for (const locale of ["en", "ja", "ru", "ky"] as const) {
      const documents = server.indexes.get(indexName(locale, prefix))?.documents
      expect([...(documents?.keys() ?? [])].sort()).toEqual(["prod_honey", "prod_jam"])
    }
    expect(server.indexes.get("shop_ru")?.documents.get("prod_honey")).toMatchObject({
      title_norm: "белый эспарцетовый мед",
      category_facet: "honey|honey",
      price_kgs: 600,
    })
  })

  it("finds 'мёд' written with е, with facet counts and the in-season count", async () => {
    const answer = await provider.search(request({ q: "мёд" }))
    expect(answer.hits.map((hit) => hit.id)).toEqual(["prod_honey"])
    expect(answer.hits[0]).not.toHaveProperty("title_norm")
    expect(answer.facets.category).toEqual([{ value: "honey", label: "honey", count: 1 }])
    // Honey sells all year; it is December, out of the jam's season.
    expect(answer.facets.in_season).toEqual({ true: 1, false: 0 })
  })

  it("filters by price and season and sorts by price in the filterable and sortable fields it declared", async () => {
    const cheapFirst = await provider.search(request({ sort: "price_asc" }))
    expect(cheapFirst.hits.map((hit) => hit.id)).toEqual(["prod_jam", "prod_honey"])
    const outOfSeason = await provider.search(request({ inSeason: false, priceMax: 500 }))
    expect(outOfSeason.hits.map((hit) => hit.id)).toEqual(["prod_jam"])
    const byCategory = await provider.search(request({ category: "honey", priceMin: 601 }))
    expect(byCategory.count).toBe(0)
  })

  it("removes a deleted product from every index", async () => {
    await provider.remove(["prod_jam"])
    for (const locale of ["en", "ja", "ru", "ky"] as const) {
      expect([...(server.indexes.get(indexName(locale, prefix))?.documents.keys() ?? [])]).toEqual(["prod_honey"])
    }
  })

  it("rebuilds without emptying an index: the catalogue is written first, then what left it is deleted", async () => {
    const before = server.requests.length
    await provider.replaceAll(toSearchDocuments(honey))
    const calls = server.requests.slice(before).filter((r) => r.path.startsWith("/indexes/shop_ru"))
    expect(calls.map((r) => `${r.method} ${r.path}`)).toEqual([
      "POST /indexes/shop_ru/documents",
      "GET /indexes/shop_ru/documents",
      "POST /indexes/shop_ru/documents/delete-batch",
    ])
    expect(calls[2]?.body).toEqual(["prod_jam"])
    expect([...(server.indexes.get("shop_ja")?.documents.keys() ?? [])]).toEqual(["prod_honey"])
  })

  it("raises a document write the server failed, so the sync can try again", async () => {
    server.failNext("documentAdditionOrUpdate")
    await expect(provider.upsert(toSearchDocuments(jam))).rejects.toThrow(/documentAdditionOrUpdate\) failed/)
  })

  it("rejects a search when the server is gone (the route answers search_unavailable)", async () => {
    await server.close()
    await expect(provider.search(request({ q: "мед" }))).rejects.toThrow()
    server = await startMeilisearchServer({ apiKey })
  })
})

describe("settingsChanges", () => {
  const wanted = meilisearchSettings("ru")

  it("matches settings answered in Meilisearch's order and with its extra keys", () => {
    const answered = {
      ...wanted,
      filterableAttributes: [...wanted.filterableAttributes].sort(),
      stopWords: [...wanted.stopWords].sort(),
      typoTolerance: { ...wanted.typoTolerance, disableOnWords: [], disableOnAttributes: [] },
      faceting: { ...wanted.faceting, sortFacetValuesBy: { "*": "alpha" } },
    }
    expect(settingsChanges(answered, wanted)).toEqual({})
  })

  it("names what differs: ranking order matters, a missing key counts", () => {
    const answered: Record<string, unknown> = { ...wanted, rankingRules: [...wanted.rankingRules].reverse() }
    delete answered.synonyms
    expect(Object.keys(settingsChanges(answered, wanted)).sort()).toEqual(["rankingRules", "synonyms"])
  })

  it("holds an empty synonyms object only against an empty one", () => {
    expect(settingsChanges({ synonyms: { мед: ["бал"] } }, { synonyms: {} })).toEqual({ synonyms: {} })
  })
})

describe("succeeded", () => {
  it("passes a succeeded task and raises a failed one with its reason", () => {
    expect(succeeded({ uid: 1, status: "succeeded" }).uid).toBe(1)
    expect(() =>
      succeeded({ uid: 2, type: "settingsUpdate", status: "failed", error: { message: "Unknown field" } }),
    ).toThrow("Meilisearch task 2 (settingsUpdate) failed: Unknown field")
  })
})
