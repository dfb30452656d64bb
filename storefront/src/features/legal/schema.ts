import { z } from "astro/zod"
import { type ShippingRateId, shippingRates } from "./info"

/*
 * The shapes of the legal and information pages' content collections (src/content.config.ts):
 * checked by Astro when it loads the entries, so a malformed page fails the build, and by the
 * unit tests, which read the same files.
 */

// A text with something to read; kept as written (no trimming), so the page shows exactly the file's words.
const text = z.string().regex(/\S/, "an empty text")

/** A section of an information page; its `id` is the same in every language, so pages can place extras beside it. */
export const infoSectionSchema = z.strictObject({
  id: z.string().regex(/^[a-z-]+$/),
  heading: text,
  paragraphs: z.array(text).min(1),
})

/** An information page's text in one language (`src/content/info/<locale>/<page>.yaml`). */
export const infoPageSchema = z.strictObject({
  title: text,
  description: text,
  sections: z.array(infoSectionSchema).min(1),
})

const rateIds = shippingRates.map((rate) => rate.id) as [ShippingRateId, ...ShippingRateId[]]

/**
 * The words of one language for what the shop states as data (`src/content/shop/<locale>.yaml`):
 * each delivery option's method and destination (its price comes from `shippingRates`), the
 * office's address and hours (its phone and email from `associationContact`).
 */
export const shopWordsSchema = z.strictObject({
  shippingRates: z.record(z.enum(rateIds), z.strictObject({ method: text, destination: text })),
  officeAddress: text,
  officeHours: text,
})

/** One line of a disclosure: the term the law names and what the association states for it, `{fact}`s filled at build time. */
export const disclosureRowSchema = z.strictObject({ term: text, details: z.array(text).min(1) })

/** 特定商取引法に基づく表記 (`src/content/tokushoho/ja.yaml`). */
export const disclosureSchema = z.strictObject({
  title: text,
  description: text,
  rows: z.array(disclosureRowSchema).min(1),
})

/** A section of an information page. */
export type InfoSection = z.infer<typeof infoSectionSchema>
/** An information page's text in one language. */
export type InfoPage = z.infer<typeof infoPageSchema>
/** The shop's words in one language: delivery options, office address and hours. */
export type ShopWords = z.infer<typeof shopWordsSchema>
/** One line of the disclosure. */
export type DisclosureRow = z.infer<typeof disclosureRowSchema>
/** The disclosure page. */
export type Disclosure = z.infer<typeof disclosureSchema>
