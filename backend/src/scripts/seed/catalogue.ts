import fs from "node:fs"
import path from "node:path"
import { MedusaError } from "@medusajs/framework/utils"
import { z } from "@medusajs/framework/zod"
import { glossaryViolations } from "@ovop/domain/messages"
import { handlePattern } from "../../api/input/fields"
import { STORE_LOCALES, type StoreLocale } from "../../lib/locales"
import {
  ISSYK_KUL_DISTRICTS,
  PAYOUT_METHODS,
  PRODUCER_GROUP_STATUSES,
} from "../../modules/producer-group/models/producer-group"
import { resolveSeedDay } from "./seed-day"
import { REGIONS } from "./settings"

// The seed catalogue's shape, checked before anything is written. Enumerations come from the
// models and the seed's own settings (districts, statuses, payout methods, locales, currencies),
// never copied here, so a value the database would refuse fails first, naming its record and field.

const handle = z.string().regex(handlePattern, { error: "must be a handle (lower-case words joined by dashes)" })
const text = z
  .string({ error: (issue) => (issue.input === undefined ? "is required" : "must be text") })
  .trim()
  .min(1, { error: "must not be empty" })
const whole = z.number({ error: "must be a number" }).int({ error: "must be a whole number" })
// A date that must fit the day the store is seeded (a certificate valid now) is written relative to
// it (`today-640d`) and read as the calendar day it stands for on the run's one seed day (`today`).
const seedDayOn = (today: Date) =>
  z.string().transform((value, context) => {
    try {
      return resolveSeedDay(value, today)
    } catch {
      context.addIssue({
        code: "custom",
        message: "must be a date (YYYY-MM-DD) or a day relative to the seed's day (today-400d)",
      })
      return z.NEVER
    }
  })
const oneOf = <const T extends readonly [string, ...string[]]>(values: T) =>
  z.enum(values, { error: `must be one of ${values.join(", ")}` })

// Japanese spelled as the glossary spells it: one way to write each village and recurring term.
const japaneseText = text.superRefine((value, context) => {
  for (const { variant, term } of glossaryViolations(value)) {
    context.addIssue({
      code: "custom",
      message: `writes ${variant}, which the Japanese glossary (domain/messages/glossary/ja.json) writes ${term}`,
    })
  }
})

/** Text in every store language, English first: the record keeps English, the rest are translations. */
const Localized = z
  .object(
    Object.fromEntries(STORE_LOCALES.map((locale) => [locale, locale === "ja" ? japaneseText : text])) as Record<
      StoreLocale,
      typeof text
    >,
  )
  .strict()
export type Localized = z.infer<typeof Localized>

/** A producer group of producer-groups.json, its relative days read on `today`. */
const seedGroupOn = (today: Date) =>
  z
    .object({
      handle,
      name: Localized,
      village: Localized,
      district: oneOf(ISSYK_KUL_DISTRICTS),
      founded_year: whole.min(1900, { error: "must be 1900 or later" }),
      member_count: whole.min(0, { error: "must not be negative" }),
      women_member_count: whole.min(0, { error: "must not be negative" }),
      craft: Localized,
      story: Localized,
      certificate: z
        .object({ number: text, issuer: Localized, valid_from: seedDayOn(today), valid_to: seedDayOn(today) })
        .strict()
        .refine((certificate) => certificate.valid_from < certificate.valid_to, {
          error: "valid_to must be after valid_from",
          path: ["valid_to"],
        })
        .nullable(),
      status: oneOf(PRODUCER_GROUP_STATUSES),
      staff: z
        .object({
          leader_name: text,
          leader_phone: text,
          payout: z.object({ method: oneOf(PAYOUT_METHODS) }).catchall(z.string()),
          commission_rate: z.number().min(0, { error: "must be 0 to 0.5" }).max(0.5, { error: "must be 0 to 0.5" }),
        })
        .strict(),
    })
    .strict()
    .refine((group) => group.women_member_count <= group.member_count, {
      error: "cannot be more than member_count",
      path: ["women_member_count"],
    })
