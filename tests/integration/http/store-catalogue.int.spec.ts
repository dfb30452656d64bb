import fs from "node:fs"
import path from "node:path"
import { updateRegionsWorkflow } from "@medusajs/medusa/core-flows"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { associationDay } from "@ovop/domain"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import type HarvestModuleService from "../../../backend/src/modules/harvest/service"
import { PRODUCER_GROUP_MODULE } from "../../../backend/src/modules/producer-group"
import type ProducerGroupModuleService from "../../../backend/src/modules/producer-group/service"
import seed, { type SeedReport, type StorefrontSeedConfig } from "../../../backend/src/scripts/seed"
import {
  type CatalogueGroup,
  type CatalogueProduct,
  catalogueDir,
  readCatalogueFile,
} from "../../../seed/src/catalogue"
import { renderCatalogueImages } from "../../../seed/src/render-images"
import { backendDir, repoRoot } from "../setup/paths"

type StoreVariant = {
  sku: string
  title: string
  calculated_price?: { calculated_amount: number; currency_code: string; is_calculated_price_tax_inclusive: boolean }
}
type StoreProduct = { handle: string; title: string; thumbnail: string | null; variants: StoreVariant[] }

const products = readCatalogueFile<CatalogueProduct[]>("products.json")
const groups = readCatalogueFile<CatalogueGroup[]>("producer-groups.json")
const categories = readCatalogueFile<{ handle: string }[]>("categories.json")
const workDir = path.join(repoRoot, ".tmp", `seed-test-${process.pid}`)

// Read when Medusa loads its configuration, before the runner's own `env` would be applied.
process.env.OVOP_UPLOAD_DIR = path.join(workDir, "uploads")

