import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { reindexSearch, syncSearchProducts } from "../lib/product-search-sync"
import { searchSyncScope } from "../lib/search-sync-events"

/** How long changes are gathered before the index is written (a workflow emits several events at once). */
const GATHER_MS = 200

let pendingProducts = new Set<string>()
let pendingAll = false
let timer: NodeJS.Timeout | undefined
let running: Promise<void> = Promise.resolve()

/**
 * Keeps the search indexes in step with the catalogue: product, variant, price, translation,
 * category, producer group, stock and harvest lot changes reach the index within a second; a
 * deleted or unpublished product is removed. Changes arriving together are written once.
 */
export default async function searchSyncSubscriber({ event, container }: SubscriberArgs<unknown>) {
  const scope = searchSyncScope(event.name, event.data)
  if (!scope) return
  if (scope === "all") pendingAll = true
  else for (const id of scope.products) pendingProducts.add(id)
  if (timer) clearTimeout(timer)
  timer = setTimeout(() => {
    timer = undefined
    running = running.then(() => flush(container))
  }, GATHER_MS)
}

async function flush(container: MedusaContainer): Promise<void> {
  const all = pendingAll
  const products = [...pendingProducts]
  pendingAll = false
  pendingProducts = new Set()
  try {
    if (all) await reindexSearch(container)
    else await syncSearchProducts(container, products)
  } catch (error) {
    // The next change (or `npm run reindex`) brings the index up to date; the store keeps serving.
    container
      .resolve(ContainerRegistrationKeys.LOGGER)
      .warn(`search index not updated: ${error instanceof Error ? error.message : String(error)}`)
  }
}

// Every event, filtered by name above (module events carry generated names).
export const config: SubscriberConfig = { event: "*", context: { subscriberId: "search-sync" } }
