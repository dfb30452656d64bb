/**
 * Helpers for reading `query.graph` results through the types Medusa generates into
 * `.medusa/types` (on `medusa build` and `medusa develop`): `data` is typed per entity, links
 * included, with every relation a nullable list of nullable records. Without those types
 * (a fresh clone) `data` is `any[]` and these helpers pass values through unchanged.
 */

/**
 * The records of a relation list, without the null entries the generated types allow (typed by
 * the list's own type, so an untyped `any` list stays `any`).
 */
export function present<List extends readonly unknown[] | null | undefined>(
  items: List,
): NonNullable<NonNullable<List>[number]>[] {
  type Item = NonNullable<NonNullable<List>[number]>
  // The one place a list element is narrowed by hand: TypeScript cannot follow a generic list's element type.
  return (items ?? []).filter((item) => item !== null && item !== undefined) as Item[]
}

/** A variant's calculated price as `query.graph` computes it for `calculated_price.*` with a `QueryContext`. */
export type CalculatedPrice = {
  calculated_amount: number | null
  original_amount?: number | null
  currency_code?: string | null
  is_calculated_price_tax_inclusive?: boolean
}

/**
 * The calculated price `query.graph` adds to a variant asked for `calculated_price.*`: Medusa
 * computes the field from the pricing context, and its generated types do not declare it, so it is
 * read here, checked, once.
 */
export function calculatedPriceOf(variant: object | null | undefined): CalculatedPrice | undefined {
  if (!variant || !("calculated_price" in variant)) return undefined
  const price = variant.calculated_price
  if (typeof price !== "object" || price === null || !("calculated_amount" in price)) return undefined
  const amount = price.calculated_amount
  if (amount !== null && typeof amount !== "number") return undefined
  return price as CalculatedPrice
}

/**
 * The season window a product's or variant's metadata carries (`season_months`), as stored:
 * metadata is free JSON, so anything but a list is read as no window.
 */
export function seasonMonthsOf(metadata: Record<string, unknown> | null | undefined): number[] | undefined {
  const months = metadata?.season_months
  return Array.isArray(months) ? months : undefined
}
