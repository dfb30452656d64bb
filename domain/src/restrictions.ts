import { LOCALES, type Locale } from "./locales.js"

/**
 * Goods that may not enter a country: a restriction says that a product (or every product of a
 * category) cannot be sent to one destination country, why (a stable reason code) and the reason
 * in the shop's four languages. They are data, kept in the metadata of the product or the category
 * (`metadata.ovop_restrictions`, a list), so staff see them with the record; this file is the one
 * place that reads them and decides whether a product may be sent to a country.
 */

/** The metadata key a product's or a category's restrictions are kept under. */
export const RESTRICTIONS_METADATA_KEY = "ovop_restrictions"

/** A text in each of the shop's languages. */
export type LocalisedText = Record<Locale, string>

/** One restriction: the destination (ISO 3166-1 alpha-2, lower case), the reason's code and its text in every language. */
export type Restriction = { country_code: string; reason_code: string; reason: LocalisedText }

/** A restriction as it applies to one product: where it was set (the product itself or one of its categories). */
export type AppliedRestriction = Restriction & { source: { kind: "product" } | { kind: "category"; handle: string } }

/** What the rule reads of a product: its metadata and its categories' (handle and metadata). */
export type RestrictableProduct = {
  metadata?: Record<string, unknown> | null | undefined
  categories?:
    | { handle?: string | null | undefined; metadata?: Record<string, unknown> | null | undefined }[]
    | null
    | undefined
}

const COUNTRY = /^[a-z]{2}$/
const REASON_CODE = /^[a-z][a-z0-9_]{0,63}$/

/** The restrictions a metadata value holds, and what in it is not one (so the admin can say so). */
export function parseRestrictions(value: unknown): { restrictions: Restriction[]; problems: string[] } {
  const restrictions: Restriction[] = []
  const problems: string[] = []
  if (value === undefined || value === null) return { restrictions, problems }
  if (!Array.isArray(value)) return { restrictions, problems: [`${RESTRICTIONS_METADATA_KEY} is not a list`] }
  value.forEach((entry, index) => {
    const at = `${RESTRICTIONS_METADATA_KEY}[${index}]`
    if (!entry || typeof entry !== "object") {
      problems.push(`${at} is not an object`)
      return
    }
    const { country_code, reason_code, reason } = entry as Record<string, unknown>
    const country = typeof country_code === "string" ? country_code.trim().toLowerCase() : ""
    if (!COUNTRY.test(country)) problems.push(`${at}.country_code is not a two-letter country code`)
    if (typeof reason_code !== "string" || !REASON_CODE.test(reason_code)) {
      problems.push(`${at}.reason_code is not a snake_case code`)
    }
    const texts = reason && typeof reason === "object" ? (reason as Record<string, unknown>) : {}
    const missing = LOCALES.filter((locale) => typeof texts[locale] !== "string" || !String(texts[locale]).trim())
    if (missing.length) problems.push(`${at}.reason has no text in ${missing.join(", ")}`)
    if (COUNTRY.test(country) && typeof reason_code === "string" && REASON_CODE.test(reason_code) && !missing.length) {
      restrictions.push({
        country_code: country,
        reason_code,
        reason: Object.fromEntries(LOCALES.map((locale) => [locale, String(texts[locale]).trim()])) as LocalisedText,
      })
    }
  })
  return { restrictions, problems }
}

/**
 * Every restriction that applies to a product: its own first, then its categories' (a country
 * named twice keeps the first). An entry that cannot be read restricts nothing; the admin widget
 * lists it as a problem.
 */
export function restrictionsOf(product: RestrictableProduct): AppliedRestriction[] {
  const applied: AppliedRestriction[] = []
  const add = (found: Restriction[], source: AppliedRestriction["source"]) => {
    for (const restriction of found) {
      if (!applied.some((a) => a.country_code === restriction.country_code)) applied.push({ ...restriction, source })
    }
  }
  add(parseRestrictions(product.metadata?.[RESTRICTIONS_METADATA_KEY]).restrictions, { kind: "product" })
  for (const category of product.categories ?? []) {
    add(parseRestrictions(category.metadata?.[RESTRICTIONS_METADATA_KEY]).restrictions, {
      kind: "category",
      handle: category.handle ?? "",
    })
  }
  return applied
}

