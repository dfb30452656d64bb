import { type PriceSummary, summarisePrices } from "./price"
import type { CatalogueProduct } from "./products"

/** A product as `GET /store/products?region_id=…&fields=` + `storePriceFields` answers it. */
export type StorePriceProduct = {
  id: string
  variants?: { calculated_price?: { calculated_amount: number | null; currency_code: string | null } | null }[] | null
}

/** The fields the build asks for to price every product in one more region. */
export const storePriceFields = "id,variants.id,*variants.calculated_price"

/** The card price of a product as one region prices it: the cheapest variant, "from" when they differ. */
export function priceSummaryOf(product: StorePriceProduct): PriceSummary | null {
  return summarisePrices(
    (product.variants ?? []).map((variant) => {
      const { calculated_amount: amount, currency_code: currencyCode } = variant.calculated_price ?? {}
      return typeof amount === "number" && currencyCode ? { amount, currencyCode } : null
    }),
  )
}

/**
 * The products with their card price in `currencyCode` added, from that region's answer. A static
 * page is built in its language's currency; these let a card follow the currency the shopper
 * chooses. A product the region's answer lacks has no price there (shown as "price on request").
 */
export function withRegionPrices(
  products: readonly CatalogueProduct[],
  currencyCode: string,
  priced: readonly StorePriceProduct[],
): CatalogueProduct[] {
  const byId = new Map(priced.map((product) => [product.id, product]))
  const currency = currencyCode.toLowerCase()
  return products.map((product) => {
    const answer = byId.get(product.id)
    return { ...product, prices: { ...product.prices, [currency]: answer ? priceSummaryOf(answer) : null } }
  })
}
