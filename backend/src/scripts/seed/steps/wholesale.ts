import fs from "node:fs"
import path from "node:path"
import { Modules } from "@medusajs/framework/utils"
import { z } from "@medusajs/framework/zod"
import { wholesaleTierPrices } from "@ovop/domain"
import {
  ensureWholesaleCatalogue,
  WHOLESALE_CURRENCIES,
  type WholesaleVariantOffer,
} from "../../../lib/wholesale-catalogue"
import { findSeedDir } from "../catalogue"
import type { SeedRun } from "../run"

const positive = z.number({ error: "must be a number" }).positive({ error: "must be more than 0" })
const whole = z.number({ error: "must be a number" }).int({ error: "must be a whole number" }).min(1)

/** `seed/data/ovop/wholesale.json`: tier factors of the retail price, minimum order values, case packs by category. */
const WholesaleSeed = z
  .object({
    tier_factors: z.array(positive.max(1)).min(1).max(3),
    minimum_order: z.object({ usd: positive, jpy: positive }).strict(),
    case_packs: z.record(z.string(), z.object({ case_pack: whole, min_cases: whole }).strict()),
  })
  .strict()

/**
 * Wholesale prices and terms for the seeded products: the "Wholesale" customer group, a USD and a
 * JPY price list for it with each variant's volume tiers (its retail price times the tier factors),
 * the case pack and minimum of each variant by its product's category, the minimum order values.
 * Idempotent: what exists is left as it is.
 */
export async function seedWholesale({ container, catalogue, report }: SeedRun): Promise<void> {
  const file = path.join(findSeedDir(), "wholesale.json")
  const parsed = WholesaleSeed.safeParse(JSON.parse(fs.readFileSync(file, "utf8")))
  if (!parsed.success)
    throw new Error(`${file}: ${parsed.error.issues.map((i) => `${i.path.join(".")} ${i.message}`).join("; ")}`)
  const settings = parsed.data
  const skus = catalogue.products.flatMap((product) => product.variants.map((variant) => variant.sku))
  const variants = await container
    .resolve(Modules.PRODUCT)
    .listProductVariants({ sku: skus }, { select: ["id", "sku"], take: null })
  const idOf = new Map(variants.map((variant) => [variant.sku, variant.id]))
  const offers: WholesaleVariantOffer[] = []
  for (const product of catalogue.products) {
    const packing = settings.case_packs[product.category]
    if (!packing) continue
    for (const variant of product.variants) {
      const variantId = idOf.get(variant.sku)
      const prices = variant.prices as Partial<Record<string, number>>
      if (!variantId || WHOLESALE_CURRENCIES.some((currency) => prices[currency] === undefined)) continue
      offers.push({
        variant_id: variantId,
        case_pack: packing.case_pack,
        min_quantity: packing.case_pack * packing.min_cases,
        tiers: {
          usd: wholesaleTierPrices(prices.usd ?? 0, settings.tier_factors, "usd"),
          jpy: wholesaleTierPrices(prices.jpy ?? 0, settings.tier_factors, "jpy"),
        },
      })
    }
  }
  const { created, existing } = await ensureWholesaleCatalogue(container, offers, settings.minimum_order)
  report("wholesale price lists, terms and minimums", created, existing)
}
