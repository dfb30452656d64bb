import type { CatalogueProduct } from "../features/catalogue/products"

/** What `GET /store/harvest` tells the shop about one variant. */
export type StoreVariantHarvest = {
  variant_id: string
  selling_lot: { lot_number: string; best_before: string | null } | null
}

/**
 * Food products with the best-before day of the lot each variant is sold from (crafts have
 * none); products and variants the harvest answer does not mention keep `null`.
 */
export function withBestBefore(products: CatalogueProduct[], harvest: StoreVariantHarvest[]): CatalogueProduct[] {
  const bestBefore = new Map(harvest.map((entry) => [entry.variant_id, entry.selling_lot?.best_before ?? null]))
  return products.map((product) => ({
    ...product,
    variants: product.variants.map((variant) => ({
      ...variant,
      bestBefore: product.kind === "food" ? (bestBefore.get(variant.id) ?? null) : null,
    })),
  }))
}

/** The ids of food variants, in groups of at most `size` (the harvest route's limit). */
export function foodVariantBatches(products: CatalogueProduct[], size = 200): string[][] {
  const ids = products.filter((p) => p.kind === "food").flatMap((p) => p.variants.map((v) => v.id))
  const batches: string[][] = []
  for (let start = 0; start < ids.length; start += size) batches.push(ids.slice(start, start + size))
  return batches
}
