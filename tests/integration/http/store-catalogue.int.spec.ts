import fs from "node:fs"
import os from "node:os"
import path from "node:path"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { beforeAll, describe, expect, it } from "vitest"
import seed, { type SeedReport, type StorefrontSeedConfig } from "../../../backend/src/scripts/seed"
import { backendDir, repoRoot } from "../setup/paths"

type StoreProduct = {
  handle: string
  title: string
  variants: { calculated_price?: { calculated_amount: number; currency_code: string } }[]
}

const catalogue = JSON.parse(fs.readFileSync(path.join(repoRoot, "seed", "data", "catalogue.json"), "utf8")) as {
  products: { handle: string; title: string; prices: Record<string, number> }[]
}

medusaIntegrationTestRunner({
  cwd: backendDir,
  testSuite: ({ api, getContainer }) => {
    const configFile = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "ovop-seed-")), "storefront.json")
    let firstRun: SeedReport
    let storefront: StorefrontSeedConfig

    beforeAll(async () => {
      process.env.OVOP_STOREFRONT_CONFIG = configFile
      process.env.OVOP_SEED_CATALOGUE = path.join(repoRoot, "seed", "data", "catalogue.json")
      firstRun = await seed({ container: getContainer(), args: [] })
      storefront = JSON.parse(fs.readFileSync(configFile, "utf8")) as StorefrontSeedConfig
    })

    const storeHeaders = () => ({ headers: { "x-publishable-api-key": storefront.publishableKey } })
    const regionId = (currency: string) => {
      const region = storefront.regions.find((r) => r.currency_code === currency)
      if (!region) throw new Error(`no ${currency} region in the storefront configuration`)
      return region.id
    }

    describe("the seed", () => {
      it("creates every product of the catalogue on an empty database", () => {
        expect(firstRun.products).toEqual({ created: catalogue.products.length, existing: 0 })
      })

      it("changes nothing when it runs a second time", async () => {
        const configBefore = fs.readFileSync(configFile, "utf8")
        const secondRun = await seed({ container: getContainer(), args: [] })
        expect(fs.readFileSync(configFile, "utf8")).toBe(configBefore)
        for (const [part, outcome] of Object.entries(secondRun)) {
          expect({ part, created: outcome.created }).toEqual({ part, created: 0 })
        }
        expect(Object.keys(secondRun).sort()).toEqual(Object.keys(firstRun).sort())
      })
    })

    describe("GET /store/products", () => {
      it("answers 400 without a publishable API key", async () => {
        const response = await api.get("/store/products").catch((error: { response: unknown }) => error.response)
        expect(response.status).toBe(400)
      })

      it.each(["usd", "jpy"])("lists the seeded products with their %s prices", async (currency) => {
        const response = await api.get(
          `/store/products?limit=50&region_id=${regionId(currency)}&fields=handle,title,*variants.calculated_price`,
          storeHeaders(),
        )
        expect(response.status).toBe(200)
        const products = response.data.products as StoreProduct[]
        expect(products.map((p) => p.handle).sort()).toEqual(catalogue.products.map((p) => p.handle).sort())
        for (const product of products) {
          const expected = catalogue.products.find((p) => p.handle === product.handle)
          const price = product.variants[0]?.calculated_price
          expect(price?.currency_code).toBe(currency)
          expect(price?.calculated_amount).toBe(expected?.prices[currency])
        }
      })
    })
  },
})