/** The restriction keeping a product out of `country` (ISO alpha-2, any case); null when it may be sent there. */
export function restrictionFor(product: RestrictableProduct, country: string): AppliedRestriction | null {
  const wanted = country.trim().toLowerCase()
  return restrictionsOf(product).find((restriction) => restriction.country_code === wanted) ?? null
}

/**
 * Where a cart ships to, as far as it is known: its shipping address's country once it has one,
 * otherwise every country of its region (the shopper may still choose any of them).
 */
export function cartDestinations(cart: {
  shipping_address?: { country_code?: string | null } | null
  region_countries?: readonly string[] | null
}): string[] {
  const country = cart.shipping_address?.country_code?.trim().toLowerCase()
  if (country) return [country]
  return [...new Set((cart.region_countries ?? []).map((code) => code.trim().toLowerCase()).filter(Boolean))]
}

/**
 * The restriction that stops a product being sent to a cart's destinations: when it is restricted
 * in every one of them (a known address is one country; a region with no address yet counts only
 * when none of its countries may receive it, since the shopper may still pick one that can).
 * Null when it can be sent, and when there is no destination at all.
 */
export function blockingRestriction(
  product: RestrictableProduct,
  destinations: readonly string[],
): AppliedRestriction | null {
  if (!destinations.length) return null
  const found = destinations.map((country) => restrictionFor(product, country))
  return found.every((restriction) => restriction !== null) ? (found[0] ?? null) : null
}

/** A cart line that cannot be sent to the cart's destination, with why. */
export type RestrictedLine = {
  line_id: string
  product: string
  product_id: string
  country: string
  reason_code: string
  reason: LocalisedText
}

/** The lines of a cart that cannot be sent to its destinations (see `blockingRestriction`), in the cart's order. */
export function restrictedLinesOf(
  lines: readonly { id: string; product_id?: string | null; title?: string | null; product_title?: string | null }[],
  products: ReadonlyMap<string, RestrictableProduct>,
  destinations: readonly string[],
): RestrictedLine[] {
  const restricted: RestrictedLine[] = []
  for (const line of lines) {
    const product = line.product_id ? products.get(line.product_id) : undefined
    if (!line.product_id || !product) continue
    const restriction = blockingRestriction(product, destinations)
    if (!restriction) continue
    restricted.push({
      line_id: line.id,
      product: line.product_title ?? line.title ?? line.product_id,
      product_id: line.product_id,
      country: restriction.country_code,
      reason_code: restriction.reason_code,
      reason: restriction.reason,
    })
  }
  return restricted
}

/**
 * A product's restrictions merged with the ones the seed (or a tool) sets: an entry for the same
 * country is replaced, the others kept. Returns null when nothing would change (so a second seed
 * writes nothing).
 */
export function mergeRestrictions(current: unknown, wanted: readonly Restriction[]): Restriction[] | null {
  const existing = Array.isArray(current) ? (current as unknown[]) : []
  const kept = existing.filter((entry) => {
    const country = (entry as { country_code?: unknown } | null)?.country_code
    return !wanted.some((w) => typeof country === "string" && country.trim().toLowerCase() === w.country_code)
  }) as Restriction[]
  const merged = [...kept, ...wanted]
  // Compared field by field: a JSON column (PostgreSQL's jsonb) gives the keys back in its own order.
  const canonical = (entries: readonly unknown[]) =>
    JSON.stringify(
      entries.map((entry) => {
        const { country_code, reason_code, reason } = (entry ?? {}) as Partial<Restriction>
        return [country_code, reason_code, LOCALES.map((locale) => reason?.[locale])]
      }),
    )
  return canonical(merged) === canonical(existing) ? null : merged
}

/** A restriction's reason in `locale`. */
export function restrictionReason(reason: LocalisedText, locale: Locale): string {
  return reason[locale] || reason.en
}
