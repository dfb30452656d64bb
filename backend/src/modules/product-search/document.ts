import { isInSeason, LOCALE_FALLBACKS, LOCALES, type Locale, SOURCE_LOCALE, type TranslatedLocale } from "@ovop/domain"
import { normalizeSearchText } from "./text"

/** A record's translated fields per translated locale (the Translation module's rows). */
export type FieldTranslations = Partial<Record<TranslatedLocale, Record<string, unknown>>>

/** A named record the product belongs to (category, producer group), with its translations. */
export type CatalogueNamed = {
  id: string
  handle: string
  /** English source fields (`name` for a category and a group, `village` for a group). */
  fields: Record<string, string | null | undefined>
  translations: FieldTranslations
}

/** What the indexer reads of one product: the catalogue's record and its translations. */
export type CatalogueProduct = {
  id: string
  handle: string
  thumbnail: string | null
  created_at: string
  /** English source text: title, subtitle, description. */
  fields: Record<string, string | null | undefined>
  translations: FieldTranslations
  category: CatalogueNamed | null
  producerGroup: CatalogueNamed | null
  tags: string[]
  /** Season window (`metadata.season_months`); empty is all year. */
  seasonMonths: number[]
  /** The lowest variant price per currency (lower-case code), in the currency's units as Medusa stores them. */
  prices: Record<string, number>
  /** Whether any variant can be sold from stock now (stock on hand, or stock not managed). */
  inStock: boolean
}

/**
 * One product as one locale's index holds it: the text a shopper of that locale reads (English
 * where the locale has no translation, after its fallbacks: ky -> ru), what the filters and sorts
 * read, and what a result shows. Both providers index this same shape.
 */
export type SearchDocument = {
  id: string
  locale: Locale
  handle: string
  title: string
  subtitle: string
  description: string
  category: string
  category_handle: string
  group: string
  group_handle: string
  village: string
  tags: string[]
  thumbnail: string | null
  /** Lowest price per currency, e.g. `{ kgs: 350, jpy: 1070, usd: 4.5 }`. */
  prices: Record<string, number>
  /** Each currency's price as its own field (`price_kgs`), for engines that filter and sort flat fields. */
  [price: `price_${string}`]: number
  season_months: number[]
  /** Sold all year (no season window): always in season. */
  all_year: boolean
  in_stock: boolean
  /** ISO date-time of the product's creation; `created_at_ts` is the same in seconds, for sorting. */
  created_at: string
  created_at_ts: number
}

/** The text fields a query matches, with how much a match in each weighs (title most). */
export const SEARCHABLE_FIELDS = ["title", "subtitle", "category", "group", "village", "tags", "description"] as const

/** The field value a reader of `locale` gets: own translation, then the fallbacks, then English. */
export function localizedField(
  locale: Locale,
  source: Record<string, string | null | undefined>,
  translations: FieldTranslations,
  field: string,
): string {
  const order: TranslatedLocale[] = locale === SOURCE_LOCALE ? [] : [locale, ...LOCALE_FALLBACKS[locale]]
  for (const candidate of order) {
    const value = translations[candidate]?.[field]
    if (typeof value === "string" && value.trim()) return value
  }
  return source[field] ?? ""
}

/** The documents of one product, one per locale. */
export function toSearchDocuments(product: CatalogueProduct): SearchDocument[] {
  return LOCALES.map((locale) => toSearchDocument(product, locale))
}

/** The document of one product in one locale's index. */
export function toSearchDocument(product: CatalogueProduct, locale: Locale): SearchDocument {
  const named = (record: CatalogueNamed | null, field: string) =>
    record ? localizedField(locale, record.fields, record.translations, field) : ""
  const text = (field: string) => localizedField(locale, product.fields, product.translations, field)
  const prices = Object.fromEntries(
    Object.entries(product.prices).map(([currency, amount]) => [currency.toLowerCase(), amount]),
  )
  const createdAt = new Date(product.created_at)
  return {
    id: product.id,
    locale,
    handle: product.handle,
    title: text("title"),
    subtitle: text("subtitle"),
    description: text("description"),
    category: named(product.category, "name"),
    category_handle: product.category?.handle ?? "",
    group: named(product.producerGroup, "name"),
    group_handle: product.producerGroup?.handle ?? "",
    village: named(product.producerGroup, "village"),
    tags: product.tags,
    thumbnail: product.thumbnail,
    prices,
    ...Object.fromEntries(Object.entries(prices).map(([currency, amount]) => [`price_${currency}`, amount])),
    season_months: [...product.seasonMonths].sort((a, b) => a - b),
    all_year: product.seasonMonths.length === 0 || new Set(product.seasonMonths).size === 12,
    in_stock: product.inStock,
    created_at: createdAt.toISOString(),
    created_at_ts: Math.floor(createdAt.getTime() / 1000),
  }
}

/** Whether a document's product is in season at `instant` (read in Bishkek, as the whole shop reads seasons). */
export function documentInSeason(document: Pick<SearchDocument, "season_months">, instant: Date): boolean {
  return isInSeason(document.season_months, instant)
}

/**
 * The normalized text a document is matched on, per weight class: the title alone (a match there
 * ranks first), the short fields (subtitle, category, group, village, tags), the description.
 */
export function matchText(document: SearchDocument): { title: string; short: string; body: string } {
  const normalize = (value: string) => normalizeSearchText(value, document.locale)
  return {
    title: normalize(document.title),
    short: normalize(
      [document.subtitle, document.category, document.group, document.village, ...document.tags].join(" "),
    ),
    body: normalize(document.description),
  }
}
