import { LOCALES } from "@ovop/domain"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import type { CatalogueProduct } from "../../../backend/src/modules/product-search/document"
import { toSearchDocuments } from "../../../backend/src/modules/product-search/document"
import { MeilisearchProvider } from "../../../backend/src/modules/product-search/providers/meilisearch"
import {
  indexName,
  meilisearchSettings,
} from "../../../backend/src/modules/product-search/providers/meilisearch-settings"
import type { SearchRequest } from "../../../backend/src/modules/product-search/providers/types"
import { readCatalogueFile } from "../../../seed/src/catalogue"
import { answersAmongTopThree, RELEVANCE } from "../fixtures/search-relevance"

type Localized = Record<"en" | "ja" | "ru" | "ky", string>
type SeedProduct = {
  handle: string
  category: string
  group: string
  title: Localized
  subtitle: Localized
  description: Localized
  season_months: number[]
  variants: { prices: Record<string, number> }[]
}
type SeedNamed = { handle: string; name: Localized; village?: Localized }

const host = process.env.MEILISEARCH_HOST
const prefix = `ovop_test_${process.pid}`

/** The seed's catalogue as the indexer reads it from Medusa (ids are the handles here). */
function seedCatalogue(): CatalogueProduct[] {
  const categories = readCatalogueFile<SeedNamed[]>("categories.json")
  const groups = readCatalogueFile<SeedNamed[]>("producer-groups.json")
  const translated = (fields: Record<string, Localized | undefined>) =>
    Object.fromEntries(
      (["ja", "ru", "ky"] as const).map((locale) => [
        locale,
        Object.fromEntries(Object.entries(fields).map(([field, text]) => [field, text?.[locale]])),
      ]),
    )
  const named = (record: SeedNamed | undefined) =>
    record
      ? {
          id: record.handle,
          handle: record.handle,
          fields: { name: record.name.en, village: record.village?.en },
          translations: translated({ name: record.name, village: record.village }),
        }
      : null
  return readCatalogueFile<SeedProduct[]>("products.json").map((product, index) => {
    const prices: Record<string, number> = {}
    for (const variant of product.variants)
      for (const [currency, amount] of Object.entries(variant.prices))
        prices[currency] = Math.min(prices[currency] ?? Number.POSITIVE_INFINITY, amount)
    return {
      id: product.handle,
      handle: product.handle,
      thumbnail: null,
      created_at: new Date(Date.UTC(2026, 0, 1) + index * 60_000).toISOString(),
      fields: { title: product.title.en, subtitle: product.subtitle.en, description: product.description.en },
      translations: translated({ title: product.title, subtitle: product.subtitle, description: product.description }),
      category: named(categories.find((category) => category.handle === product.category)),
      producerGroup: named(groups.find((group) => group.handle === product.group)),
      tags: [],
      seasonMonths: product.season_months,
      prices,
      inStock: true,
    }
  })
}

const request = (overrides: Partial<SearchRequest>): SearchRequest => ({
  locale: "en",
  q: "",
  currency: "kgs",
  sort: "relevance",
  limit: 12,
  offset: 0,
  now: new Date(),
  ...overrides,
})

/**
 * The Meilisearch provider against a real server: runs when MEILISEARCH_HOST (and, if the server
 * has one, MEILISEARCH_API_KEY) is set, on indexes of its own (`ovop_test_<pid>_<locale>`, removed
 * afterwards). No Meilisearch server runs on our machines, so it is skipped there (README, Search).
 */
describe.skipIf(!host)(
  host ? `Meilisearch provider against ${host}` : "Meilisearch provider (skipped: MEILISEARCH_HOST is not set)",
  () => {
    const provider = new MeilisearchProvider({ host, apiKey: process.env.MEILISEARCH_API_KEY, indexPrefix: prefix })

    beforeAll(async () => {
      await provider.prepare()
      await provider.replaceAll(seedCatalogue().flatMap(toSearchDocuments))
    }, 120_000)

    afterAll(async () => {
      const { Meilisearch } = await import("meilisearch")
      const client = new Meilisearch({ host: host ?? "", apiKey: process.env.MEILISEARCH_API_KEY })
      for (const locale of LOCALES) await client.deleteIndex(indexName(locale, prefix)).waitTask()
    }, 120_000)

    it("applies the settings at boot, and again without change", async () => {
      await provider.prepare()
      const { Meilisearch } = await import("meilisearch")
      const client = new Meilisearch({ host: host ?? "", apiKey: process.env.MEILISEARCH_API_KEY })
      for (const locale of LOCALES) {
        const settings = await client.index(indexName(locale, prefix)).getSettings()
        const expected = meilisearchSettings(locale)
        expect(settings.searchableAttributes).toEqual(expected.searchableAttributes)
        expect([...(settings.filterableAttributes ?? [])].sort()).toEqual([...expected.filterableAttributes].sort())
        expect([...(settings.sortableAttributes ?? [])].sort()).toEqual([...expected.sortableAttributes].sort())
        expect(settings.stopWords?.sort()).toEqual([...expected.stopWords].sort())
      }
    }, 120_000)

    it.each(RELEVANCE)("$locale: '$q' finds $expected in the top 3", async (entry) => {
      const answer = await provider.search(request({ locale: entry.locale as SearchRequest["locale"], q: entry.q }))
      expect(
        answersAmongTopThree(entry, answer.hits),
        JSON.stringify(answer.hits.slice(0, 3).map((hit) => hit.handle)),
      ).not.toEqual([])
    })

    it("filters by category and price, with facet counts", async () => {
      const answer = await provider.search(
        request({ category: "honey", currency: "kgs", priceMin: 0, priceMax: 100_000, limit: 50 }),
      )
      expect(answer.hits.length).toBeGreaterThan(0)
      expect(answer.hits.every((hit) => hit.category_handle === "honey")).toBe(true)
      expect(answer.facets.category).toEqual([expect.objectContaining({ value: "honey", count: answer.count })])
    })

    it("removes a deleted product from every locale", async () => {
      await provider.remove(["tyup-yak-jerky"])
      for (const locale of LOCALES) {
        const answer = await provider.search(request({ locale, limit: 50 }))
        expect(answer.hits.map((hit) => hit.id)).not.toContain("tyup-yak-jerky")
      }
    })
  },
)
