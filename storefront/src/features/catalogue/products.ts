import { type AppliedRestriction, restrictionsOf } from "@ovop/domain"
import { seasonWindowOf } from "../season/season"
import { type Money, type PriceSummary, summarisePrices } from "./price"

/** Whether a product is eaten (it lists ingredients) or a craft (it lists its material). */
export type ProductKind = "food" | "craft"

/** One size, colour or pack of a product, priced in one currency. */
export type CatalogueVariant = {
  id: string
  title: string
  price: Money | null
  /** Shipping weight in grams, packaging included. */
  weightGrams: number | null
  inStock: boolean
  /** Best-before day (YYYY-MM-DD) of the harvest lot the variant is sold from; food only. */
  bestBefore: string | null
}

/** A product as the pages need it, in one language and priced in one currency. */
export type CatalogueProduct = {
  id: string
  handle: string
  title: string
  subtitle: string | null
  description: string | null
  kind: ProductKind
  /** Ingredients for food, material for crafts (Medusa's `material` field holds either). */
  composition: string | null
  allergens: string[]
  warnings: string[]
  thumbnail: string | null
  /** Every picture of the product, the thumbnail first: the product page's gallery. */
  images: string[]
  hsCode: string | null
  originCountry: string | null
  category: string | null
  /** The category's description in the same language; null when the category has none. */
  categoryDescription: string | null
  /** The category's handle, the last segment of its listing page's URL. */
  categoryHandle: string | null
  /** The category's place in the association's order of categories (Medusa's `rank`). */
  categoryRank: number | null
  /** When the product was added to the store (ISO 8601), for "newest first". */
  createdAt: string | null
  /** Handles of every seasonal collection the product belongs to. */
  collectionHandles: string[]
  /** Months (1-12, Bishkek) the product is sold from stock; empty means all year. */
  seasonMonths: number[]
  variants: CatalogueVariant[]
  /** The card price in the page's currency. */
  price: PriceSummary | null
  /** The card price in every currency of the store (lower-case code), for cards that follow the shopper's region. */
  prices: Partial<Record<string, PriceSummary | null>>
  producerGroup: { handle: string; name: string; active: boolean } | null
  /** The countries it may not be sent to, and why (its own and its categories' restrictions, `@ovop/domain`). */
  restrictions: AppliedRestriction[]
}

/** A seasonal collection's handle and its title in the page's language. */
export type CatalogueCollection = { handle: string; title: string }

/** The fields the storefront asks `GET /store/products` for. */
export const storeProductFields = [
  "id",
  "handle",
  "title",
  "subtitle",
  "description",
  "material",
  "thumbnail",
  "images.url",
  "hs_code",
  "origin_country",
  "metadata",
  "created_at",
  // Whole relations: with a field list, Medusa leaves the collection untranslated and the categories out.
  "*categories",
  "*collection",
  "variants.id",
  "variants.title",
  "variants.weight",
  "variants.manage_inventory",
  "+variants.inventory_quantity",
  "*variants.calculated_price",
  "producer_group.handle",
  "producer_group.name",
  "producer_group.status",
].join(",")

/** A product as `GET /store/products` answers it with `storeProductFields`. */
export type StoreProduct = {
  id: string
  handle: string
  title: string
  subtitle: string | null
  description: string | null
  material: string | null
  thumbnail: string | null
  images?: { url: string }[] | null
  hs_code: string | null
  origin_country: string | null
  metadata: Record<string, unknown> | null
  created_at?: string | null
  categories?:
    | {
        name: string
        description?: string | null
        handle?: string | null
        rank?: number | null
        metadata?: Record<string, unknown> | null
      }[]
    | null
  collection?: { handle: string; title: string } | null
  variants?:
    | {
        id: string
        title: string | null
        weight: number | null
        manage_inventory: boolean | null
        inventory_quantity?: number | null
        calculated_price?: { calculated_amount: number | null; currency_code: string | null } | null
      }[]
    | null
  producer_group?: { handle: string; name: string; status: string } | null
}

const codes = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((code): code is string => typeof code === "string") : []

const titleOrder = new Intl.Collator("en", { numeric: true })
const byPriceThenTitle = (a: CatalogueVariant, b: CatalogueVariant) =>
  (a.price?.amount ?? Number.POSITIVE_INFINITY) - (b.price?.amount ?? Number.POSITIVE_INFINITY) ||
  titleOrder.compare(a.title, b.title)

