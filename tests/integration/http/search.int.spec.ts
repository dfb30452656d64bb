import fs from "node:fs"
import path from "node:path"
import {
  deleteProductsWorkflow,
  updateInventoryLevelsWorkflow,
  updateProductsWorkflow,
  updateProductVariantsWorkflow,
} from "@medusajs/medusa/core-flows"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import seed, { type StorefrontSeedConfig } from "../../../backend/src/scripts/seed"
import { catalogueDir } from "../../../seed/src/catalogue"
import { renderCatalogueImages } from "../../../seed/src/render-images"
import { answersAmongTopThree, RELEVANCE } from "../fixtures/search-relevance"
import { backendDir, repoRoot } from "../setup/paths"

type SearchHit = { id: string; handle: string; title: string; in_season: boolean; price: { amount: number } | null }
type SearchBody = {
  count: number
  engine: string
  hits: SearchHit[]
  facets: {
    category: { value: string; count: number }[]
    group: { value: string; count: number }[]
    in_season: { true: number; false: number }
  }
}

type StockedVariant = {
  id: string
  inventory_items?: { inventory?: { location_levels?: { inventory_item_id: string; location_id: string }[] } }[]
}

const workDir = path.join(repoRoot, ".tmp", `search-test-${process.pid}`)
process.env.OVOP_UPLOAD_DIR = path.join(workDir, "uploads")

