import { isStorefrontContentEvent } from "./storefront-rebuild"

/** What an event asks of the search index: these products again, everything again, or nothing. */
export type SearchSyncScope = { products: string[] } | "all" | null

// Stock: inventory levels and reservations (a sale, a restock), the in-stock flag of a document.
const stockEvent = /^(inventory[-_.a-z]*|reservation[-_.a-z]*)\.(created|updated|deleted|restored)$/
// Our harvest lots: a lot becoming available or sold out changes what is sold now.
const harvestEvent = /harvest[-_]?lot/i

/**
 * The scope of an event for the search index. A product's own workflow events (`product.created`,
 * `product.updated`, `product.deleted`, ids in `data.id`) name the products; the events of what a
 * document reads from elsewhere (variants, prices, translations, categories, producer groups, stock,
 * harvest lots, whose payloads name their own records, not the products) rebuild everything,
 * which on this catalogue takes well under a second.
 */
export function searchSyncScope(eventName: string, data: unknown): SearchSyncScope {
  if (/^product\.(created|updated|deleted|restored)$/.test(eventName)) {
    const ids = idsOf(data)
    return ids.length ? { products: ids } : "all"
  }
  if (isStorefrontContentEvent(eventName) || stockEvent.test(eventName) || harvestEvent.test(eventName)) return "all"
  return null
}

function idsOf(data: unknown): string[] {
  const entries = Array.isArray(data) ? data : [data]
  return entries.flatMap((entry) => {
    const id = (entry as { id?: unknown } | null)?.id
    if (typeof id === "string") return [id]
    if (Array.isArray(id)) return id.filter((value): value is string => typeof value === "string")
    return []
  })
}
