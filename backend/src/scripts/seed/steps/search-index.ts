import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { reindexSearch } from "../../../lib/product-search-sync"
import type { SeedRun } from "../run"

/**
 * The search indexes, rebuilt from the seeded catalogue on every run (the catalogue may have
 * changed). Logged, not reported: a rebuild creates no record, and a second seed reports none.
 */
export async function seedSearchIndex({ container }: SeedRun): Promise<void> {
  const { products, engine } = await reindexSearch(container)
  container
    .resolve(ContainerRegistrationKeys.LOGGER)
    .info(`seed: search index: rebuilt (${products} products, ${engine})`)
}
