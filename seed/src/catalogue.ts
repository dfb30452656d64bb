import fs from "node:fs"
import path from "node:path"
import { fileURLToPath } from "node:url"
import type { ProductMotif } from "./images/illustration"

/** The folder holding the OVOP catalogue (seed/data/ovop). */
export const catalogueDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "data", "ovop")

/** Text in the four store languages. */
export type Localized = { en: string; ja: string; ru: string; ky: string }

/** A producer group of the catalogue file. */
export type CatalogueGroup = { handle: string; name: Localized; district: string; status: string }

/** A product of the catalogue file (the parts the image renderer and tests need). */
export type CatalogueProduct = {
  handle: string
  group: string
  category: string
  title: Localized
  variants: { sku: string; option_value: string; prices: { kgs: number; jpy: number; usd: number } }[]
  image: { motif: ProductMotif; palette: [string, string] }
}

/** Reads one JSON file of the catalogue. */
export function readCatalogueFile<T>(name: string, dir = catalogueDir): T {
  return JSON.parse(fs.readFileSync(path.join(dir, name), "utf8")) as T
}
