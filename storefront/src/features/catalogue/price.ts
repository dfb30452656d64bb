import type { Money } from "@ovop/domain"

/** An amount in a currency's main unit (som, yen, dollars): the domain's `Money`. */
export type { Money }

/** What a product card shows: the lowest variant price, marked "from" when the variants differ. */
export type PriceSummary = Money & { from: boolean }

/**
 * The lowest of the variants' prices, `from: true` when some variant costs more. Variants
 * without a price in the currency are left out; null when none has one.
 */
export function summarisePrices(prices: readonly (Money | null)[]): PriceSummary | null {
  const known = prices.filter((price): price is Money => price !== null)
  const [first, ...rest] = known
  if (!first) return null
  const lowest = rest.reduce((low, price) => (price.amount < low.amount ? price : low), first)
  const from = known.some((price) => price.amount !== lowest.amount)
  return { amount: lowest.amount, currencyCode: lowest.currencyCode, from }
}
