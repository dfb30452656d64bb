import { defineCollection } from "astro:content"
import { glob } from "astro/loaders"
import { disclosureSchema, infoPageSchema, shopWordsSchema } from "./features/legal/schema"

// An entry's id is its path without the extension: `en/about`, `ja` (files named after locales and pages).
const idOfPath = ({ entry }: { entry: string }) => entry.replace(/\.ya?ml$/, "")

/**
 * The legal and information pages' texts, one entry per language (per page): Astro's content
 * layer reads and checks them at build time. Prices, contact details and codes are not written
 * here: the pages take them from the shop's data (features/legal/info.ts).
 */
export const collections = {
  info: defineCollection({
    loader: glob({ pattern: "*/*.yaml", base: "./src/content/info", generateId: idOfPath }),
    schema: infoPageSchema,
  }),
  shop: defineCollection({
    loader: glob({ pattern: "*.yaml", base: "./src/content/shop", generateId: idOfPath }),
    schema: shopWordsSchema,
  }),
  tokushoho: defineCollection({
    loader: glob({ pattern: "*.yaml", base: "./src/content/tokushoho", generateId: idOfPath }),
    schema: disclosureSchema,
  }),
}
