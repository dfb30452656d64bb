import fs from "node:fs"
import path from "node:path"
import Medusa from "@medusajs/js-sdk"
import { type Locale, locales } from "../../i18n/locales"
import { type CatalogueCategory, catalogueCategories } from "../listing/entries"
import { type ProducerGroup, type StoreProducerGroup, toProducerGroup } from "../producer-groups/groups"
import { foodVariantBatches, type StoreVariantHarvest, withBestBefore } from "../season/harvest"
import { currencyForLocale, type StoreCurrency } from "./currency"
import {
  type CatalogueCollection,
  type CatalogueProduct,
  collectionsOf,
  type StoreProduct,
  storeProductFields,
  toCatalogueProduct,
} from "./products"

/** Everything the pages of one language show, priced in that language's currency. */
export type LocaleCatalogue = {
  locale: Locale
  currencyCode: StoreCurrency
  products: CatalogueProduct[]
  collections: CatalogueCollection[]
  /** The categories with products on sale, each with its listing page. */
  categories: CatalogueCategory[]
  groups: ProducerGroup[]
}

/** The catalogue of one build, per language. */
export type Catalogue = Record<Locale, LocaleCatalogue>

type StorefrontSeedConfig = {
  publishableKey: string
  regions: { id: string; name: string; currency_code: string }[]
}

// One request answers this many records; the store has 45 products and 16 groups.
const pageSize = 200

function readSeedConfig(): StorefrontSeedConfig {
  const file = process.env.OVOP_STOREFRONT_CONFIG || path.resolve(process.cwd(), "..", ".data", "storefront.json")
  if (!fs.existsSync(file)) {
    throw new Error(`storefront configuration ${file} not found: run \`npm start\` or \`npm run seed\` first`)
  }
  const config = JSON.parse(fs.readFileSync(file, "utf8")) as StorefrontSeedConfig
  const key = process.env.PUBLIC_MEDUSA_PUBLISHABLE_KEY || config.publishableKey
  return { ...config, publishableKey: key }
}

/** Reads every page of a store list route, `pageSize` records a request. */
async function listAll<T>(
  sdk: Medusa,
  route: string,
  key: string,
  query: Record<string, string | number>,
): Promise<T[]> {
  const records: T[] = []
  for (;;) {
    const page = await sdk.client.fetch<Record<string, unknown> & { count: number }>(route, {
      query: { ...query, limit: pageSize, offset: records.length },
    })
    const batch = page[key]
    if (!Array.isArray(batch)) throw new Error(`${route} answered without '${key}'`)
    records.push(...(batch as T[]))
    if (batch.length === 0 || records.length >= page.count) return records
  }
}

async function fetchLocale(sdk: Medusa, config: StorefrontSeedConfig, locale: Locale): Promise<LocaleCatalogue> {
  const currencyCode = currencyForLocale(locale)
  const region = config.regions.find((candidate) => candidate.currency_code === currencyCode)
  if (!region) throw new Error(`no region prices in ${currencyCode}, the currency of the ${locale} pages`)
  const [products, groups] = await Promise.all([
    listAll<StoreProduct>(sdk, "/store/products", "products", {
      locale,
      region_id: region.id,
      fields: storeProductFields,
    }),
    listAll<StoreProducerGroup>(sdk, "/store/producer-groups", "producer_groups", { locale }),
  ])
  const catalogueProducts = products.map(toCatalogueProduct)
  return {
    locale,
    currencyCode,
    products: catalogueProducts,
    collections: collectionsOf(products),
    categories: catalogueCategories(catalogueProducts),
    groups: groups.map(toProducerGroup),
  }
}

const backendUrl = () => process.env.MEDUSA_BACKEND_URL || "http://localhost:9000"

/** What the browser's islands need to call the store API: the backend's address and the retail publishable key. */
export function storeApiSettings(): { backendUrl: string; publishableKey: string } {
  return { backendUrl: backendUrl().replace(/\/+$/, ""), publishableKey: readSeedConfig().publishableKey }
}

/** The region whose currency the pages of `locale` price in, and the countries the store ships to. */
export function storeRegions(locale: Locale): { regionId: string; shippingCountries: string[] } {
  const config = readSeedConfig()
  const region = config.regions.find((candidate) => candidate.currency_code === currencyForLocale(locale))
  if (!region) throw new Error(`no region prices in ${currencyForLocale(locale)}, the currency of the ${locale} pages`)
  const countries = config.regions.flatMap((candidate) => (candidate as { countries?: string[] }).countries ?? [])
  return { regionId: region.id, shippingCountries: [...new Set(countries)] }
}

// The region picker lists som, yen, dollars, in this order; a currency the store adds later goes last.
const regionOrder = ["kgs", "jpy", "usd"]
const regionRank = (currency: string) => {
  const rank = regionOrder.indexOf(currency)
  return rank === -1 ? regionOrder.length : rank
}

/** The store's regions as the region picker and the islands use them: id, name, currency (lower case). */
export function shopRegions(): { id: string; name: string; currencyCode: string }[] {
  return readSeedConfig()
    .regions.map((region) => ({ id: region.id, name: region.name, currencyCode: region.currency_code.toLowerCase() }))
    .sort((a, b) => regionRank(a.currencyCode) - regionRank(b.currencyCode))
}

async function fetchCatalogue(): Promise<Catalogue> {
  const config = readSeedConfig()
  const baseUrl = backendUrl()
  const sdk = new Medusa({ baseUrl, publishableKey: config.publishableKey })
  try {
    const perLocale = await Promise.all(locales.map((locale) => fetchLocale(sdk, config, locale)))
    // The lots being sold are the same in every language: one bulk read for all pages.
    const harvest: StoreVariantHarvest[] = []
    for (const batch of foodVariantBatches(perLocale[0]?.products ?? [])) {
      const answer = await sdk.client.fetch<{ variants: StoreVariantHarvest[] }>("/store/harvest", {
        query: { variant_id: batch },
      })
      harvest.push(...answer.variants)
    }
    return Object.fromEntries(
      perLocale.map((catalogue) => [
        catalogue.locale,
        { ...catalogue, products: withBestBefore(catalogue.products, harvest) },
      ]),
    ) as Catalogue
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error)
    throw new Error(`could not read the catalogue from ${baseUrl}: ${reason}`, { cause: error })
  }
}

let pending: Promise<Catalogue> | undefined

/** The catalogue, fetched from the backend once per build (two requests per language) and shared by every page. */
export function loadCatalogue(): Promise<Catalogue> {
  pending ??= fetchCatalogue()
  return pending
}
