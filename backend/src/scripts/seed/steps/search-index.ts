import { reindexSearch } from "../../../lib/product-search-sync"
import type { SeedRun } from "../run"

/** The search indexes, rebuilt from the seeded catalogue (every run: the catalogue may have changed). */
export async function seedSearchIndex({ container, report }: SeedRun): Promise<void> {
  const { products } = await reindexSearch(container)
  report("search index (products)", products, 0)
}
