import { formatMoney, yearMonthLabel } from "@ovop/domain"
import type { Locale } from "../../i18n/locales"
import { type Money, summarisePrices } from "../catalogue/price"

/** A product as `GET /store/products?fields=` + `liveProductFields` answers it. */
export type StoreLiveProduct = {
  id: string
  variants?:
    | {
        id: string
        manage_inventory?: boolean | null
        inventory_quantity?: number | null
        calculated_price?: { calculated_amount: number | null; currency_code: string | null } | null
      }[]
    | null
}

/** The fields the live island asks for: each variant's price in the region and its stock. */
export const liveProductFields =
  "id,variants.id,variants.manage_inventory,+variants.inventory_quantity,*variants.calculated_price"

/** One variant of `GET /store/harvest`; `preorder` is absent on older backends (read as null). */
export type StoreHarvestVariant = {
  variant_id: string
  in_season?: boolean
  preorder?: { open: boolean; expected_shipping_month: string | null } | null
}

/** A variant's current price, stock, season and pre-order state. */
export type LiveVariant = {
  id: string
  price: Money | null
  inStock: boolean
  inSeason: boolean
  preorder: { open: boolean; expectedShippingMonth: string | null } | null
}

/** The current figures of the product's variants, from the store API and the harvest route. */
export function liveVariants(product: StoreLiveProduct, harvest: readonly StoreHarvestVariant[]): LiveVariant[] {
  const byVariant = new Map(harvest.map((entry) => [entry.variant_id, entry]))
  return (product.variants ?? []).map((variant) => {
    const { calculated_amount: amount, currency_code: currencyCode } = variant.calculated_price ?? {}
    const season = byVariant.get(variant.id)
    const preorder = season?.preorder
    return {
      id: variant.id,
      price: typeof amount === "number" && currencyCode ? { amount, currencyCode } : null,
      inStock: variant.manage_inventory === false || (variant.inventory_quantity ?? 0) > 0,
      inSeason: season?.in_season !== false,
      preorder: preorder ? { open: preorder.open, expectedShippingMonth: preorder.expected_shipping_month } : null,
    }
  })
}

/** What the add button does for a variant: add it, pre-order it (shipping in a month), or nothing. */
export type BuyAction = { kind: "add" } | { kind: "preorder"; shipsIn: string | null } | { kind: "unavailable" }

/** The add button's action: buyable now (in season, in stock), else a pre-order while one is open. */
export function buyAction(variant: LiveVariant): BuyAction {
  if (variant.inSeason && variant.inStock) return { kind: "add" }
  if (variant.preorder?.open) return { kind: "preorder", shipsIn: variant.preorder.expectedShippingMonth }
  return { kind: "unavailable" }
}

/** "September 2026" in the page's language for a `YYYY-MM` month; null when there is no month to say. */
export const shippingMonthLabel: (month: string | null | undefined, locale: Locale) => string | null = yearMonthLabel

/** The price a variant shows, or `unavailable` (the page's "price on request") when the region has none. */
export function livePriceText(price: Money | null, locale: Locale, unavailable: string): string {
  return price ? formatMoney(price.amount, price.currencyCode, locale) : unavailable
}

/** The product's headline price: the lowest, through `fromTemplate` ("from {price}") when sizes differ. */
export function liveSummaryText(
  variants: readonly LiveVariant[],
  locale: Locale,
  fromTemplate: string,
  unavailable: string,
): string {
  const summary = summarisePrices(variants.map((variant) => variant.price))
  if (!summary) return unavailable
  const price = formatMoney(summary.amount, summary.currencyCode, locale)
  return summary.from ? fromTemplate.replace("{price}", price) : price
}
