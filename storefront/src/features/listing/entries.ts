import { type CatalogueProduct, isOffered } from "../catalogue/products"
import { makerOf, type ProducerGroup } from "../producer-groups/groups"
import { isInSeason } from "../season/season"
import type { ListingItem } from "./listing"

/**
 * A category that has a listing page: its handle, its name and description in the page's
 * language (null when it has none), how many products it offers.
 */
export type CatalogueCategory = { handle: string; name: string; description: string | null; productCount: number }

/** A product card of a listing page and what its filters read of it. */
export type ListingEntry = { product: CatalogueProduct; item: ListingItem }

/**
 * The categories with products on sale, in the association's order (Medusa's category rank, then
 * name): the links between the category pages. A category whose groups all paused their sales
 * has no page.
 */
export function catalogueCategories(products: readonly CatalogueProduct[]): CatalogueCategory[] {
  const byHandle = new Map<string, CatalogueCategory & { rank: number }>()
  for (const product of products) {
    if (!product.categoryHandle || !product.category || !isOffered(product)) continue
    const category = byHandle.get(product.categoryHandle)
    if (category) category.productCount++
    else {
      byHandle.set(product.categoryHandle, {
        handle: product.categoryHandle,
        name: product.category,
        description: product.categoryDescription,
        productCount: 1,
        rank: product.categoryRank ?? Number.POSITIVE_INFINITY,
      })
    }
  }
  return [...byHandle.values()]
    .sort((a, b) => a.rank - b.rank || a.name.localeCompare(b.name))
    .map(({ rank: _rank, ...category }) => category)
}

/**
 * The cards of a listing page: the products on sale (of `categoryHandle`, or all), in the featured
 * order: sold from stock on `today` first, then the newest, then by name in the page's language.
 * `locale` is an Intl locale ("ru-KG").
 */
export function listingEntries(
  products: readonly CatalogueProduct[],
  options: { categoryHandle: string | null; today: Date; locale: string },
): ListingEntry[] {
  const collator = new Intl.Collator(options.locale, { numeric: true })
  const listed = products
    .filter(
      (product) => isOffered(product) && (!options.categoryHandle || product.categoryHandle === options.categoryHandle),
    )
    .map((product) => ({ product, inSeason: isInSeason(product.seasonMonths, options.today) }))
  const byName = [...listed].sort((a, b) => collator.compare(a.product.title, b.product.title))
  const featured = [...listed].sort(
    (a, b) =>
      Number(b.inSeason) - Number(a.inSeason) ||
      (b.product.createdAt ?? "").localeCompare(a.product.createdAt ?? "") ||
      collator.compare(a.product.title, b.product.title),
  )
  return featured.map(({ product, inSeason }, featuredRank) => ({
    product,
    item: {
      group: product.producerGroup?.handle ?? "",
      inSeason,
      price: product.price?.amount ?? null,
      featuredRank,
      nameRank: byName.findIndex((entry) => entry.product === product),
    },
  }))
}

/** The producer groups a listing's products come from, for its group filter: handle and name, by name. */
export function listingGroups(
  entries: readonly ListingEntry[],
  groups: readonly ProducerGroup[],
  locale: string,
): { handle: string; name: string }[] {
  const byHandle = new Map<string, string>()
  for (const { product } of entries) {
    const maker = makerOf(groups, product)
    if (product.producerGroup && maker) byHandle.set(product.producerGroup.handle, maker.name)
  }
  const collator = new Intl.Collator(locale)
  return [...byHandle].map(([handle, name]) => ({ handle, name })).sort((a, b) => collator.compare(a.name, b.name))
}

/** The cheapest and dearest card prices of a listing, for the price filter's hint; null when nothing is priced. */
export function priceBounds(items: readonly ListingItem[]): { min: number; max: number } | null {
  const prices = items.map((item) => item.price).filter((price): price is number => price !== null)
  return prices.length ? { min: Math.min(...prices), max: Math.max(...prices) } : null
}

/**
 * The handles of the producer groups whose products a listing page offers (of `categoryHandle`,
 * or every category): what a category link may carry as its group filter.
 */
export function listedGroupHandles(products: readonly CatalogueProduct[], categoryHandle: string | null): string[] {
  const handles = products
    .filter((product) => isOffered(product) && (!categoryHandle || product.categoryHandle === categoryHandle))
    .map((product) => product.producerGroup?.handle)
    .filter((handle): handle is string => Boolean(handle))
  return [...new Set(handles)].sort()
}
