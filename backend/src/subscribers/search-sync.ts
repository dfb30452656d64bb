import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { reindexSearch, syncSearchProducts } from "../lib/product-search-sync"
import { searchSyncScope } from "../lib/search-sync-events"

/** How long changes are gathered before the index is written (a workflow emits several events at once). */
const GATHER_MS = 200
/** Waits before writing again what a failed write left out (a database or search server blip): 1 s, 4 s, 16 s. */
const RETRY_DELAYS_MS = [1_000, 4_000, 16_000]

let pendingProducts = new Set<string>()
let pendingAll = false
let timer: NodeJS.Timeout | undefined
let running: Promise<void> = Promise.resolve()
/** Failed writes in a row: the next retry waits RETRY_DELAYS_MS[failures - 1]. */
let failures = 0

/**
 * Keeps the search indexes in step with the catalogue: product, variant, price, translation,
 * category, producer group, stock and harvest lot changes reach the index within a second; a
 * deleted or unpublished product is removed. Changes arriving together are written once.
 */
export default async function searchSyncSubscriber({ event, container }: SubscriberArgs<unknown>) {
  const scope = searchSyncScope(event.name, event.data)
  if (!scope) return
  queue(scope === "all" ? "all" : scope.products)
  schedule(container, GATHER_MS)
}

function queue(scope: "all" | string[]): void {
  if (scope === "all") pendingAll = true
  else for (const id of scope) pendingProducts.add(id)
}

function schedule(container: MedusaContainer, delayMs: number): void {
  if (timer) clearTimeout(timer)
  timer = setTimeout(() => {
    timer = undefined
    running = running.then(() => flush(container))
  }, delayMs)
}

async function flush(container: MedusaContainer): Promise<void> {
  const all = pendingAll
  const products = [...pendingProducts]
  if (!all && !products.length) return
  pendingAll = false
  pendingProducts = new Set()
  try {
    if (all) await reindexSearch(container)
    else await syncSearchProducts(container, products)
    failures = 0
  } catch (error) {
    // What this write held is written again later, with what arrived meanwhile; after the last
    // retry, the next change (or `npm run reindex`) brings the index up to date. The store keeps serving.
    const delay = RETRY_DELAYS_MS[failures]
    failures = delay === undefined ? 0 : failures + 1
    const message = error instanceof Error ? error.message : String(error)
    const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
    if (delay === undefined) {
      logger.warn(`search index not updated after ${RETRY_DELAYS_MS.length + 1} tries: ${message}`)
      return
    }
    logger.warn(`search index not updated, trying again in ${delay / 1000} s: ${message}`)
    queue(all ? "all" : products)
    if (!timer) schedule(container, delay)
  }
}

// Every event, filtered by name above (module events carry generated names).
export const config: SubscriberConfig = { event: "*", context: { subscriberId: "search-sync" } }
