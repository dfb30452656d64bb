import { createHash } from "node:crypto"
import fs from "node:fs"
import path from "node:path"
import type { ExecArgs, ITranslationModuleService, MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import {
  createApiKeysWorkflow,
  createCollectionsWorkflow,
  createInventoryLevelsWorkflow,
  createProductCategoriesWorkflow,
  createProductsWorkflow,
  createRegionsWorkflow,
  createSalesChannelsWorkflow,
  createShippingOptionsWorkflow,
  createShippingProfilesWorkflow,
  createStockLocationsWorkflow,
  linkSalesChannelsToApiKeyWorkflow,
  linkSalesChannelsToStockLocationWorkflow,
  updateRegionsWorkflow,
  updateStoresWorkflow,
} from "@medusajs/medusa/core-flows"
import { LOCALE_NAMES, STORE_LOCALES, TRANSLATED_LOCALES } from "../lib/locales"
import { nextPaymentProviders, STRIPE_PAYMENT_PROVIDER, wantedPaymentProviders } from "../lib/payment-providers"
import { seedTaxRegions } from "../lib/tax-regions"
import { HARVEST_MODULE } from "../modules/harvest"
import type HarvestModuleService from "../modules/harvest/service"
import { PRODUCER_GROUP_MODULE } from "../modules/producer-group"
import type ProducerGroupModuleService from "../modules/producer-group/service"
import { createHarvestLotWorkflow } from "../workflows/harvest/workflows/create-harvest-lot"
import { transitionHarvestLotWorkflow } from "../workflows/harvest/workflows/transition-harvest-lot"
import { createProducerGroupWorkflow } from "../workflows/producer-group/workflows/create-producer-group"

/** Text in the four store languages, English first: the record keeps English, the rest are translations. */
type Localized = Record<(typeof STORE_LOCALES)[number], string>

type SeedGroup = {
  handle: string
  name: Localized
  village: Localized
  district: "ak-suu" | "jeti-oguz" | "ton" | "tyup" | "issyk-kul" | "karakol" | "balykchy"
  founded_year: number
  member_count: number
  women_member_count: number
  craft: Localized
  story: Localized
  certificate: { number: string; issuer: string; valid_from: string; valid_to: string } | null
  status: "active" | "paused"
  staff: {
    leader_name: string
    leader_phone: string
    payout: { method: "bank" | "mobile_wallet"; [detail: string]: string }
    commission_rate: number
  }
}

type SeedProduct = {
  handle: string
  group: string
  category: string
  collections: string[]
  title: Localized
  subtitle: Localized
  description: Localized
  ingredients?: Localized
  material?: Localized
  allergens: string[]
  warnings: string[]
  hs_code: string
  origin_country: string
  season_months: number[]
  shelf_life_days?: number
  option: { title: Localized; values: { value: string; label: Localized }[] }
  variants: { sku: string; option_value: string; weight_g: number; prices: { kgs: number; jpy: number; usd: number } }[]
}

type SeedCategory = { handle: string; name: Localized; description: Localized }
type SeedCollection = { handle: string; title: Localized; description: Localized }

/** What one seed run did, per part: how many records it created and how many were already there. */
export type SeedReport = Record<string, { created: number; existing: number }>

/** What the storefront build reads to talk to the backend. */
export type StorefrontSeedConfig = {
  publishableKey: string
  salesChannelId: string
  wholesale: { publishableKey: string; salesChannelId: string }
  regions: { id: string; name: string; currency_code: string; countries: string[] }[]
}

const RETAIL_CHANNEL = "Retail web"
const WHOLESALE_CHANNEL = "Export wholesale"
const WAREHOUSE = "OVOP warehouse, Karakol"

/** Regions the store sells in; som and yen prices include VAT and consumption tax. */
const REGIONS = [
  { name: "Kyrgyzstan", currency_code: "kgs", countries: ["kg"], is_tax_inclusive: true },
  { name: "Japan", currency_code: "jpy", countries: ["jp"], is_tax_inclusive: true },
  {
    name: "International",
    currency_code: "usd",
    countries: [
      "kz",
      "uz",
      "ru",
      "kr",
      "cn",
      "tr",
      "ae",
      "de",
      "fr",
      "gb",
      "it",
      "es",
      "nl",
      "ch",
      "se",
      "pl",
      "us",
      "ca",
      "au",
    ],
    is_tax_inclusive: false,
  },
] as const

/** Shipping options per service zone, in the zone's currency. */
const SHIPPING_OPTIONS = [
  { zone: "Kyrgyzstan", code: "kg-courier", name: "Courier across Kyrgyzstan", currency: "kgs", amount: 250 },
  { zone: "Kyrgyzstan", code: "kg-pickup", name: "Pickup at the Karakol warehouse", currency: "kgs", amount: 0 },
  { zone: "Japan", code: "jp-ems", name: "EMS to Japan", currency: "jpy", amount: 2800 },
  { zone: "International", code: "intl-post", name: "International post", currency: "usd", amount: 18 },
]

function findSeedDir(): string {
  if (process.env.OVOP_SEED_DIR) return path.resolve(process.env.OVOP_SEED_DIR)
  let dir = process.cwd()
  for (;;) {
    const candidate = path.join(dir, "seed", "data", "ovop")
    if (fs.existsSync(candidate)) return candidate
    const parent = path.dirname(dir)
    if (parent === dir) throw new Error("seed/data/ovop not found; set OVOP_SEED_DIR")
    dir = parent
  }
}

const readJson = <T>(dir: string, name: string): T => JSON.parse(fs.readFileSync(path.join(dir, name), "utf8")) as T

/** A stock figure that is the same on every run for the same SKU: food 20-59, crafts 4-15. */
function openingStock(sku: string, isCraft: boolean): number {
  const byte = createHash("sha256").update(sku).digest()[0] ?? 0
  return isCraft ? 4 + (byte % 12) : 20 + (byte % 40)
}

/** Translations of a record's fields in ja, ru and ky (English stays on the record). */
function translationsOf(fields: Record<string, Localized | undefined>): Record<string, Record<string, string>> {
  const byLocale: Record<string, Record<string, string>> = {}
  for (const locale of TRANSLATED_LOCALES) {
    const text: Record<string, string> = {}
    for (const [field, localized] of Object.entries(fields)) if (localized?.[locale]) text[field] = localized[locale]
    byLocale[locale] = text
  }
  return byLocale
}

type TranslationRow = {
  reference: string
  reference_id: string
  locale_code: string
  translations: Record<string, string>
}

/** The Translation module's rows for one record's fields (a row per language that has text). */
function translationRows(reference: string, referenceId: string, fields: Record<string, Localized | undefined>) {
  return Object.entries(translationsOf(fields))
    .filter(([, text]) => Object.keys(text).length)
    .map(
      ([locale_code, translations]): TranslationRow => ({
        reference,
        reference_id: referenceId,
        locale_code,
        translations,
      }),
    )
}

async function writeTranslations(
  container: MedusaContainer,
  reference: string,
  referenceId: string,
  fields: Record<string, Localized | undefined>,
): Promise<void> {
  const rows = translationRows(reference, referenceId, fields)
  const translationModule: ITranslationModuleService = container.resolve(Modules.TRANSLATION)
  if (rows.length) await translationModule.createTranslations(rows)
}

/**
 * Idempotent seed of the OVOP catalogue (seed/data/ovop): creates what is missing, leaves what
 * exists, and reports per part. Run by `npm start` and `npm run seed` through `medusa exec`.
 */
export default async function seed({ container }: ExecArgs): Promise<SeedReport> {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const link = container.resolve(ContainerRegistrationKeys.LINK)
  const summary: SeedReport = {}
  const report = (part: string, created: number, existing: number) => {
    summary[part] = { created, existing }
    logger.info(`seed: ${part}: ${created ? `created ${created}` : "unchanged"} (${existing} already there)`)
  }

  const seedDir = findSeedDir()
  const imagesDir = process.env.OVOP_SEED_IMAGES_DIR ? path.resolve(process.env.OVOP_SEED_IMAGES_DIR) : undefined
  const groups = readJson<SeedGroup[]>(seedDir, "producer-groups.json")
  const products = readJson<SeedProduct[]>(seedDir, "products.json")
  const categories = readJson<SeedCategory[]>(seedDir, "categories.json")
  const collections = readJson<SeedCollection[]>(seedDir, "collections.json")

  const storeModule = container.resolve(Modules.STORE)
  const salesChannelModule = container.resolve(Modules.SALES_CHANNEL)
  const apiKeyModule = container.resolve(Modules.API_KEY)
  const regionModule = container.resolve(Modules.REGION)
  const stockLocationModule = container.resolve(Modules.STOCK_LOCATION)
  const fulfillmentModule = container.resolve(Modules.FULFILLMENT)
  const productModule = container.resolve(Modules.PRODUCT)
  const translationModule: ITranslationModuleService = container.resolve(Modules.TRANSLATION)
  const fileModule = container.resolve(Modules.FILE)
  const producerGroups: ProducerGroupModuleService = container.resolve(PRODUCER_GROUP_MODULE)

  /** Uploads a rendered illustration through the file module (local folder or S3), once. */
  const uploadImage = async (kind: "products" | "groups", handle: string): Promise<string | undefined> => {
    const file = imagesDir && path.join(imagesDir, kind, `${handle}.webp`)
    if (!file || !fs.existsSync(file)) return undefined
    const [uploaded] = await fileModule.createFiles([
      {
        filename: `${kind === "groups" ? "group" : "product"}-${handle}.webp`,
        mimeType: "image/webp",
        content: fs.readFileSync(file).toString("base64"),
        access: "public",
      },
    ])
    return uploaded?.url
  }

  // Locales: English, Japanese, Russian and Kyrgyz (Kyrgyz is not among Medusa's defaults).
  const knownLocales = await translationModule.listLocales({ code: [...STORE_LOCALES] })
  const missingLocales = STORE_LOCALES.filter((code) => !knownLocales.some((l) => l.code === code))
  if (missingLocales.length) {
    await translationModule.createLocales(missingLocales.map((code) => ({ code, name: LOCALE_NAMES[code] })))
  }
  report("locales", missingLocales.length, knownLocales.length)

  // Store: som (default), yen and dollar; the four locales.
  const [store] = await storeModule.listStores({}, { relations: ["supported_currencies", "supported_locales"] })
  if (!store) throw new Error("no store found: run the migrations first")
  const haveCurrencies = new Set((store.supported_currencies ?? []).map((c) => c.currency_code))
  const haveLocales = new Set((store.supported_locales ?? []).map((l) => l.locale_code))
  const storeChanges =
    REGIONS.filter((r) => !haveCurrencies.has(r.currency_code)).length +
    STORE_LOCALES.filter((code) => !haveLocales.has(code)).length
  if (storeChanges) {
    await updateStoresWorkflow(container).run({
      input: {
        selector: { id: store.id },
        update: {
          name: "Issyk-Kul OVOP",
          supported_currencies: REGIONS.map((r) => ({
            currency_code: r.currency_code,
            is_default: r.currency_code === "kgs",
            is_tax_inclusive: r.is_tax_inclusive,
          })),
          supported_locales: STORE_LOCALES.map((locale_code) => ({ locale_code })),
        },
      },
    })
  }
  report("store currencies and locales", storeChanges, haveCurrencies.size + haveLocales.size)

  // Sales channels, each with its publishable key.
  const channels = await salesChannelModule.listSalesChannels({ name: [RETAIL_CHANNEL, WHOLESALE_CHANNEL] })
  const newChannels = [
    { name: RETAIL_CHANNEL, description: "Shoppers on the web storefront, in som, yen and dollars" },
    { name: WHOLESALE_CHANNEL, description: "Export wholesale buyers ordering by the case" },
  ].filter((c) => !channels.some((e) => e.name === c.name))
  if (newChannels.length) {
    const { result } = await createSalesChannelsWorkflow(container).run({ input: { salesChannelsData: newChannels } })
    channels.push(...result)
  }
  report("sales channels", newChannels.length, channels.length - newChannels.length)
  const channelId = (name: string) => {
    const channel = channels.find((c) => c.name === name)
    if (!channel) throw new Error(`sales channel ${name} is missing`)
    return channel.id
  }

  const keys = await apiKeyModule.listApiKeys({ type: "publishable" })
  let createdKeys = 0
  for (const channel of [RETAIL_CHANNEL, WHOLESALE_CHANNEL]) {
    const title = `${channel} storefront`
    if (keys.some((k) => k.title === title)) continue
    const { result } = await createApiKeysWorkflow(container).run({
      input: { api_keys: [{ title, type: "publishable", created_by: "seed" }] },
    })
    const key = result[0]
    if (!key) throw new Error(`could not create the key ${title}`)
    await linkSalesChannelsToApiKeyWorkflow(container).run({ input: { id: key.id, add: [channelId(channel)] } })
    keys.push(key)
    createdKeys++
  }
  report("publishable API keys", createdKeys, 2 - createdKeys)

  // Regions and their taxes. Cards (Stripe) only where the provider is configured and loaded.
  const [stripe] = await container
    .resolve(Modules.PAYMENT)
    .listPaymentProviders({ id: STRIPE_PAYMENT_PROVIDER, is_enabled: true })
  const stripeConfigured = Boolean(stripe)
  const listRegions = () =>
    regionModule.listRegions({ name: { $in: REGIONS.map((r) => r.name) } }, { relations: ["countries"] })
  let regions = await listRegions()
  const newRegions = REGIONS.filter((r) => !regions.some((e) => e.name === r.name))
  if (newRegions.length) {
    const { result } = await createRegionsWorkflow(container).run({
      input: {
        regions: newRegions.map((r) => ({
          name: r.name,
          currency_code: r.currency_code,
          countries: [...r.countries],
          is_tax_inclusive: r.is_tax_inclusive,
          automatic_taxes: true,
          payment_providers: wantedPaymentProviders(r.name, stripeConfigured),
        })),
      },
    })
    if (result.length !== newRegions.length) throw new Error("could not create the regions")
    regions = await listRegions()
  }
  report("regions", newRegions.length, REGIONS.length - newRegions.length)

  // Ways to pay, also on a database seeded before they existed: Kyrgyzstan cash on delivery and
  // bank transfer; Japan and International cards when Stripe is configured, else the system provider.
  const { data: regionProviders } = await query.graph({
    entity: "region",
    fields: ["id", "name", "payment_providers.id"],
    filters: { id: regions.map((r) => r.id) },
  })
  let changedRegions = 0
  for (const region of regionProviders as { id: string; name: string; payment_providers?: { id: string }[] }[]) {
    const current = (region.payment_providers ?? []).map((p) => p.id)
    const next = nextPaymentProviders(current, wantedPaymentProviders(region.name, stripeConfigured))
    if (!next) continue
    await updateRegionsWorkflow(container).run({
      input: { selector: { id: region.id }, update: { payment_providers: next } },
    })
    changedRegions++
  }
  report("region payment providers", changedRegions, regionProviders.length - changedRegions)

  // Tax regions with the invoice provider: the tax the prices include, once per rate per order.
  const taxRegions = await seedTaxRegions(container)
  report("tax regions", taxRegions.created, taxRegions.updated + taxRegions.unchanged)
  report("tax region providers and rates", taxRegions.updated, taxRegions.unchanged)

  // The Karakol warehouse, its shipping zones and options.
  let [warehouse] = await stockLocationModule.listStockLocations({ name: WAREHOUSE })
  const warehouseExisted = Boolean(warehouse)
  if (!warehouse) {
    const { result } = await createStockLocationsWorkflow(container).run({
      input: {
        locations: [
          {
            name: WAREHOUSE,
            address: {
              address_1: "Toktogul street",
              city: "Karakol",
              country_code: "kg",
              province: "Issyk-Kul region",
            },
          },
        ],
      },
    })
    warehouse = result[0]
    if (!warehouse) throw new Error("could not create the warehouse")
    await linkSalesChannelsToStockLocationWorkflow(container).run({
      input: { id: warehouse.id, add: channels.map((c) => c.id) },
    })
    await link.create({
      [Modules.STOCK_LOCATION]: { stock_location_id: warehouse.id },
      [Modules.FULFILLMENT]: { fulfillment_provider_id: "manual_manual" },
    })
  }
  report("stock location", warehouseExisted ? 0 : 1, warehouseExisted ? 1 : 0)

  let [profile] = await fulfillmentModule.listShippingProfiles({ type: "default" })
  if (!profile) {
    const { result } = await createShippingProfilesWorkflow(container).run({
      input: { data: [{ name: "Default Shipping Profile", type: "default" }] },
    })
    profile = result[0]
  }
  if (!profile) throw new Error("no shipping profile")

  const [existingSet] = await fulfillmentModule.listFulfillmentSets(
    { name: "Karakol warehouse shipping" },
    { relations: ["service_zones"] },
  )
  let fulfillmentSet = existingSet
  if (!fulfillmentSet) {
    fulfillmentSet = await fulfillmentModule.createFulfillmentSets({
      name: "Karakol warehouse shipping",
      type: "shipping",
      service_zones: REGIONS.map((r) => ({
        name: r.name,
        geo_zones: r.countries.map((country_code) => ({ type: "country" as const, country_code })),
      })),
    })
    await link.create({
      [Modules.STOCK_LOCATION]: { stock_location_id: warehouse.id },
      [Modules.FULFILLMENT]: { fulfillment_set_id: fulfillmentSet.id },
    })
  }
  const existingOptions = await fulfillmentModule.listShippingOptions({}, { relations: ["type"] })
  const newOptions = SHIPPING_OPTIONS.filter((o) => !existingOptions.some((e) => e.type?.code === o.code))
  if (newOptions.length) {
    const zones = fulfillmentSet.service_zones ?? []
    await createShippingOptionsWorkflow(container).run({
      input: newOptions.map((option) => {
        const zone = zones.find((z) => z.name === option.zone)
        if (!zone) throw new Error(`no service zone ${option.zone}`)
        return {
          name: option.name,
          price_type: "flat" as const,
          provider_id: "manual_manual",
          service_zone_id: zone.id,
          shipping_profile_id: profile.id,
          type: { label: option.name, description: option.name, code: option.code },
          prices: [{ currency_code: option.currency, amount: option.amount }],
          rules: [
            { attribute: "enabled_in_store", value: "true", operator: "eq" as const },
            { attribute: "is_return", value: "false", operator: "eq" as const },
          ],
        }
      }),
    })
  }
  report("shipping options", newOptions.length, SHIPPING_OPTIONS.length - newOptions.length)

  // Categories and seasonal collections, translated.
  const existingCategories = await productModule.listProductCategories({ handle: categories.map((c) => c.handle) })
  const newCategories = categories.filter((c) => !existingCategories.some((e) => e.handle === c.handle))
  if (newCategories.length) {
    const { result } = await createProductCategoriesWorkflow(container).run({
      input: {
        product_categories: newCategories.map((c, rank) => ({
          name: c.name.en,
          handle: c.handle,
          description: c.description.en,
          is_active: true,
          rank,
        })),
      },
    })
    for (const category of result) {
      const source = newCategories.find((c) => c.handle === category.handle)
      if (source)
        await writeTranslations(container, "product_category", category.id, {
          name: source.name,
          description: source.description,
        })
    }
    existingCategories.push(...result)
  }
  report("categories", newCategories.length, existingCategories.length - newCategories.length)

  const existingCollections = await productModule.listProductCollections({ handle: collections.map((c) => c.handle) })
  const newCollections = collections.filter((c) => !existingCollections.some((e) => e.handle === c.handle))
  if (newCollections.length) {
    const { result } = await createCollectionsWorkflow(container).run({
      input: {
        collections: newCollections.map((c) => ({
          title: c.title.en,
          handle: c.handle,
          metadata: { description: c.description.en },
        })),
      },
    })
    for (const collection of result) {
      const source = newCollections.find((c) => c.handle === collection.handle)
      if (source) await writeTranslations(container, "product_collection", collection.id, { title: source.title })
    }
    existingCollections.push(...result)
  }
  report("seasonal collections", newCollections.length, existingCollections.length - newCollections.length)

  // Producer groups, with their illustrations and translations.
  const existingGroups = await producerGroups.listProducerGroups({ handle: groups.map((g) => g.handle) })
  let createdGroups = 0
  for (const group of groups) {
    if (existingGroups.some((e) => e.handle === group.handle)) continue
    const { payout, ...staff } = group.staff
    const { method, ...payoutDetails } = payout
    const { result } = await createProducerGroupWorkflow(container).run({
      input: {
        handle: group.handle,
        name: group.name.en,
        village: group.village.en,
        district: group.district,
        founded_year: group.founded_year,
        member_count: group.member_count,
        women_member_count: group.women_member_count,
        craft: group.craft.en,
        story: group.story.en,
        photo_url: (await uploadImage("groups", group.handle)) ?? null,
        certificate: group.certificate,
        status: group.status,
        leader_name: staff.leader_name,
        leader_phone: staff.leader_phone,
        payout_method: method,
        payout_details: payoutDetails,
        commission_rate: staff.commission_rate,
        translations: translationsOf({
          name: group.name,
          village: group.village,
          craft: group.craft,
          story: group.story,
        }),
      },
    })
    existingGroups.push(result as (typeof existingGroups)[number])
    createdGroups++
  }
  report("producer groups", createdGroups, groups.length - createdGroups)

  // Products: one workflow per product, linked to its group in the same workflow.
  const existingProducts = await productModule.listProducts({ handle: products.map((p) => p.handle) })
  const categoryId = (handle: string) => existingCategories.find((c) => c.handle === handle)?.id
  const collectionId = (handle: string | undefined) => existingCollections.find((c) => c.handle === handle)?.id
  const newProducts = products.filter((p) => !existingProducts.some((e) => e.handle === p.handle))
  for (const product of newProducts) {
    const group = existingGroups.find((g) => g.handle === product.group)
    if (!group) throw new Error(`product ${product.handle}: group ${product.group} is not in the catalogue`)
    const isCraft = Boolean(product.material)
    const optionTitle = product.option.title.en
    const image = await uploadImage("products", product.handle)
    const { result } = await createProductsWorkflow(container).run({
      input: {
        products: [
          {
            handle: product.handle,
            title: product.title.en,
            subtitle: product.subtitle.en,
            description: product.description.en,
            material: (product.material ?? product.ingredients)?.en,
            hs_code: product.hs_code,
            origin_country: product.origin_country,
            weight: product.variants[0]?.weight_g,
            status: "published" as const,
            thumbnail: image,
            images: image ? [{ url: image }] : [],
            category_ids: [categoryId(product.category)].filter((id): id is string => Boolean(id)),
            collection_id: collectionId(product.collections[0]),
            shipping_profile_id: profile.id,
            metadata: {
              kind: isCraft ? "craft" : "food",
              allergens: product.allergens,
              warnings: product.warnings,
              season_months: product.season_months,
              shelf_life_days: product.shelf_life_days ?? null,
              collections: product.collections,
            },
            options: [{ title: optionTitle, values: product.option.values.map((v) => v.value) }],
            variants: product.variants.map((variant) => ({
              title:
                product.option.values.find((v) => v.value === variant.option_value)?.label.en ?? variant.option_value,
              sku: variant.sku,
              weight: variant.weight_g,
              hs_code: product.hs_code,
              origin_country: product.origin_country,
              manage_inventory: true,
              options: { [optionTitle]: variant.option_value },
              prices: Object.entries(variant.prices).map(([currency_code, amount]) => ({ currency_code, amount })),
            })),
            sales_channels: channels.map((c) => ({ id: c.id })),
          },
        ],
        additional_data: { producer_group_id: group.id },
      },
    })
    const created = result[0]
    if (!created) throw new Error(`could not create ${product.handle}`)
    await writeProductTranslations(container, created.id, product)
  }
  report("products", newProducts.length, existingProducts.length)

  // Opening stock at the warehouse for every variant that has none there yet. Crafts are made to
  // stock and counted in directly; food comes from this season's harvest lot (below).
  const { data: variants } = await query.graph({
    entity: "product_variant",
    fields: [
      "id",
      "sku",
      "product.metadata",
      "inventory_items.inventory_item_id",
      "inventory_items.inventory.location_levels.location_id",
    ],
    filters: { sku: products.flatMap((p) => p.variants.map((v) => v.sku)) },
  })
  const levels: { inventory_item_id: string; location_id: string; stocked_quantity: number }[] = []
  const foodLots: { variant_id: string; sku: string; produced: number }[] = []
  for (const variant of variants as unknown as {
    id: string
    sku: string
    product?: { metadata?: { kind?: string } }
    inventory_items?: { inventory_item_id: string; inventory?: { location_levels?: { location_id: string }[] } }[]
  }[]) {
    for (const item of variant.inventory_items ?? []) {
      const stocked = (item.inventory?.location_levels ?? []).some((l) => l.location_id === warehouse.id)
      if (!stocked) {
        const isCraft = variant.product?.metadata?.kind === "craft"
        const quantity = openingStock(variant.sku, isCraft)
        levels.push({
          inventory_item_id: item.inventory_item_id,
          location_id: warehouse.id,
          stocked_quantity: isCraft ? quantity : 0,
        })
        if (!isCraft) foodLots.push({ variant_id: variant.id, sku: variant.sku, produced: quantity })
      }
    }
  }
  if (levels.length) await createInventoryLevelsWorkflow(container).run({ input: { inventory_levels: levels } })
  report("opening stock", levels.length, variants.length - levels.length)

  // This season's harvest lot of every food variant: planned, produced, then on the shelf, through
  // the same workflows staff use (so the stock comes from the lot).
  const harvest: HarvestModuleService = container.resolve(HARVEST_MODULE)
  const season = new Date().getUTCFullYear()
  let createdLots = 0
  for (const lot of foodLots) {
    const lotNumber = `${lot.sku}-${season}A`
    if ((await harvest.listHarvestLots({ lot_number: lotNumber })).length) continue
    const source = products.find((p) => p.variants.some((v) => v.sku === lot.sku))
    const produced = new Date(Date.UTC(season, (source?.season_months[0] ?? 7) - 1, 20))
    if (produced > new Date()) produced.setUTCFullYear(season - 1)
    const bestBefore = new Date(produced.getTime() + (source?.shelf_life_days ?? 365) * 86_400_000)
    const { result: planned } = await createHarvestLotWorkflow(container).run({
      input: {
        lot_number: lotNumber,
        variant_id: lot.variant_id,
        forecast_quantity: lot.produced,
        production_date: produced.toISOString().slice(0, 10),
        best_before: bestBefore.toISOString().slice(0, 10),
      },
    })
    for (const to of ["in_production", "available"] as const) {
      await transitionHarvestLotWorkflow(container).run({
        input: { lot_id: planned.id, to, produced_quantity: to === "available" ? lot.produced : undefined },
      })
    }
    // And next season's lot, planned: what pre-orders will be taken against.
    const nextProduction = new Date(produced)
    nextProduction.setUTCFullYear(produced.getUTCFullYear() + 1)
    const shipping = new Date(nextProduction.getTime() + 30 * 86_400_000).toISOString().slice(0, 7)
    await createHarvestLotWorkflow(container).run({
      input: {
        lot_number: `${lot.sku}-${nextProduction.getUTCFullYear()}A`,
        variant_id: lot.variant_id,
        forecast_quantity: Math.round(lot.produced * 1.2),
        production_date: nextProduction.toISOString().slice(0, 10),
        expected_shipping_month: shipping,
      },
    })
    createdLots += 2
  }
  const allLots = await harvest.listHarvestLots({}, { select: ["id"], take: null })
  report("harvest lots", createdLots, allLots.length - createdLots)

  // Configuration the storefront build reads.
  const configPath = process.env.OVOP_STOREFRONT_CONFIG
  if (configPath) {
    const keyOf = (channel: string) => {
      const key = keys.find((k) => k.title === `${channel} storefront`)
      if (!key) throw new Error(`no publishable key for ${channel}`)
      return key.token
    }
    const config: StorefrontSeedConfig = {
      publishableKey: keyOf(RETAIL_CHANNEL),
      salesChannelId: channelId(RETAIL_CHANNEL),
      wholesale: { publishableKey: keyOf(WHOLESALE_CHANNEL), salesChannelId: channelId(WHOLESALE_CHANNEL) },
      regions: regions
        .map((r) => ({
          id: r.id,
          name: r.name,
          currency_code: r.currency_code,
          countries: (r.countries ?? []).map((c) => c.iso_2).sort(),
        }))
        .sort((a, b) => a.name.localeCompare(b.name)),
    }
    fs.mkdirSync(path.dirname(configPath), { recursive: true })
    const next = `${JSON.stringify(config, null, 2)}\n`
    const previous = fs.existsSync(configPath) ? fs.readFileSync(configPath, "utf8") : ""
    if (next !== previous) fs.writeFileSync(configPath, next)
    logger.info(`seed: storefront configuration ${next === previous ? "unchanged" : "written"}: ${configPath}`)
  }
  return summary
}

/** Translates a new product's title, texts, option, option values and variant titles. */
async function writeProductTranslations(container: MedusaContainer, productId: string, product: SeedProduct) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "product",
    fields: ["options.id", "options.values.id", "options.values.value", "variants.id", "variants.sku"],
    filters: { id: productId },
  })
  const created = data[0] as unknown as {
    options: { id: string; values: { id: string; value: string }[] }[]
    variants: { id: string; sku: string }[]
  }
  const labelOf = (value: string | undefined) => product.option.values.find((v) => v.value === value)?.label
  // Every row of the product in one write.
  const rows = [
    ...translationRows("product", productId, {
      title: product.title,
      subtitle: product.subtitle,
      description: product.description,
      material: product.material ?? product.ingredients,
    }),
    ...created.options.flatMap((option) => [
      ...translationRows("product_option", option.id, { title: product.option.title }),
      ...option.values.flatMap((value) =>
        translationRows("product_option_value", value.id, { value: labelOf(value.value) }),
      ),
    ]),
    ...created.variants.flatMap((variant) =>
      translationRows("product_variant", variant.id, {
        title: labelOf(product.variants.find((v) => v.sku === variant.sku)?.option_value),
      }),
    ),
  ]
  const translationModule: ITranslationModuleService = container.resolve(Modules.TRANSLATION)
  if (rows.length) await translationModule.createTranslations(rows)
}
