import type { LoaderOptions } from "@medusajs/framework/types"
import { MeilisearchProvider } from "../providers/meilisearch"
import type { ProductSearchOptions } from "../service"

/**
 * At boot, with Meilisearch configured: creates the missing per-locale indexes and applies their
 * settings (idempotent: unchanged settings change nothing). A server that does not answer is
 * logged, not fatal: the store keeps serving and search answers `search_unavailable` until it does.
 */
export default async function prepareSearchIndexes({ container, options }: LoaderOptions<ProductSearchOptions>) {
  const meilisearch = options?.meilisearch
  if (!meilisearch?.host) return
  const logger = container.resolve("logger")
  try {
    await new MeilisearchProvider(meilisearch).prepare()
    logger.info(`search: Meilisearch indexes ready at ${meilisearch.host}`)
  } catch (error) {
    logger.warn(`search: Meilisearch settings not applied (${error instanceof Error ? error.message : String(error)})`)
  }
}