export type SeedGroup = z.infer<ReturnType<typeof seedGroupOn>>

const currencies = REGIONS.map((region) => region.currency_code)
const price = z.number({ error: "must be a price" }).positive({ error: "must be more than 0" })

/** A product of products.json (the renderer's `image` is the seed renderer's to check). */
export const SeedProduct = z
  .object({
    handle,
    group: handle,
    category: handle,
    collections: z.array(handle),
    title: Localized,
    subtitle: Localized,
    description: Localized,
    ingredients: Localized.optional(),
    material: Localized.optional(),
    allergens: z.array(z.string()),
    warnings: z.array(z.string()),
    hs_code: z.string().regex(/^\d{4,10}$/, { error: "must be 4 to 10 digits" }),
    origin_country: z.string().regex(/^[a-z]{2}$/, { error: "must be a lower-case ISO 3166 code, e.g. kg" }),
    season_months: z
      .array(whole.min(1, { error: "must be a month 1-12" }).max(12, { error: "must be a month 1-12" }))
      .refine((months) => new Set(months).size === months.length, { error: "lists a month twice" }),
    shelf_life_days: whole.positive({ error: "must be more than 0" }).optional(),
    option: z
      .object({
        title: Localized,
        values: z.array(z.object({ value: text, label: Localized }).strict()).min(1, { error: "needs a value" }),
      })
      .strict(),
    variants: z
      .array(
        z
          .object({
            sku: text,
            option_value: text,
            weight_g: whole.positive({ error: "must be more than 0" }),
            prices: z
              .object(
                Object.fromEntries(currencies.map((code) => [code, price])) as Record<
                  (typeof currencies)[number],
                  typeof price
                >,
              )
              .strict(),
          })
          .strict(),
      )
      .min(1, { error: "needs a variant" }),
    image: z.unknown(),
  })
  .strict()
export type SeedProduct = z.infer<typeof SeedProduct>

/** A category of categories.json. */
export const SeedCategory = z.object({ handle, name: Localized, description: Localized }).strict()
export type SeedCategory = z.infer<typeof SeedCategory>

/** A seasonal collection of collections.json. */
export const SeedCollection = z.object({ handle, title: Localized, description: Localized }).strict()
export type SeedCollection = z.infer<typeof SeedCollection>

/** Allergens or warnings by key (allergens.json, warnings.json), each named in every store language. */
const Glossary = z.record(z.string(), Localized)

/** The whole seed catalogue, checked. */
export type SeedCatalogue = {
  groups: SeedGroup[]
  products: SeedProduct[]
  categories: SeedCategory[]
  collections: SeedCollection[]
}