medusaIntegrationTestRunner({
  cwd: backendDir,
  testSuite: ({ api, getContainer }) => {
    let storefront: StorefrontSeedConfig

    beforeAll(async () => {
      fs.rmSync(workDir, { recursive: true, force: true })
      await renderCatalogueImages(path.join(workDir, "images"))
      process.env.OVOP_STOREFRONT_CONFIG = path.join(workDir, "storefront.json")
      process.env.OVOP_SEED_DIR = catalogueDir
      process.env.OVOP_SEED_IMAGES_DIR = path.join(workDir, "images")
      await seed({ container: getContainer(), args: [] })
      storefront = JSON.parse(fs.readFileSync(path.join(workDir, "storefront.json"), "utf8")) as StorefrontSeedConfig
    })

    afterAll(() => fs.rmSync(workDir, { recursive: true, force: true }))

    const retail = () => ({
      headers: { "x-publishable-api-key": storefront.publishableKey },
      validateStatus: () => true,
    })
    const search = async (params: Record<string, string>) => {
      const response = await api.get(`/store/search?${new URLSearchParams(params)}`, retail())
      return response as { status: number; data: SearchBody & { message?: string } }
    }
    const productId = async (handle: string) => {
      const { data } = await getContainer()
        .resolve("query")
        .graph({ entity: "product", fields: ["id"], filters: { handle } })
      return (data[0] as { id: string }).id
    }
    /** Polls the search until `check` holds (the sync is asynchronous), at most 10 s. */
    const eventually = async (params: Record<string, string>, check: (body: SearchBody) => boolean) => {
      const deadline = Date.now() + 10_000
      let body: SearchBody
      do {
        body = (await search(params)).data
        if (check(body)) return body
        await new Promise((resolve) => setTimeout(resolve, 100))
      } while (Date.now() < deadline)
      return body
    }

    describe("relevance in four languages", () => {
      it.each(RELEVANCE)("$locale: '$q' finds $expected in the top 3", async (entry) => {
        const { status, data } = await search({ q: entry.q, locale: entry.locale })
        expect(status).toBe(200)
        expect(data.engine).toBe("postgres")
        expect(
          answersAmongTopThree(entry, data.hits),
          JSON.stringify(data.hits.slice(0, 3).map((hit) => hit.handle)),
        ).not.toEqual([])
      })

      it("answers the text in the request's language", async () => {
        const { data } = await search({ q: "мед", locale: "ru" })
        expect(data.hits[0]?.title).toMatch(/мёд/i)
        const ja = await search({ q: "はちみつ", locale: "ja" })
        expect(ja.data.hits[0]?.title).toMatch(/はちみつ/)
      })
    })

    describe("filters, sorts, facets and paging", () => {
      it("an empty query lists the seasonal favourites: every product, those in season first", async () => {
        const { data } = await search({ locale: "en", limit: "50" })
        expect(data.count).toBe(45)
        const seasons = data.hits.map((hit) => hit.in_season)
        expect(seasons).toEqual([...seasons].sort((a, b) => Number(b) - Number(a)))
        expect(data.facets.in_season.true + data.facets.in_season.false).toBe(45)
      })

      it("filters by category and group, with facet counts over the matches", async () => {
        const all = await search({ q: "jam", locale: "en" })
        const jams = all.data.facets.category.find((facet) => facet.value === "jams-preserves")
        expect(jams?.count).toBeGreaterThan(0)
        const filtered = await search({ q: "jam", locale: "en", category: "jams-preserves", limit: "50" })
        expect(filtered.data.count).toBe(jams?.count)
        expect(filtered.data.facets.category).toEqual([expect.objectContaining({ value: "jams-preserves" })])
        const group = await search({ locale: "en", group: "tosor-apricot-women", limit: "50" })
        expect(group.data.hits.map((hit) => hit.handle).sort()).toEqual([
          "tosor-apricot-jam",
          "tosor-apricot-walnut-jam",
          "tosor-whole-dried-apricots",
        ])
      })

      it("filters a price range in the currency and sorts by price", async () => {
        const { data } = await search({
          locale: "ja",
          currency: "jpy",
          price_min: "1000",
          price_max: "3000",
          sort: "price_asc",
          limit: "50",
        })
        const amounts = data.hits.map((hit) => hit.price?.amount ?? Number.NaN)
        expect(amounts.length).toBeGreaterThan(0)
        for (const amount of amounts) expect(amount).toBeGreaterThanOrEqual(1000)
        for (const amount of amounts) expect(amount).toBeLessThanOrEqual(3000)
        expect(amounts).toEqual([...amounts].sort((a, b) => a - b))
      })

      it("pages without overlap", async () => {
        const first = await search({ locale: "ru", limit: "5", offset: "0", sort: "newest" })
        const second = await search({ locale: "ru", limit: "5", offset: "5", sort: "newest" })
        const ids = [...first.data.hits, ...second.data.hits].map((hit) => hit.id)
        expect(new Set(ids).size).toBe(10)
      })
    })

    describe("bad input", () => {
      it.each([
        [{ q: "a".repeat(201) }, /\bq\b.*200/],
        [{ colour: "red" }, /colour/],
        [{ locale: "fr" }, /locale/],
        [{ limit: "51" }, /limit/],
        [{ in_season: "yes" }, /in_season/],
        [{ sort: "cheapest" }, /sort/],
        [{ currency: "eur" }, /currency/],
        [{ price_min: "-1" }, /price_min/],
        [{ price_min: "500", price_max: "100" }, /price_min/],
      ])("%o answers 400 naming the field", async (params, field) => {
        const { status, data } = await search(params as Record<string, string>)
        expect(status).toBe(400)
        expect(data.message).toMatch(field)
      })

      it("a query of 200 characters is searched", async () => {
        expect((await search({ q: "мёд ".repeat(50) })).status).toBe(200)
      })
    })

    describe("the index follows the catalogue", () => {
      it("a renamed product is found by its new name within seconds; a deleted one is gone from every locale", async () => {
        const container = getContainer()
        const id = await productId("tosor-apricot-jam")
        await updateProductsWorkflow(container).run({
          input: { selector: { id }, update: { title: "Tosor zardalu preserve" } },
        })
        const renamed = await eventually({ q: "zardalu", locale: "en" }, (body) => body.hits[0]?.id === id)
        expect(renamed.hits[0]?.id).toBe(id)

        await deleteProductsWorkflow(container).run({ input: { ids: [id] } })
        const gone = await eventually({ q: "zardalu", locale: "en" }, (body) => !body.hits.some((hit) => hit.id === id))
        expect(gone.hits.map((hit) => hit.id)).not.toContain(id)
        const goneRu = await search({ q: "абрикосовый джем из тосора", locale: "ru" })
        expect(goneRu.data.hits.map((hit) => hit.id)).not.toContain(id)
      })

      it("a price change and a sell-out reach the index within seconds", async () => {
        const container = getContainer()
        const id = await productId("ananyevo-white-sainfoin-honey")
        const { data } = await container.resolve("query").graph({
          entity: "product",
          fields: ["variants.id", "variants.inventory_items.inventory.location_levels.*"],
          filters: { id },
        })
        const variants = (data[0] as { variants: StockedVariant[] }).variants
        const hitOf = (body: SearchBody) =>
          body.hits.find((hit) => hit.id === id) as (SearchHit & { in_stock?: boolean }) | undefined

        for (const variant of variants) {
          await updateProductVariantsWorkflow(container).run({
            input: { selector: { id: variant.id }, update: { prices: [{ currency_code: "kgs", amount: 1234 }] } },
          })
        }
        const repriced = await eventually({ q: "мёд", locale: "ru" }, (body) => hitOf(body)?.price?.amount === 1234)
        expect(hitOf(repriced)?.price?.amount).toBe(1234)

        const updates = variants.flatMap((variant) =>
          (variant.inventory_items ?? []).flatMap((item) =>
            (item.inventory?.location_levels ?? []).map((level) => ({
              inventory_item_id: level.inventory_item_id,
              location_id: level.location_id,
              stocked_quantity: 0,
            })),
          ),
        )
        expect(updates.length).toBeGreaterThan(0)
        await updateInventoryLevelsWorkflow(container).run({ input: { updates } })
        const soldOut = await eventually({ q: "мёд", locale: "ru" }, (body) => hitOf(body)?.in_stock === false)
        expect(hitOf(soldOut)?.in_stock).toBe(false)
      })

      it("POST /admin/search/reindex rebuilds every index (staff only)", async () => {
        const anonymous = await api.post("/admin/search/reindex", {}, { validateStatus: () => true })
        expect(anonymous.status).toBe(401)
      })
    })
  },
})
