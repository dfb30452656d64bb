import type { ITranslationModuleService, MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import type { CatalogueNamed, CatalogueProduct, FieldTranslations } from "../modules/product-search/document"
import { present, seasonMonthsOf } from "./query-graph"

const PRODUCT_FIELDS = [
  "id",
  "handle",
  "title",
  "subtitle",
  "description",
  "thumbnail",
  "status",
  "created_at",
  "metadata",
  "tags.value",
  "categories.id",
  "categories.handle",
  "categories.name",
  "producer_group.id",
  "producer_group.handle",
  "producer_group.name",
  "producer_group.village",
  "variants.id",
  "variants.manage_inventory",
  "variants.prices.amount",
  "variants.prices.currency_code",
  "variants.prices.price_rules.attribute",
  "variants.inventory_items.inventory.location_levels.stocked_quantity",
  "variants.inventory_items.inventory.location_levels.reserved_quantity",
]

/**
 * What the search index holds of the products `ids` (every published product when `ids` is
 * omitted), with their translations and those of their category and producer group. A product
 * that is missing, deleted or not published is not returned: the caller removes it from the index.
 */
export async function loadSearchCatalogue(container: MedusaContainer, ids?: string[]): Promise<CatalogueProduct[]> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "product",
    fields: PRODUCT_FIELDS,
    filters: ids ? { id: ids, status: "published" } : { status: "published" },
  })
  const products = present(data)
  const categoryOf = (product: (typeof products)[number]) => present(product.categories)[0] ?? null
  const recordIds = new Set<string>()
  for (const product of products) {
    recordIds.add(product.id)
    const category = categoryOf(product)
    if (category) recordIds.add(category.id)
    if (product.producer_group?.id) recordIds.add(product.producer_group.id)
  }
  const translations = await translationsOf(container, [...recordIds])
  const named = (
    record: { id: string; handle: string } | null | undefined,
    fields: Record<string, string | null | undefined>,
  ): CatalogueNamed | null =>
    record ? { id: record.id, handle: record.handle, fields, translations: translations.get(record.id) ?? {} } : null
  return products.map((product): CatalogueProduct => {
    const category = categoryOf(product)
    const group = product.producer_group
    const variants = present(product.variants)
    return {
      id: product.id,
      handle: product.handle,
      thumbnail: product.thumbnail ?? null,
      created_at: new Date(product.created_at as unknown as string).toISOString(),
      fields: { title: product.title, subtitle: product.subtitle, description: product.description },
      translations: translations.get(product.id) ?? {},
      category: named(category, { name: category?.name }),
      producerGroup: named(group, { name: group?.name, village: group?.village }),
      tags: present(product.tags).map((tag) => tag.value),
      seasonMonths: seasonMonthsOf(product.metadata as Record<string, unknown> | null) ?? [],
      // `variants.prices` comes through the variant <-> price set link, which the generated types do not declare.
      prices: lowestPrices(variants as unknown as PricedVariant[]),
      inStock: variants.some(variantInStock),
    }
  })
}

type PricedVariant = {
  prices?: ({ amount?: unknown; currency_code?: string | null; price_rules?: unknown[] | null } | null)[] | null
}

/** The lowest list price of the variants per currency: prices without rules (a region's or quantity's price is not the list price). */
function lowestPrices(variants: PricedVariant[]): Record<string, number> {
  const lowest: Record<string, number> = {}
  for (const variant of variants) {
    for (const price of present(variant.prices)) {
      if (present(price.price_rules).length || !price.currency_code) continue
      const amount = Number(price.amount)
      if (!Number.isFinite(amount)) continue
      const currency = price.currency_code.toLowerCase()
      if (lowest[currency] === undefined || amount < lowest[currency]) lowest[currency] = amount
    }
  }
  return lowest
}

type StockedVariant = {
  manage_inventory?: boolean | null
  inventory_items?:
    | ({
        inventory?: {
          location_levels?: ({ stocked_quantity?: unknown; reserved_quantity?: unknown } | null)[] | null
        } | null
      } | null)[]
    | null
}

/** A variant is in stock when its stock is not managed, or some location holds more than it has reserved. */
function variantInStock(variant: StockedVariant): boolean {
  if (!variant.manage_inventory) return true
  return present(variant.inventory_items).some((item) =>
    present(item.inventory?.location_levels).some(
      (level) => Number(level.stocked_quantity ?? 0) - Number(level.reserved_quantity ?? 0) > 0,
    ),
  )
}

/** Translations of the records `ids`, by record and locale. */
async function translationsOf(container: MedusaContainer, ids: string[]): Promise<Map<string, FieldTranslations>> {
  const byRecord = new Map<string, FieldTranslations>()
  if (!ids.length) return byRecord
  const translationModule: ITranslationModuleService = container.resolve(Modules.TRANSLATION)
  const rows = await translationModule.listTranslations(
    { reference_id: ids },
    { select: ["reference_id", "locale_code", "translations"], take: null },
  )
  for (const row of rows) {
    const entry = byRecord.get(row.reference_id) ?? {}
    entry[row.locale_code as keyof FieldTranslations] = (row.translations ?? {}) as Record<string, unknown>
    byRecord.set(row.reference_id, entry)
  }
  return byRecord
}