/** The folder holding the catalogue: OVOP_SEED_DIR, else the nearest `seed/data/ovop` above the working folder. */
export function findSeedDir(): string {
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

/** Where a problem is: the file, the record (by handle where it has one) and the field. */
function describeIssue(file: string, records: unknown, issue: z.core.$ZodIssue): string {
  const [first, ...rest] = issue.path
  let where = file
  let fieldPath = issue.path
  if (typeof first === "number" && Array.isArray(records)) {
    const record = records[first] as { handle?: unknown } | undefined
    where += typeof record?.handle === "string" ? ` "${record.handle}"` : ` record ${first + 1}`
    fieldPath = rest
  } else if (typeof first === "string" && !Array.isArray(records)) {
    where += ` "${first}"`
    fieldPath = rest
  }
  const field = fieldPath.reduce<string>(
    (text, part) => (typeof part === "number" ? `${text}[${part}]` : text ? `${text}.${String(part)}` : String(part)),
    "",
  )
  return `${where}${field ? `, ${field}` : ""}: ${issue.message}`
}

function parseFile<T>(dir: string, file: string, schema: z.ZodType<T>, problems: string[]): T {
  const records: unknown = JSON.parse(fs.readFileSync(path.join(dir, file), "utf8"))
  const parsed = schema.safeParse(records)
  if (parsed.success) return parsed.data
  problems.push(...parsed.error.issues.map((issue) => describeIssue(file, records, issue)))
  return (Array.isArray(records) ? [] : {}) as T
}

function catalogueError(dir: string, problems: string[]): MedusaError {
  const list = problems.map((problem) => `- ${problem}`).join("\n")
  return new MedusaError(
    MedusaError.Types.INVALID_DATA,
    `The seed catalogue in ${dir} has ${problems.length} problem(s):\n${list}`,
  )
}

function duplicates(values: string[]): string[] {
  return [...new Set(values.filter((value, index) => values.indexOf(value) !== index))]
}

/**
 * Reads and checks the catalogue in `dir`: every field against its model's rules, and every
 * reference (a product's group, category, collections, allergens, warnings, option values)
 * against the files it names; days relative to the seed's day are read on `today`. Throws one
 * INVALID_DATA error listing every problem.
 */
export function readSeedCatalogue(dir: string, today: Date = new Date()): SeedCatalogue {
  const problems: string[] = []
  const groups = parseFile(dir, "producer-groups.json", z.array(seedGroupOn(today)), problems)
  const products = parseFile(dir, "products.json", z.array(SeedProduct), problems)
  const categories = parseFile(dir, "categories.json", z.array(SeedCategory), problems)
  const collections = parseFile(dir, "collections.json", z.array(SeedCollection), problems)
  const allergenKeys = new Set(Object.keys(parseFile(dir, "allergens.json", Glossary, problems)))
  const warningKeys = new Set(Object.keys(parseFile(dir, "warnings.json", Glossary, problems)))
  // References are checked only among records that are themselves right: a broken file would name every reference.
  if (problems.length) throw catalogueError(dir, problems)

  const known = (records: { handle: string }[]) => new Set(records.map((record) => record.handle))
  const [groupHandles, categoryHandles, collectionHandles] = [known(groups), known(categories), known(collections)]
  for (const [file, handles] of [
    ["producer-groups.json", groups.map((g) => g.handle)],
    ["products.json", products.map((p) => p.handle)],
    ["categories.json", categories.map((c) => c.handle)],
    ["collections.json", collections.map((c) => c.handle)],
    ["products.json (variant SKUs)", products.flatMap((p) => p.variants.map((v) => v.sku))],
  ] as const) {
    for (const value of duplicates([...handles])) problems.push(`${file}: "${value}" appears more than once`)
  }
  for (const product of products) {
    const at = `products.json "${product.handle}"`
    if (!groupHandles.has(product.group))
      problems.push(`${at}, group: "${product.group}" is not in producer-groups.json`)
    if (!categoryHandles.has(product.category))
      problems.push(`${at}, category: "${product.category}" is not in categories.json`)
    product.collections.forEach((collection, index) => {
      if (!collectionHandles.has(collection))
        problems.push(`${at}, collections[${index}]: "${collection}" is not in collections.json`)
    })
    product.allergens.forEach((allergen, index) => {
      if (!allergenKeys.has(allergen))
        problems.push(`${at}, allergens[${index}]: "${allergen}" is not in allergens.json`)
    })
    product.warnings.forEach((warning, index) => {
      if (!warningKeys.has(warning)) problems.push(`${at}, warnings[${index}]: "${warning}" is not in warnings.json`)
    })
    const optionValues = new Set(product.option.values.map((value) => value.value))
    product.variants.forEach((variant, index) => {
      if (!optionValues.has(variant.option_value))
        problems.push(`${at}, variants[${index}].option_value: "${variant.option_value}" is not among option.values`)
    })
  }
  if (problems.length) throw catalogueError(dir, problems)
  return { groups, products, categories, collections }
}
