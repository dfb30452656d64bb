import fs from "node:fs"
import path from "node:path"
import { currencyForLocale } from "../features/catalogue/currency"
import type { Locale } from "../i18n/locales"

/*
 * The store settings a build reads from the seed's `.data/storefront.json` (publishable key,
 * regions) and the environment (the backend's address): what the islands need to call the
 * store API and which region each language prices in.
 */

/** What the seed writes for the storefront. */
export type StorefrontSeedConfig = {
  publishableKey: string
  regions: { id: string; name: string; currency_code: string }[]
}

/** The seed's storefront settings; the publishable key may be overridden by `PUBLIC_MEDUSA_PUBLISHABLE_KEY`. */
export function readSeedConfig(): StorefrontSeedConfig {
  const file = process.env.OVOP_STOREFRONT_CONFIG || path.resolve(process.cwd(), "..", ".data", "storefront.json")
  if (!fs.existsSync(file)) {
    throw new Error(`storefront configuration ${file} not found: run \`npm start\` or \`npm run seed\` first`)
  }
  const config = JSON.parse(fs.readFileSync(file, "utf8")) as StorefrontSeedConfig
  const key = process.env.PUBLIC_MEDUSA_PUBLISHABLE_KEY || config.publishableKey
  return { ...config, publishableKey: key }
}

/** The backend the build reads and the islands call (`MEDUSA_BACKEND_URL`). */
export const backendUrl = () => process.env.MEDUSA_BACKEND_URL || "http://localhost:9000"

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

/** Every region with the countries it ships to (ISO alpha-2, lower case), for the product pages' restrictions. */
export function regionCountries(): { id: string; countries: string[] }[] {
  return readSeedConfig().regions.map((region) => ({
    id: region.id,
    countries: ((region as { countries?: string[] }).countries ?? []).map((code) => code.toLowerCase()),
  }))
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
