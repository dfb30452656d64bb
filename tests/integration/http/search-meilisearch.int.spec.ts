import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { afterAll, beforeAll, expect, it } from "vitest"
import { type MeilisearchServer, startMeilisearchServer } from "../../support/meilisearch-server/server"
import { createCheckoutShop, createStockedProduct, kyrgyzRegion } from "../fixtures/checkout"
import { backendDir } from "../setup/paths"

/**
 * The Meilisearch path through the real Medusa server, against the local stand-in that speaks
 * Meilisearch's REST protocol (tests/support/meilisearch-server; no Meilisearch server runs on our
 * machines; meilisearch.int.spec.ts runs the relevance cases against a real one when
 * MEILISEARCH_HOST is set). With MEILISEARCH_HOST set, the backend prepares the indexes at boot,
 * a new product reaches them through the sync subscriber, and when the server goes away search
 * answers `search_unavailable` while the rest of the store keeps serving.
 */

const apiKey = "integration-test-key"
const prefix = `ovop_standin_${process.pid}`
// Started before the runner boots the backend, which reads MEILISEARCH_HOST from its config.
const meilisearch: MeilisearchServer = await startMeilisearchServer({ apiKey })
process.env.MEILISEARCH_HOST = meilisearch.url
process.env.MEILISEARCH_API_KEY = apiKey
process.env.MEILISEARCH_INDEX_PREFIX = prefix

medusaIntegrationTestRunner({
  cwd: backendDir,
  testSuite: ({ api, getContainer }) => {
    let headers: Record<string, string> = {}
    let productId = ""

    beforeAll(async () => {
      const shop = await createCheckoutShop(getContainer(), [kyrgyzRegion()])
      headers = shop.store.headers
      productId = (
        await createStockedProduct(getContainer(), shop, {
          title: "Zardalu apricot jam",
          sku: "TOS-ZARDALU-250G",
          size: "250 g",
          prices: [{ currency_code: "kgs", amount: 450 }],
          stock: 20,
        })
      ).productId
    })

    afterAll(async () => {
      await meilisearch.close().catch(() => undefined)
      delete process.env.MEILISEARCH_HOST
    })

    const search = (q: string) =>
      api.get(`/store/search?q=${encodeURIComponent(q)}&locale=en&currency=kgs`, {
        headers,
        validateStatus: () => true,
      })

    it("prepares one index per locale at boot, with the shop's settings", () => {
      expect([...meilisearch.indexes.keys()].sort()).toEqual(
        ["en", "ja", "ky", "ru"].map((locale) => `${prefix}_${locale}`),
      )
      const settings = meilisearch.indexes.get(`${prefix}_ja`)?.settings
      expect(settings?.localizedAttributes).toEqual([{ attributePatterns: ["*_norm"], locales: ["jpn"] }])
      expect(settings?.filterableAttributes).toEqual(expect.arrayContaining(["category_handle", "price_kgs"]))
    })

    it("a new product is found through Meilisearch within seconds", async () => {
      const deadline = Date.now() + 30_000
      let answer = await search("zardalu")
      while (!answer.data.hits?.some((hit: { id: string }) => hit.id === productId) && Date.now() < deadline) {
        await new Promise((resolve) => setTimeout(resolve, 200))
        answer = await search("zardalu")
      }
      expect(answer.status).toBe(200)
      expect(answer.data.engine).toBe("meilisearch")
      expect(answer.data.hits.map((hit: { id: string }) => hit.id)).toEqual([productId])
      expect(answer.data.hits[0].price).toEqual({ amount: 450, currency_code: "kgs" })
    })

    it("with the search server gone, search answers search_unavailable and the catalogue still serves", async () => {
      await meilisearch.close()
      const answer = await search("zardalu")
      expect(answer.status).toBe(503)
      expect(answer.data.code).toBe("search_unavailable")
      const products = await api.get("/store/products?limit=5", { headers, validateStatus: () => true })
      expect(products.status).toBe(200)
      expect(products.data.products.map((product: { id: string }) => product.id)).toContain(productId)
    })
  },
})
