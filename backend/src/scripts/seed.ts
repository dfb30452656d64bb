import fs from "node:fs"
import path from "node:path"
import type { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import {
  createApiKeysWorkflow,
  createProductsWorkflow,
  createRegionsWorkflow,
  createSalesChannelsWorkflow,
  createShippingProfilesWorkflow,
  createStockLocationsWorkflow,
  linkSalesChannelsToApiKeyWorkflow,
  linkSalesChannelsToStockLocationWorkflow,
  updateStoresWorkflow,
} from "@medusajs/medusa/core-flows"

/** The catalogue file's shape (seed/data/catalogue.json). */
type SeedCatalogue = {
  salesChannels: { name: string; description: string }[]
  publishableKeys: { title: string; salesChannel: string }[]
  stockLocation: {
    name: string
    address: { address_1: string; city: string; country_code: string; province: string }
  }
  regions: { name: string; currency_code: string; countries: string[] }[]
  products: {
    handle: string
    title: string
    description: string
    weight: number
    prices: Record<string, number>
  }[]
}

/** What one seed run did, per part: how many records it created and how many were already there. */
export type SeedReport = Record<string, { created: number; existing: number }>

/** What the storefront build reads to talk to the backend. */
export type StorefrontSeedConfig = {
  publishableKey: string
  salesChannelId: string
  regions: { id: string; name: string; currency_code: string }[]
}

function findCatalogueFile(): string {
  if (process.env.OVOP_SEED_CATALOGUE) return path.resolve(process.env.OVOP_SEED_CATALOGUE)
  let dir = process.cwd()
  for (;;) {
    const candidate = path.join(dir, "seed", "data", "catalogue.json")
    if (fs.existsSync(candidate)) return candidate
    const parent = path.dirname(dir)
    if (parent === dir) throw new Error("seed/data/catalogue.json not found; set OVOP_SEED_CATALOGUE")
    dir = parent
  }
}

/**
 * Idempotent seed of the OVOP catalogue: creates what is missing, leaves what exists,
 * and reports per part. Run through `npm run seed` (or `medusa exec`).
 */
export default async function seed({ container }: ExecArgs): Promise<SeedReport> {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const summary: SeedReport = {}
  const report = (part: string, created: number, existing: number) => {
    summary[part] = { created, existing }
    logger.info(`seed: ${part}: ${created ? `created ${created}` : "unchanged"} (${existing} already there)`)
  }

  const catalogue = JSON.parse(fs.readFileSync(findCatalogueFile(), "utf8")) as SeedCatalogue
  const storeModule = container.resolve(Modules.STORE)
  const salesChannelModule = container.resolve(Modules.SALES_CHANNEL)
  const apiKeyModule = container.resolve(Modules.API_KEY)
  const regionModule = container.resolve(Modules.REGION)
  const stockLocationModule = container.resolve(Modules.STOCK_LOCATION)
  const fulfillmentModule = container.resolve(Modules.FULFILLMENT)
  const productModule = container.resolve(Modules.PRODUCT)

  // Store currencies: every region's currency, USD the default.
  const [store] = await storeModule.listStores({}, { relations: ["supported_currencies"] })
  if (!store) throw new Error("no store found: run the migrations first")
  const wanted = [...new Set(catalogue.regions.map((r) => r.currency_code))]
  const have = new Set((store.supported_currencies ?? []).map((c) => c.currency_code))
  const missingCurrencies = wanted.filter((c) => !have.has(c))
  if (missingCurrencies.length) {
    await updateStoresWorkflow(container).run({
      input: {
        selector: { id: store.id },
        update: {
          supported_currencies: [...new Set([...have, ...wanted])].map((code) => ({
            currency_code: code,
            is_default: code === "usd",
          })),
        },
      },
    })
  }
  report("store currencies", missingCurrencies.length, have.size)

  // Sales channels.
  const channels = await salesChannelModule.listSalesChannels({
    name: catalogue.salesChannels.map((c) => c.name),
  })
  const newChannels = catalogue.salesChannels.filter((c) => !channels.some((e) => e.name === c.name))
  if (newChannels.length) {
    const { result } = await createSalesChannelsWorkflow(container).run({
      input: { salesChannelsData: newChannels },
    })
    channels.push(...result)
  }
  report("sales channels", newChannels.length, channels.length - newChannels.length)
  const channelId = (name: string) => {
    const channel = channels.find((c) => c.name === name)
    if (!channel) throw new Error(`sales channel ${name} is not in the catalogue`)
    return channel.id
  }

  // Publishable API keys, one per sales channel.
  const keys = await apiKeyModule.listApiKeys({ type: "publishable" })
  let createdKeys = 0
  for (const wantedKey of catalogue.publishableKeys) {
    if (keys.some((k) => k.title === wantedKey.title)) continue
    const { result } = await createApiKeysWorkflow(container).run({
      input: { api_keys: [{ title: wantedKey.title, type: "publishable", created_by: "seed" }] },
    })
    const key = result[0]
    if (!key) throw new Error(`could not create the key ${wantedKey.title}`)
    await linkSalesChannelsToApiKeyWorkflow(container).run({
      input: { id: key.id, add: [channelId(wantedKey.salesChannel)] },
    })
    keys.push(key)
    createdKeys++
  }
  report("publishable API keys", createdKeys, catalogue.publishableKeys.length - createdKeys)

  // Regions.
  const regions = await regionModule.listRegions({ name: { $in: catalogue.regions.map((r) => r.name) } })
  const newRegions = catalogue.regions.filter((r) => !regions.some((e) => e.name === r.name))
  if (newRegions.length) {
    const { result } = await createRegionsWorkflow(container).run({
      input: {
        regions: newRegions.map((r) => ({ ...r, payment_providers: ["pp_system_default"] })),
      },
    })
    regions.push(...result)
  }
  report("regions", newRegions.length, regions.length - newRegions.length)

  // Stock location, available to every sales channel.
  const locations = await stockLocationModule.listStockLocations({ name: catalogue.stockLocation.name })
  if (!locations.length) {
    const { result } = await createStockLocationsWorkflow(container).run({
      input: { locations: [catalogue.stockLocation] },
    })
    const location = result[0]
    if (location) {
      await linkSalesChannelsToStockLocationWorkflow(container).run({
        input: { id: location.id, add: channels.map((c) => c.id) },
      })
    }
  }
  report("stock location", locations.length ? 0 : 1, locations.length)

  // Shipping profile for physical goods.
  let [profile] = await fulfillmentModule.listShippingProfiles({ type: "default" })
  if (!profile) {
    const { result } = await createShippingProfilesWorkflow(container).run({
      input: { data: [{ name: "Default Shipping Profile", type: "default" }] },
    })
    profile = result[0]
  }

  // Products.
  const products = await productModule.listProducts({ handle: catalogue.products.map((p) => p.handle) })
  const newProducts = catalogue.products.filter((p) => !products.some((e) => e.handle === p.handle))
  if (newProducts.length) {
    await createProductsWorkflow(container).run({
      input: {
        products: newProducts.map((p) => ({
          handle: p.handle,
          title: p.title,
          description: p.description,
          weight: p.weight,
          origin_country: "kg",
          status: "published" as const,
          shipping_profile_id: profile?.id,
          options: [{ title: "Size", values: ["Standard"] }],
          variants: [
            {
              title: "Standard",
              sku: p.handle.toUpperCase(),
              options: { Size: "Standard" },
              manage_inventory: false,
              prices: Object.entries(p.prices).map(([currency_code, amount]) => ({ currency_code, amount })),
            },
          ],
          sales_channels: channels.map((c) => ({ id: c.id })),
        })),
      },
    })
  }
  report("products", newProducts.length, products.length)

  // Configuration the storefront build reads.
  const configPath = process.env.OVOP_STOREFRONT_CONFIG
  if (configPath) {
    const firstKey = catalogue.publishableKeys[0]
    const key = keys.find((k) => k.title === firstKey?.title)
    if (!key || !firstKey) throw new Error("no publishable key for the storefront")
    const config: StorefrontSeedConfig = {
      publishableKey: key.token,
      salesChannelId: channelId(firstKey.salesChannel),
      regions: regions
        .map((r) => ({ id: r.id, name: r.name, currency_code: r.currency_code }))
        .sort((a, b) => a.name.localeCompare(b.name)),
    }
    fs.mkdirSync(path.dirname(configPath), { recursive: true })
    const next = `${JSON.stringify(config, null, 2)}\n`
    const previous = fs.existsSync(configPath) ? fs.readFileSync(configPath, "utf8") : ""
    if (next !== previous) fs.writeFileSync(configPath, next)
    logger.info(`seed: storefront configuration ${next === previous ? "unchanged" : "written"}: ${configPath}`)
  }
  return summary
}
