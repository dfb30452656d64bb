import fs from "node:fs"
import path from "node:path"
import Medusa from "@medusajs/js-sdk"
import type { Locale } from "../../i18n/locales"

/** A product as the pages need it, with its price in one region. */
export type CatalogueProduct = {
  id: string
  handle: string
  title: string
  description: string
  thumbnail: string | null
  price: { amount: number; currencyCode: string } | null
}

/** The catalogue of one build: products priced in each region the storefront shows. */
export type Catalogue = {
  byCurrency: Record<string, CatalogueProduct[]>
}

type StorefrontSeedConfig = {
  publishableKey: string
  regions: { id: string; name: string; currency_code: string }[]
}

/** The currency a shopper reading `locale` sees until the region picker exists. */
export function currencyForLocale(locale: Locale): string {
  return locale === "ja" ? "jpy" : "usd"
}

function readSeedConfig(): StorefrontSeedConfig {
  const file = process.env.OVOP_STOREFRONT_CONFIG || path.resolve(process.cwd(), "..", ".data", "storefront.json")
  if (!fs.existsSync(file)) {
    throw new Error(`storefront configuration ${file} not found: run \`npm start\` or \`npm run seed\` first`)
  }
  const config = JSON.parse(fs.readFileSync(file, "utf8")) as StorefrontSeedConfig
  const key = process.env.PUBLIC_MEDUSA_PUBLISHABLE_KEY || config.publishableKey
  return { ...config, publishableKey: key }
}

async function fetchCatalogue(): Promise<Catalogue> {
  const config = readSeedConfig()
  const sdk = new Medusa({
    baseUrl: process.env.MEDUSA_BACKEND_URL || "http://localhost:9000",
    publishableKey: config.publishableKey,
  })
  const byCurrency: Record<string, CatalogueProduct[]> = {}
  for (const region of config.regions) {
    const { products } = await sdk.store.product.list({
      region_id: region.id,
      limit: 500,
      fields: "id,handle,title,description,thumbnail,*variants.calculated_price",
    })
    byCurrency[region.currency_code] = products.map((product) => {
      const calculated = product.variants?.[0]?.calculated_price
      const amount = calculated?.calculated_amount
      return {
        id: product.id,
        handle: product.handle ?? product.id,
        title: product.title ?? "",
        description: product.description ?? "",
        thumbnail: product.thumbnail ?? null,
        price:
          typeof amount === "number" && calculated?.currency_code
            ? { amount, currencyCode: calculated.currency_code }
            : null,
      }
    })
  }
  return { byCurrency }
}

let pending: Promise<Catalogue> | undefined

/** The catalogue, fetched from the backend once per build and shared by every page. */
export function loadCatalogue(): Promise<Catalogue> {
  pending ??= fetchCatalogue()
  return pending
}