/** The storefront's view of a product from the store API's answer, variants cheapest first. */
export function toCatalogueProduct(product: StoreProduct): CatalogueProduct {
  const metadata = product.metadata ?? {}
  const variants = (product.variants ?? []).map((variant): CatalogueVariant => {
    const { calculated_amount: amount, currency_code: currencyCode } = variant.calculated_price ?? {}
    return {
      id: variant.id,
      title: variant.title ?? "",
      price: typeof amount === "number" && currencyCode ? { amount, currencyCode } : null,
      weightGrams: variant.weight ?? null,
      inStock: variant.manage_inventory === false || (variant.inventory_quantity ?? 0) > 0,
      bestBefore: null,
    }
  })
  // The store API gives variants in no stable order: show the smallest, cheapest size first.
  variants.sort(byPriceThenTitle)
  const collectionHandles = codes(metadata.collections)
  if (product.collection && !collectionHandles.includes(product.collection.handle)) {
    collectionHandles.unshift(product.collection.handle)
  }
  const group = product.producer_group
  const price = summarisePrices(variants.map((variant) => variant.price))
  return {
    id: product.id,
    handle: product.handle,
    title: product.title,
    subtitle: product.subtitle || null,
    description: product.description || null,
    kind: metadata.kind === "craft" ? "craft" : "food",
    composition: product.material || null,
    allergens: codes(metadata.allergens),
    warnings: codes(metadata.warnings),
    thumbnail: product.thumbnail || null,
    images: [
      ...new Set([product.thumbnail, ...(product.images ?? []).map((image) => image.url)].filter(Boolean) as string[]),
    ],
    hsCode: product.hs_code || null,
    originCountry: product.origin_country || null,
    category: product.categories?.[0]?.name ?? null,
    // Medusa stores a category without a description as "".
    categoryDescription: product.categories?.[0]?.description || null,
    categoryHandle: product.categories?.[0]?.handle ?? null,
    categoryRank: product.categories?.[0]?.rank ?? null,
    createdAt: product.created_at ?? null,
    collectionHandles,
    seasonMonths: seasonWindowOf(metadata),
    variants,
    price,
    prices: price ? { [price.currencyCode.toLowerCase()]: price } : {},
    producerGroup: group ? { handle: group.handle, name: group.name, active: group.status === "active" } : null,
    restrictions: restrictionsOf({ metadata, categories: product.categories }),
  }
}

/** Whether the store offers the product now: false while its producer group has paused its sales. */
export function isOffered(product: CatalogueProduct): boolean {
  return product.producerGroup?.active !== false
}

/** Whether a shopper can buy the variant now (as of the build): offered and in stock. */
export function isAvailable(product: CatalogueProduct, variant: CatalogueVariant): boolean {
  return isOffered(product) && variant.inStock
}

// The home page walks through the year: summer's harvest, the winter pantry, then the crafts made
// all year. Collections the storefront does not know yet follow, by handle.
const seasonOrder = ["summer-harvest", "winter-pantry", "handicrafts"]
const seasonRank = (handle: string) => {
  const rank = seasonOrder.indexOf(handle)
  return rank === -1 ? seasonOrder.length : rank
}

/**
 * The seasonal collections the products belong to, titled as the products' own `collection`
 * gives them (in the request's language), in the home page's order.
 */
export function collectionsOf(products: readonly StoreProduct[]): CatalogueCollection[] {
  const byHandle = new Map<string, CatalogueCollection>()
  for (const { collection } of products) {
    if (collection && !byHandle.has(collection.handle)) {
      byHandle.set(collection.handle, { handle: collection.handle, title: collection.title })
    }
  }
  return [...byHandle.values()].sort(
    (a, b) => seasonRank(a.handle) - seasonRank(b.handle) || a.handle.localeCompare(b.handle),
  )
}

/** A home page section: one seasonal collection and its products offered now. */
export type CollectionSection = { collection: CatalogueCollection; products: CatalogueProduct[] }

/**
 * The home page's seasonal sections, in the collections' order: each collection with the
 * products on sale that belong to it (a product may sit in two seasons). Empty ones are left out.
 */
export function collectionSections(
  collections: readonly CatalogueCollection[],
  products: readonly CatalogueProduct[],
): CollectionSection[] {
  return collections
    .map((collection) => ({
      collection,
      products: products.filter(
        (product) => isOffered(product) && product.collectionHandles.includes(collection.handle),
      ),
    }))
    .filter((section) => section.products.length > 0)
}
