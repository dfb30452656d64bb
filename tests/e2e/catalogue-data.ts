import fs from "node:fs"
import path from "node:path"
import { formatMoney as formatPrice } from "@ovop/domain"
import { resolveSeedDay } from "../../backend/src/scripts/seed/seed-day"
import { repoRoot } from "../../scripts/lib/config"
import { currencyForLocale } from "../../storefront/src/features/catalogue/currency"
import { summarisePrices } from "../../storefront/src/features/catalogue/price"
import type { Locale } from "../../storefront/src/i18n/locales"

/** A text in each storefront language, as the seed data writes it. */
export type Localized = Record<Locale, string>

/** A product of the seed catalogue (seed/data/ovop/products.json), the fields the tests read. */
export type SeedProduct = {
  handle: string
  group: string
  category: string
  title: Localized
  warnings: string[]
  /** Months (1-12, Bishkek) the product is sold from stock; empty or all twelve means all year. */
  season_months: number[]
  option: { values: { value: string; label: Localized }[] }
  variants: { sku: string; option_value: string; prices: Record<"kgs" | "jpy" | "usd", number> }[]
}

/** A producer group of the seed catalogue (seed/data/ovop/producer-groups.json). */
export type SeedGroup = {
  handle: string
  name: Localized
  story: Localized
  status: "active" | "paused"
  certificate: { number: string; issuer: Localized; valid_from: string; valid_to: string } | null
}

/** A destination a product or a category may not be sent to (seed/data/ovop/restrictions.json). */
export type SeedRestriction = { category?: string; product?: string; country_code: string }

/** A product category of the seed catalogue (seed/data/ovop/categories.json). */
export type SeedCategory = { handle: string; name: Localized }

const seedFile = <T>(name: string): T =>
  JSON.parse(fs.readFileSync(path.join(repoRoot, "seed", "data", "ovop", name), "utf8")) as T

/** The seed's products, groups, categories and warning texts: what the store the tests start sells. */
export const seed = {
  products: seedFile<SeedProduct[]>("products.json"),
  // Certificate days are written relative to the seed's day (`today-640d`): read as the seed read them.
  groups: seedFile<SeedGroup[]>("producer-groups.json").map((group) => ({
    ...group,
    certificate: group.certificate && {
      ...group.certificate,
      valid_from: resolveSeedDay(group.certificate.valid_from, new Date()),
      valid_to: resolveSeedDay(group.certificate.valid_to, new Date()),
    },
  })),
  categories: seedFile<SeedCategory[]>("categories.json"),
  warnings: seedFile<Record<string, Localized>>("warnings.json"),
  restrictions: seedFile<SeedRestriction[]>("restrictions.json"),
}

/**
 * True when the product may be sent to every country the shop ships to: a test that moves a cart
 * between regions (som, yen, dollars) picks such a product, or the region a restriction covers
 * (jerky to Japan) refuses it.
 */
export function sentEverywhere(product: SeedProduct): boolean {
  return !seed.restrictions.some(
    (restriction) => restriction.product === product.handle || restriction.category === product.category,
  )
}

/** The storefront's interface strings in `locale`. */
export function uiStrings(locale: Locale): Record<string, string> {
  const file = path.join(repoRoot, "storefront", "src", "i18n", `${locale}.json`)
  return JSON.parse(fs.readFileSync(file, "utf8")) as Record<string, string>
}

/** The storefront's string `key` in `locale`, its `{placeholders}` filled from `values` (the others left as written). */
export function text(locale: Locale, key: string, values: Record<string, string> = {}): string {
  return (uiStrings(locale)[key] ?? `missing ${key}`).replace(
    /\{(\w+)\}/g,
    (placeholder, name: string) => values[name] ?? placeholder,
  )
}

/** The group that makes `product`. */
export function groupOf(product: SeedProduct): SeedGroup {
  const group = seed.groups.find((candidate) => candidate.handle === product.group)
  if (!group) throw new Error(`${product.handle}: no group ${product.group} in the seed`)
  return group
}

/**
 * The seed product `handle`, checked to be sold all year by an active group, so the store sells
 * it whatever the day the tests run.
 */
export function onSaleAllYear(handle: string): SeedProduct {
  const product = seed.products.find((candidate) => candidate.handle === handle)
  const allYear = product && (product.season_months.length === 0 || product.season_months.length === 12)
  if (!product || !allYear || groupOf(product).status !== "active") throw new Error(`the seed has no ${handle} on sale`)
  return product
}

/** A variant's label in `locale` (its option value's translation). */
export function variantLabel(product: SeedProduct, optionValue: string, locale: Locale): string {
  const label = product.option.values.find((value) => value.value === optionValue)?.label[locale]
  if (!label) throw new Error(`${product.handle}: no label for ${optionValue} in ${locale}`)
  return label
}

/**
 * The price a product card shows in `locale`: the lowest variant price, "from" when sizes differ;
 * in the language's currency unless the shopper chose another (`currency`).
 */
export function cardPrice(
  product: SeedProduct,
  locale: Locale,
  currency: "kgs" | "jpy" | "usd" = currencyForLocale(locale),
): string {
  const summary = summarisePrices(
    product.variants.map((variant) => ({ amount: variant.prices[currency], currencyCode: currency })),
  )
  if (!summary) throw new Error(`${product.handle} has no ${currency} price`)
  const price = formatPrice(summary.amount, currency, locale)
  return summary.from ? (uiStrings(locale)["price.from"] ?? "").replace("{price}", price) : price
}

/** Whether the group carries the Issyk-Kul brand today (a Bishkek calendar day, as the backend decides). */
export function isCertifiedToday(group: SeedGroup): boolean {
  if (!group.certificate) return false
  const today = new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Bishkek" }).format(new Date())
  return group.certificate.valid_from <= today && today <= group.certificate.valid_to
}
