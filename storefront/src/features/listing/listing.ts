// The catalogue pages' filters and sort, shared by the build (initial order, count) and the
// browser island (which filters and reorders the built cards in place). No imports: the island
// bundles this file, and it must stay under its 2 KB budget.

/** The orders a listing can be sorted in; the first is the default. */
export const sortOrders = ["featured", "price-asc", "price-desc", "name"] as const

/** One of the listing's sort orders. */
export type SortOrder = (typeof sortOrders)[number]

/** What the filters and the sort read of one product card (built into its data attributes). */
export type ListingItem = {
  /** The producer group's handle; empty when the product names none. */
  group: string
  /** Sold from stock on the build's day (Bishkek): in its season, or sold all year. */
  inSeason: boolean
  /** The card's price: the cheapest variant, in the currency's main unit; null when unpriced. */
  price: number | null
  /** Place in the featured order (0 first): in season first, then newest, then by name. */
  featuredRank: number
  /** Place in the alphabetical order of the page's language (0 first). */
  nameRank: number
}

/** What a shopper asked the listing for: the query string `?group=&season=now&min=&max=&sort=`. */
export type ListingFilter = {
  group: string | null
  inSeason: boolean
  minPrice: number | null
  maxPrice: number | null
  sort: SortOrder
}

/** No filter, the featured order: the page as built. */
export const noFilter: ListingFilter = {
  group: null,
  inSeason: false,
  minPrice: null,
  maxPrice: null,
  sort: "featured",
}

/** A price typed by a shopper ("1 200", "6,50", "6.5"); null when empty or not a price. */
export function parsePrice(text: string | null | undefined): number | null {
  const cleaned = (text ?? "").replace(/[\s\u00a0\u202f]/g, "").replace(",", ".")
  return /^\d+(\.\d+)?$/.test(cleaned) ? Number(cleaned) : null
}

/**
 * The filter a query string (or the form's data) asks for. A group the page does not list, an
 * unknown sort and a price that is not one are ignored; a range typed backwards is turned round.
 */
export function parseFilter(query: URLSearchParams, groups: readonly string[]): ListingFilter {
  const group = query.get("group") ?? ""
  const sort = query.get("sort") as SortOrder
  let minPrice = parsePrice(query.get("min"))
  let maxPrice = parsePrice(query.get("max"))
  if (minPrice !== null && maxPrice !== null && minPrice > maxPrice) [minPrice, maxPrice] = [maxPrice, minPrice]
  return {
    group: groups.includes(group) ? group : null,
    inSeason: query.get("season") === "now",
    minPrice,
    maxPrice,
    sort: sortOrders.includes(sort) ? sort : "featured",
  }
}

/** The query string that shares `filter` ("" for no filter): only what differs from the page as built. */
export function filterQuery(filter: ListingFilter): string {
  const query = new URLSearchParams()
  if (filter.group) query.set("group", filter.group)
  if (filter.inSeason) query.set("season", "now")
  if (filter.minPrice !== null) query.set("min", String(filter.minPrice))
  if (filter.maxPrice !== null) query.set("max", String(filter.maxPrice))
  if (filter.sort !== "featured") query.set("sort", filter.sort)
  const text = query.toString()
  return text ? `?${text}` : ""
}

/**
 * The query a link to another listing page carries from the current filter: the filters that
 * belong there. A group the target does not list is dropped (it would empty the list); the season,
 * the price range and the sort apply to any list and travel along.
 */
export function linkQuery(filter: ListingFilter, targetGroups: readonly string[]): string {
  const group = filter.group && targetGroups.includes(filter.group) ? filter.group : null
  return filterQuery({ ...filter, group })
}

/** Whether `item` passes every filter; a price bound leaves unpriced products out. */
export function matchesFilter(item: ListingItem, filter: ListingFilter): boolean {
  const { price } = item
  return (
    (!filter.group || item.group === filter.group) &&
    (!filter.inSeason || item.inSeason) &&
    (filter.minPrice === null || (price !== null && price >= filter.minPrice)) &&
    (filter.maxPrice === null || (price !== null && price <= filter.maxPrice))
  )
}

// Unpriced products go last in either price order; equal prices keep the featured order.
const priceOf = (item: ListingItem, missing: number) => item.price ?? missing
const comparators: Record<SortOrder, (a: ListingItem, b: ListingItem) => number> = {
  featured: (a, b) => a.featuredRank - b.featuredRank,
  "price-asc": (a, b) => priceOf(a, Infinity) - priceOf(b, Infinity) || a.featuredRank - b.featuredRank,
  "price-desc": (a, b) => priceOf(b, -Infinity) - priceOf(a, -Infinity) || a.featuredRank - b.featuredRank,
  name: (a, b) => a.nameRank - b.nameRank,
}

/** The items `filter` keeps, in its sort order. */
export function applyFilter<T extends ListingItem>(items: readonly T[], filter: ListingFilter): T[] {
  return items.filter((item) => matchesFilter(item, filter)).sort(comparators[filter.sort])
}

/** "12 products" in the page's language: `forms` by plural category (`other` is required). */
export type CountForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string }

/** The result count's text, the form chosen by the language's plural rules (1 товар, 3 товара, 5 товаров). */
export function countText(count: number, forms: CountForms, rules: Intl.PluralRules): string {
  return (forms[rules.select(count)] ?? forms.other).replace("{count}", String(count))
}
