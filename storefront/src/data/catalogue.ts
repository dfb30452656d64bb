import Medusa from "@medusajs/js-sdk"
import { currencyForLocale, type StoreCurrency } from "../features/catalogue/currency"
import {
  type CatalogueCollection,
  type CatalogueProduct,
  collectionsOf,
  type StoreProduct,
  storeProductFields,
  toCatalogueProduct,
} from "../features/catalogue/products"
import { type StorePriceProduct, storePriceFields, withRegionPrices } from "../features/catalogue/region-prices"
import { type CatalogueCategory, catalogueCategories } from "../features/listing/entries"
import { type ProducerGroup, type StoreProducerGroup, toProducerGroup } from "../features/producer-groups/groups"
import { type Locale, locales } from "../i18n/locales"
import { foodVariantBatches, type StoreVariantHarvest, withBestBefore } from "./harvest"
import { backendUrl, readSeedConfig, type StorefrontSeedConfig } from "./store-config"

/*
 * The build-time catalogue loader: what every page of a build shows, read from the store API
 * once per build in bulk. It lives outside the feature folders because it draws on several of
 * them (catalogue, listing, producer groups), which in turn must not depend on it.
 */

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

// One request answers this many records; the store has 45 products and 16 groups.
const pageSize = 200

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

async function fetchCatalogue(): Promise<Catalogue> {
  const config = readSeedConfig()
  const baseUrl = backendUrl()
  const sdk = new Medusa({ baseUrl, publishableKey: config.publishableKey })
  try {
    const perLocale = await Promise.all(locales.map((locale) => fetchLocale(sdk, config, locale)))
    // Each page is built in its language's currency; the cards also carry every other region's
    // price, so they follow the currency the shopper chooses (one request per region).
    const regionPrices = await Promise.all(
      config.regions.map(async (region) => ({
        currencyCode: region.currency_code,
        products: await listAll<StorePriceProduct>(sdk, "/store/products", "products", {
          region_id: region.id,
          fields: storePriceFields,
        }),
      })),
    )
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
        {
          ...catalogue,
          products: regionPrices.reduce(
            (products, region) => withRegionPrices(products, region.currencyCode, region.products),
            withBestBefore(catalogue.products, harvest),
          ),
        },
      ]),
    ) as Catalogue
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error)
    throw new Error(`could not read the catalogue from ${baseUrl}: ${reason}`, { cause: error })
  }
}

let pending: Promise<Catalogue> | undefined

/** The catalogue, fetched from the backend once per build (two requests per language, one per region for its prices) and shared by every page. */
export function loadCatalogue(): Promise<Catalogue> {
  pending ??= fetchCatalogue()
  return pending
}
