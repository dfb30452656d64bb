import { Module } from "@medusajs/framework/utils"
import prepareSearchIndexes from "./loaders/prepare-indexes"
import ProductSearchModuleService from "./service"

/** The container key of the product search module (one index per locale; PostgreSQL or Meilisearch). */
export const PRODUCT_SEARCH_MODULE = "productSearch"

export default Module(PRODUCT_SEARCH_MODULE, { service: ProductSearchModuleService, loaders: [prepareSearchIndexes] })