medusaIntegrationTestRunner({
  cwd: backendDir,
  testSuite: ({ api, getContainer }) => {
    const configFile = path.join(workDir, "storefront.json")
    let firstRun: SeedReport
    let storefront: StorefrontSeedConfig

    beforeAll(async () => {
      fs.rmSync(workDir, { recursive: true, force: true })
      await renderCatalogueImages(path.join(workDir, "images"))
      process.env.OVOP_STOREFRONT_CONFIG = configFile
      process.env.OVOP_SEED_DIR = catalogueDir
      process.env.OVOP_SEED_IMAGES_DIR = path.join(workDir, "images")
      firstRun = await seed({ container: getContainer(), args: [] })
      storefront = JSON.parse(fs.readFileSync(configFile, "utf8")) as StorefrontSeedConfig
    })

    afterAll(() => fs.rmSync(workDir, { recursive: true, force: true }))

    const retail = () => ({ headers: { "x-publishable-api-key": storefront.publishableKey } })
    const regionId = (currency: string) => {
      const region = storefront.regions.find((r) => r.currency_code === currency)
      if (!region) throw new Error(`no ${currency} region in the storefront configuration`)
      return region.id
    }
    const listProducts = async (currency: string, locale: string) => {
      const response = await api.get(
        `/store/products?limit=100&locale=${locale}&region_id=${regionId(currency)}&fields=handle,title,thumbnail,*variants,*variants.calculated_price`,
        retail(),
      )
      expect(response.status).toBe(200)
      return response.data.products as StoreProduct[]
    }

    describe("the seed", () => {
      it("creates the whole catalogue on an empty database", () => {
        expect(firstRun.products).toEqual({ created: products.length, existing: 0 })
        expect(firstRun["producer groups"]).toEqual({ created: groups.length, existing: 0 })
        expect(firstRun.categories).toEqual({ created: 8, existing: 0 })
        expect(firstRun.regions).toEqual({ created: 3, existing: 0 })
        expect(firstRun["sales channels"]).toEqual({ created: 2, existing: 0 })
        expect(firstRun["shipping options"]).toEqual({ created: 4, existing: 0 })
        const foodVariants = products
          .filter((p) => !["felt", "yarn"].includes(p.category))
          .reduce((sum, p) => sum + p.variants.length, 0)
        // This season's lot (on the shelf) and next season's (planned) for every food variant.
        expect(firstRun["harvest lots"]).toEqual({ created: foodVariants * 2, existing: 0 })
        // Wholesale: a USD and a JPY price list, every variant's case pack and minimum, two minimum order values.
        const variants = products.reduce((sum, p) => sum + p.variants.length, 0)
        expect(firstRun["wholesale price lists, terms and minimums"]).toEqual({
          created: 2 + variants + 2,
          existing: 0,
        })
        expect(products.length).toBeGreaterThanOrEqual(40)
        expect(groups.length).toBeGreaterThanOrEqual(12)
      })

      it("changes nothing when it runs a second time, and says so per part", async () => {
        const configBefore = fs.readFileSync(configFile, "utf8")
        const secondRun = await seed({ container: getContainer(), args: [] })
        expect(fs.readFileSync(configFile, "utf8")).toBe(configBefore)
        expect(Object.keys(secondRun).sort()).toEqual(Object.keys(firstRun).sort())
        for (const [part, outcome] of Object.entries(secondRun)) {
          expect({ part, created: outcome.created }).toEqual({ part, created: 0 })
        }
      })

      it("changes nothing when it runs again on a later day: lots and certificates keep their dates", async () => {
        const harvest = getContainer().resolve("harvest") as HarvestModuleService
        const producerGroups = getContainer().resolve(PRODUCER_GROUP_MODULE) as ProducerGroupModuleService
        const datesOnRecord = async () => ({
          lots: (
            await harvest.listHarvestLots(
              {},
              {
                select: ["lot_number", "status", "production_date", "best_before", "expected_shipping_month"],
                order: { lot_number: "ASC" },
                take: null,
              },
            )
          ).map((lot) => JSON.stringify(lot)),
          certificates: (
            await producerGroups.listProducerGroups(
              {},
              { select: ["handle", "certificate_valid_from", "certificate_valid_to"], order: { handle: "ASC" } },
            )
          ).map((group) => JSON.stringify(group)),
        })
        const before = await datesOnRecord()
        // The next day in Bishkek and in UTC: every relative date of the catalogue moves by one.
        const [year, month, day] = associationDay(new Date()).split("-").map(Number) as [number, number, number]
        process.env.OVOP_SEED_DAY = new Date(Date.UTC(year, month - 1, day + 1)).toISOString().slice(0, 10)
        try {
          const laterRun = await seed({ container: getContainer(), args: [] })
          for (const [part, outcome] of Object.entries(laterRun)) {
            expect({ part, created: outcome.created }).toEqual({ part, created: 0 })
          }
        } finally {
          delete process.env.OVOP_SEED_DAY
        }
        expect(before.lots.length).toBe(firstRun["harvest lots"]?.created)
        expect(await datesOnRecord()).toEqual(before)
      })

      it("gives Kyrgyzstan cash on delivery and bank transfer, and Japan and International (no Stripe key here) the system provider, also on a database seeded before", async () => {
        const providersByRegion = async () => {
          const { data } = await getContainer()
            .resolve("query")
            .graph({ entity: "region", fields: ["id", "name", "payment_providers.id"] })
          const regions = data as unknown as { id: string; name: string; payment_providers: { id: string }[] }[]
          return Object.fromEntries(regions.map((r) => [r.name, r.payment_providers.map((p) => p.id).sort()]))
        }
        const expected = {
          International: ["pp_system_default"],
          Japan: ["pp_system_default"],
          Kyrgyzstan: ["pp_bank-transfer_ovop", "pp_cash-on-delivery_ovop"],
        }
        expect(await providersByRegion()).toEqual(expected)

        // A database seeded before the offline providers existed: Kyrgyzstan had the system provider only.
        await updateRegionsWorkflow(getContainer()).run({
          input: { selector: { id: regionId("kgs") }, update: { payment_providers: ["pp_system_default"] } },
        })
        const rerun = await seed({ container: getContainer(), args: [] })
        expect(rerun["region payment providers"]).toEqual({ created: 1, existing: 2 })
        expect(await providersByRegion()).toEqual(expected)
      })

      it("puts the taxes of Kyrgyzstan and Japan on the invoice provider at their rates, also on a database seeded before", async () => {
        const tax = getContainer().resolve("tax")
        const taxRegions = async () => {
          const regions = await tax.listTaxRegions({ country_code: ["kg", "jp"] })
          const rates = await tax.listTaxRates({ tax_region_id: regions.map((region) => region.id) })
          return Object.fromEntries(
            regions.map((region) => [
              region.country_code,
              {
                provider: region.provider_id,
                rate: rates.find((rate) => rate.tax_region_id === region.id && rate.is_default)?.rate,
              },
            ]),
          )
        }
        const expected = {
          kg: { provider: "tp_invoice_ovop", rate: 12 },
          jp: { provider: "tp_invoice_ovop", rate: 0 },
        }
        expect(await taxRegions()).toEqual(expected)

        // A database seeded before: Medusa's system provider, which kept fractions of a yen per line.
        const [kyrgyz] = await tax.listTaxRegions({ country_code: "kg" })
        await tax.updateTaxRegions({ id: kyrgyz?.id ?? "", provider_id: "tp_system" })
        const rerun = await seed({ container: getContainer(), args: [] })
        expect(rerun["tax region providers and rates"]).toEqual({ created: 1, existing: 1 })
        expect(await taxRegions()).toEqual(expected)
      })

      it("gives the retail and the wholesale channel each its own publishable key", () => {
        expect(storefront.publishableKey).toMatch(/^pk_/)
        expect(storefront.wholesale.publishableKey).toMatch(/^pk_/)
        expect(storefront.wholesale.publishableKey).not.toBe(storefront.publishableKey)
        expect(storefront.regions.map((r) => [r.name, r.currency_code])).toEqual([
          ["International", "usd"],
          ["Japan", "jpy"],
          ["Kyrgyzstan", "kgs"],
        ])
      })
    })

    describe("prices per region", () => {
      it.each([
        ["kgs", true],
        ["jpy", true],
        ["usd", false],
      ] as const)("every variant has its catalogue price in %s (tax inclusive: %s)", async (currency, inclusive) => {
        const listed = await listProducts(currency, "en")
        expect(listed).toHaveLength(products.length)
        for (const product of products) {
          const stored = listed.find((p) => p.handle === product.handle)
          for (const variant of product.variants) {
            const price = stored?.variants.find((v) => v.sku === variant.sku)?.calculated_price
            expect({ sku: variant.sku, currency: price?.currency_code, amount: price?.calculated_amount }).toEqual({
              sku: variant.sku,
              currency,
              amount: variant.prices[currency],
            })
            expect(price?.is_calculated_price_tax_inclusive).toBe(inclusive)
          }
        }
      })
    })

    describe("content in four languages", () => {
      it.each(["ja", "ru", "ky"] as const)(
        "GET /store/products?locale=%s answers that language's titles",
        async (locale) => {
          const listed = await listProducts(locale === "ja" ? "jpy" : "kgs", locale)
          for (const product of products) {
            const stored = listed.find((p) => p.handle === product.handle)
            expect({ handle: product.handle, title: stored?.title }).toEqual({
              handle: product.handle,
              title: product.title[locale],
            })
          }
        },
      )

      it("never shows an empty title, in any language", async () => {
        for (const locale of ["en", "ja", "ru", "ky"]) {
          const listed = await listProducts("usd", locale)
          for (const product of listed) {
            expect(product.title.trim()).not.toBe("")
            for (const variant of product.variants) expect(variant.title.trim()).not.toBe("")
          }
        }
      })

      it("translates variant titles (Japanese jar sizes)", async () => {
        const listed = await listProducts("jpy", "ja")
        const jam = listed.find((p) => p.handle === "tosor-apricot-jam")
        expect(jam?.variants.map((v) => v.title).sort()).toEqual(["250g", "450g"])
      })

      it("answers a group in Kyrgyz with its products", async () => {
        const group = groups.find((g) => g.status === "active")
        const { data } = await api.get(`/store/producer-groups/${group?.handle}?locale=ky`, retail())
        expect(data.producer_group.name).toBe(group?.name.ky)
        const expected = products.filter((p) => p.group === group?.handle).map((p) => p.handle)
        expect(data.producer_group.products.map((p: { handle: string }) => p.handle).sort()).toEqual(expected.sort())
      })
    })

    describe("catalogue structure", () => {
      it("links every product to its producer group", async () => {
        const query = getContainer().resolve("query")
        const { data } = await query.graph({ entity: "product", fields: ["handle", "producer_group.handle"] })
        for (const product of products) {
          const stored = (data as { handle: string; producer_group?: { handle: string } }[]).find(
            (p) => p.handle === product.handle,
          )
          expect({ handle: product.handle, group: stored?.producer_group?.handle }).toEqual({
            handle: product.handle,
            group: product.group,
          })
        }
      })

      it("files products under all eight categories", async () => {
        const { data } = await api.get("/store/product-categories?limit=20&fields=handle,*products", retail())
        const handles = data.product_categories.map((c: { handle: string }) => c.handle).sort()
        expect(handles).toEqual(categories.map((c) => c.handle).sort())
      })

      it("serves every product's illustration from the upload folder", async () => {
        const listed = await listProducts("usd", "en")
        for (const product of listed) expect(product.thumbnail).toMatch(/\/uploads\/[\w.-]+\.webp$/)
        const first = listed[0]?.thumbnail ?? ""
        const image = await api.get(new URL(first).pathname, { responseType: "arraybuffer" })
        expect(image.status).toBe(200)
        expect(image.headers["content-type"]).toBe("image/webp")
      })

      it("puts food on the shelf through this season's harvest lot", async () => {
        const harvest = getContainer().resolve("harvest") as HarvestModuleService
        const lots = await harvest.listHarvestLots({ status: "available" })
        expect(lots.length).toBeGreaterThan(0)
        const query = getContainer().resolve("query")
        for (const lot of lots.slice(0, 5)) {
          const { data } = await query.graph({
            entity: "product_variant",
            fields: ["inventory_items.inventory.location_levels.stocked_quantity"],
            filters: { id: lot.variant_id },
          })
          const stocked = (
            data[0] as { inventory_items: { inventory: { location_levels: { stocked_quantity: number }[] } }[] }
          ).inventory_items[0]?.inventory.location_levels[0]?.stocked_quantity
          expect(Number(stocked)).toBe(lot.produced_quantity)
          expect(lot.best_before).not.toBeNull()
        }
      })

      it("offers courier and pickup in Kyrgyzstan, EMS to Japan and post abroad", async () => {
        const query = getContainer().resolve("query")
        const { data } = await query.graph({ entity: "shipping_option", fields: ["name", "service_zone.name"] })
        const options = (data as { name: string; service_zone: { name: string } }[])
          .map((o) => `${o.service_zone.name}: ${o.name}`)
          .sort()
        expect(options).toEqual([
          "International: International post",
          "Japan: EMS to Japan",
          "Kyrgyzstan: Courier across Kyrgyzstan",
          "Kyrgyzstan: Pickup at the Karakol warehouse",
        ])
      })
    })
  },
})
