import type { MedusaContainer } from "@medusajs/framework/types"
import { PRODUCT_SEARCH_MODULE } from "../modules/product-search"
import { toSearchDocuments } from "../modules/product-search/document"
import type ProductSearchModuleService from "../modules/product-search/service"
import { loadSearchCatalogue } from "./product-search-catalogue"

/**
 * Brings the products `ids` up to date in every locale's index: a published product's documents
 * are written again, one that is gone, deleted or unpublished is removed.
 */
export async function syncSearchProducts(container: MedusaContainer, ids: string[]): Promise<void> {
  const unique = [...new Set(ids)]
  if (!unique.length) return
  const search: ProductSearchModuleService = container.resolve(PRODUCT_SEARCH_MODULE)
  const products = await loadSearchCatalogue(container, unique)
  const present = new Set(products.map((product) => product.id))
  await search.removeProducts(unique.filter((id) => !present.has(id)))
  await search.indexDocuments(products.flatMap(toSearchDocuments))
}

/** Rebuilds every index from the catalogue; answers how many products are indexed. */
export async function reindexSearch(container: MedusaContainer): Promise<{ products: number; engine: string }> {
  const search: ProductSearchModuleService = container.resolve(PRODUCT_SEARCH_MODULE)
  const products = await loadSearchCatalogue(container)
  await search.replaceAllDocuments(products.flatMap(toSearchDocuments))
  return { products: products.length, engine: search.engine() }
}
