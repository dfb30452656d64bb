import type { ExecArgs } from "@medusajs/framework/types"
import { type SeedReport, startSeedRun } from "./seed/run"
import { seedCategories, seedCollections } from "./seed/steps/categories"
import { seedHarvestLots } from "./seed/steps/harvest-lots"
import { seedLocales } from "./seed/steps/locales"
import { seedOpeningStock } from "./seed/steps/opening-stock"
import { seedProducerGroups } from "./seed/steps/producer-groups"
import { seedProducts } from "./seed/steps/products"
import { seedRegionPaymentProviders, seedRegions, seedTaxRegions } from "./seed/steps/regions"
import { seedRestrictions } from "./seed/steps/restrictions"
import { seedPublishableKeys, seedSalesChannels } from "./seed/steps/sales-channels"
import { seedSearchIndex } from "./seed/steps/search-index"
import { seedShipping, seedWarehouse } from "./seed/steps/shipping"
import { seedStore } from "./seed/steps/store"
import { writeStorefrontConfig } from "./seed/steps/storefront-config"
import { seedWholesale } from "./seed/steps/wholesale"

export type { SeedReport } from "./seed/run"
export type { StorefrontSeedConfig } from "./seed/steps/storefront-config"

/**
 * Idempotent seed of the OVOP catalogue (seed/data/ovop): checks the catalogue, then runs one
 * step per part in order; each creates what is missing, leaves what exists, and reports. Run by
 * `npm start` and `npm run seed` through `medusa exec`.
 */
export default async function seed({ container }: ExecArgs): Promise<SeedReport> {
  const run = startSeedRun(container)
  await seedLocales(run)
  await seedStore(run)
  const channels = await seedSalesChannels(run)
  const keys = await seedPublishableKeys(run, channels)
  const regions = await seedRegions(run)
  await seedRegionPaymentProviders(run, regions)
  await seedTaxRegions(run)
  const warehouse = await seedWarehouse(run, channels)
  const profile = await seedShipping(run, warehouse)
  const categories = await seedCategories(run)
  const collections = await seedCollections(run)
  const groups = await seedProducerGroups(run)
  await seedProducts(run, { groups, categories, collections, channels: channels.all, profile })
  await seedRestrictions(run, categories)
  await seedWholesale(run)
  const foodLots = await seedOpeningStock(run, warehouse)
  await seedHarvestLots(run, foodLots)
  await seedSearchIndex(run)
  writeStorefrontConfig(run, { keys, channels, regions: regions.regions })
  return run.summary
}
