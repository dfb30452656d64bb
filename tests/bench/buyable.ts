import { type CertificateDates, certificateState, effectiveWindow, isInSeason, seasonWindowOf } from "@ovop/domain"

/** A variant as `GET /store/products` answers it with `buyableProductFields`. */
export type StoreVariant = {
  id: string
  manage_inventory?: boolean | null
  allow_backorder?: boolean | null
  inventory_quantity?: number | null
  metadata?: Record<string, unknown> | null
  calculated_price?: { calculated_amount?: number | null } | null
}

/** A product as `GET /store/products` answers it with `buyableProductFields`. */
export type StoreProduct = {
  handle: string
  metadata?: Record<string, unknown> | null
  producer_group?: (CertificateDates & { status?: string | null }) | null
  variants?: StoreVariant[] | null
}

/**
 * The fields of `GET /store/products` the choice reads: season windows (product and variant
 * metadata), stock, region prices and the producer group's status and certificate.
 */
export const buyableProductFields = [
  "handle",
  "+metadata",
  "*variants.calculated_price",
  "+variants.metadata",
  "+variants.manage_inventory",
  "+variants.allow_backorder",
  "+variants.inventory_quantity",
  "producer_group.status",
  "producer_group.certificate_number",
  "producer_group.certificate_valid_from",
  "producer_group.certificate_valid_to",
].join(",")

/** Why a variant cannot be added to a cart from stock at a given instant; `undefined` when it can. */
export type NotBuyableReason = "out_of_season" | "sold_out" | "group_paused" | "certificate_expired" | "no_price"

/**
 * Why `variant` of `product` cannot be added to a cart at `now`, judged the way the cart rules
 * judge it (`@ovop/domain`'s season and certificate rules): in season in Bishkek, at least
 * `minStock` units when its stock is managed, the group not paused, a price in the region. A
 * group with an expired certificate is counted out: the store setting that takes it off sale is
 * not visible to shoppers, so the choice does not rely on it being off.
 */
export function notBuyableReason(
  product: StoreProduct,
  variant: StoreVariant,
  now: Date,
  minStock: number,
): NotBuyableReason | undefined {
  if (product.producer_group?.status === "paused") return "group_paused"
  if (product.producer_group && certificateState(product.producer_group, now) === "expired")
    return "certificate_expired"
  const window = effectiveWindow(
    seasonWindowOf(product.metadata),
    variant.metadata?.season_months !== undefined ? seasonWindowOf(variant.metadata) : undefined,
  )
  if (!isInSeason(window, now)) return "out_of_season"
  if (variant.manage_inventory && !variant.allow_backorder && (variant.inventory_quantity ?? 0) < minStock)
    return "sold_out"
  if (variant.calculated_price && variant.calculated_price.calculated_amount == null) return "no_price"
  return undefined
}

/** The variants a scenario may add to carts, and how many were left out for which reason. */
export type BuyableChoice = { variantIds: string[]; leftOut: Partial<Record<NotBuyableReason, number>> }

/**
 * The variants of `products` that can be bought at `now` with at least `minStock` units on the
 * shelf (what the benchmark adds to carts, so every timed add succeeds whatever the day of the
 * year), in catalogue order, and a tally of the others by reason.
 */
export function chooseBuyableVariants(products: readonly StoreProduct[], now: Date, minStock: number): BuyableChoice {
  const choice: BuyableChoice = { variantIds: [], leftOut: {} }
  for (const product of products) {
    for (const variant of product.variants ?? []) {
      const reason = notBuyableReason(product, variant, now, minStock)
      if (reason) choice.leftOut[reason] = (choice.leftOut[reason] ?? 0) + 1
      else choice.variantIds.push(variant.id)
    }
  }
  return choice
}

/** The tally of left-out variants as a phrase for the run's output ("12 out of season, 1 sold out"). */
export function describeLeftOut(leftOut: BuyableChoice["leftOut"]): string {
  const parts = Object.entries(leftOut).map(([reason, count]) => `${count} ${reason.replace(/_/g, " ")}`)
  return parts.length ? parts.join(", ") : "none"
}
