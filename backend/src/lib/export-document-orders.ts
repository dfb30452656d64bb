import type { ITranslationModuleService, MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import { HARVEST_MODULE } from "../modules/harvest"
import { WHOLESALE_MODULE } from "../modules/wholesale"
import type WholesaleModuleService from "../modules/wholesale/service"
import { type ExportDocumentInput, type ExportDocumentKind, type ExportLine, exportDocument } from "./export-documents"
import { exportPacking, packingOf } from "./export-packing"
import { renderBusinessDocument } from "./pdf/business-document"
import { today } from "./wholesale-quotes"

// The export documents of a wholesale order (an accepted quote's Medusa order), read from what the
// order, its quote, the company, the catalogue and the harvest lots hold. Where each figure comes from:
// - lines, quantities, unit prices, freight (the shipping total): the order, so totals are the order's;
// - Incoterm and named place, consignee, destination: the order's `metadata.ovop_wholesale`;
// - case pack: the line's `metadata.ovop_case_pack` (the wholesale terms when the quote was accepted);
// - lots: the line's `metadata.ovop_lots` (candidate lots when accepted), their best-before days read
//   again from the harvest module (the lot record is the truth);
// - HS code: the variant's, else the product's; net weight per unit: the variant's weight (grams),
//   else the product's; certificate: the product's producer group;
// - case gross weight: the case's units plus the case itself; cartons: the association's export
//   carton. Both from the packing kept on the order when it was accepted (`ovop_wholesale.packing`),
//   else the store's packing today (`export-packing.ts`);
// - buyer: the company (name, country, registration number, language); seller: `exporterParty()`.
// A document the order cannot fill correctly is refused (400, naming what is missing), never printed.

/** The seller and shipper on every document: the association, from OVOP_EXPORTER_* or its Karakol address. */
export function exporterParty(env: NodeJS.ProcessEnv = process.env): ExportDocumentInput["seller"] {
  const lines = (env.OVOP_EXPORTER_ADDRESS?.trim() || "Karakol, Issyk-Kul Region; Kyrgyzstan")
    .split(";")
    .map((line) => line.trim())
    .filter(Boolean)
  return {
    name: env.OVOP_EXPORTER_NAME?.trim() || "Issyk-Kul OVOP Association",
    lines,
    taxId: env.OVOP_EXPORTER_TAX_ID?.trim() || null,
  }
}

const PAYMENT_TERMS_TEXT: Record<string, string> = {
  prepayment: "100% prepayment before shipment",
  deposit_30: "30% deposit on acceptance, balance before shipment",
  net_30: "Net 30 days from shipment",
}

type OrderForDocuments = {
  id: string
  display_id: number
  currency_code: string
  shipping_total: unknown
  total: unknown
  metadata?: Record<string, unknown> | null
  items?: {
    id: string
    title: string
    quantity: unknown
    unit_price: unknown
    variant_id?: string | null
    variant_sku?: string | null
    metadata?: Record<string, unknown> | null
    variant?: {
      sku?: string | null
      title?: string | null
      weight?: number | null
      hs_code?: string | null
      product?: {
        id: string
        title: string
        weight?: number | null
        hs_code?: string | null
        producer_group?: { certificate_number?: string | null } | null
      } | null
    } | null
  }[]
}

type WholesaleMeta = {
  incoterm?: string
  named_place?: string
  consignee?: string
  destination?: { country_code?: string; city?: string }
  packing?: unknown
}

const refuse = (message: string) => new MedusaError(MedusaError.Types.NOT_ALLOWED, message)

const countryName = (code: string | undefined) =>
  code ? (new Intl.DisplayNames(["en"], { type: "region" }).of(code.toUpperCase()) ?? code.toUpperCase()) : ""

/**
 * The `kind` document of order `orderId` as its PDF and file name. With `companyId` (a buyer asking),
 * another company's order, or an order that is no accepted quote's, answers 404.
 */
export async function exportDocumentOfOrder(
  container: MedusaContainer,
  orderId: string,
  kind: ExportDocumentKind,
  companyId?: string,
): Promise<{ pdf: Buffer; fileName: string }> {
  const input = await exportDocumentInput(container, orderId, kind, companyId)
  const pdf = await renderBusinessDocument(exportDocument(kind, input))
  return { pdf, fileName: `${kind.replace(/_/g, "-")}-${input.number}.pdf` }
}

/** What the `kind` document of order `orderId` shows (see the header of this file for where each figure comes from). */
export async function exportDocumentInput(
  container: MedusaContainer,
  orderId: string,
  kind: ExportDocumentKind,
  companyId?: string,
): Promise<ExportDocumentInput> {
  const wholesale: WholesaleModuleService = container.resolve(WHOLESALE_MODULE)
  const [quote] = await wholesale.listWholesaleQuotes({
    order_id: orderId,
    ...(companyId ? { company_id: companyId } : {}),
  })
  if (!quote) throw new MedusaError(MedusaError.Types.NOT_FOUND, `wholesale order ${orderId} was not found`)
  const company = await wholesale.retrieveCompany(quote.company_id)

  const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "order",
    fields: [
      "id",
      "display_id",
      "currency_code",
      "shipping_total",
      "total",
      "metadata",
      "items.id",
      "items.title",
      "items.quantity",
      "items.unit_price",
      "items.variant_id",
      "items.variant_sku",
      "items.metadata",
      "items.variant.sku",
      "items.variant.title",
      "items.variant.weight",
      "items.variant.hs_code",
      "items.variant.product.id",
      "items.variant.product.title",
      "items.variant.product.weight",
      "items.variant.product.hs_code",
      "items.variant.product.producer_group.certificate_number",
    ],
    filters: { id: orderId },
  })
  const order = data[0] as unknown as OrderForDocuments | undefined
  if (!order) throw new MedusaError(MedusaError.Types.NOT_FOUND, `wholesale order ${orderId} was not found`)
  const meta = (order.metadata?.ovop_wholesale ?? {}) as WholesaleMeta
  if (!meta.incoterm || !meta.named_place) {
    throw refuse(`order ${orderId} carries no Incoterm and named place (metadata.ovop_wholesale)`)
  }
  const language = company.preferred_language === "ja" ? "ja" : "en"
  const packing = packingOf(meta.packing) ?? (await exportPacking(container))
  const items = await withBookedVariants(container, order.items ?? [])
  if (!items.length) throw refuse(`order ${orderId} has no lines`)

  const japaneseTitles = language === "ja" ? await japaneseTitlesOf(container, items) : new Map<string, string>()
  const bestBefore = await bestBeforeOfLots(container, items)
  const needsLots = kind !== "proforma_invoice"
  const needsWeights = kind === "packing_list"

  const lines: ExportLine[] = items.map((item) => {
    const variant = item.variant
    const product = variant?.product
    const sku = variant?.sku ?? item.variant_sku ?? ""
    const name = sku || item.title
    if (!sku) throw refuse(`line "${item.title}" has no SKU: its variant was removed or has no sku`)
    const hsCode = variant?.hs_code || product?.hs_code
    if (!hsCode) throw refuse(`line ${name} has no HS code: set hs_code on the product or the variant`)
    const caseSize = Number(item.metadata?.ovop_case_pack)
    if (!Number.isInteger(caseSize) || caseSize < 1) {
      throw refuse(`line ${name} carries no case pack (metadata.ovop_case_pack)`)
    }
    const lotNumbers = ((item.metadata?.ovop_lots ?? []) as { lot_number?: string }[])
      .map((lot) => lot.lot_number)
      .filter((lot): lot is string => Boolean(lot))
    const lots = lotNumbers.map((number) => ({ number, bestBefore: bestBefore.get(number) ?? "" }))
    if (needsLots && !lots.length) {
      throw refuse(`line ${name} has no harvest lot: make a lot of the variant available before shipping documents`)
    }
    const undated = lots.find((lot) => !lot.bestBefore)
    if (needsLots && undated) throw refuse(`lot ${undated.number} of line ${name} has no best-before day`)
    const weightG = Number(variant?.weight ?? product?.weight ?? 0)
    if (needsWeights && !(weightG > 0)) {
      throw refuse(`line ${name} has no weight: set the variant's weight in grams`)
    }
    const netWeightKgPerUnit = weightG / 1000
    const japanese = product ? japaneseTitles.get(product.id) : undefined
    return {
      sku,
      description: item.title,
      descriptionJa: japanese ? [japanese, variant?.title].filter(Boolean).join(" ") : null,
      hsCode,
      lots: lots.filter((lot) => lot.bestBefore),
      certificate: product?.producer_group?.certificate_number ?? null,
      quantity: Number(item.quantity),
      caseSize,
      unitPrice: Number(item.unit_price),
      netWeightKgPerUnit,
      grossWeightKgPerCase: Math.round((caseSize * netWeightKgPerUnit + packing.case_tare_kg) * 1000) / 1000,
    }
  })

  const destination = [meta.destination?.city ?? "", countryName(meta.destination?.country_code)].filter(Boolean)
  return {
    number: `OVOP-W-${order.display_id}`,
    issuedOn: today(),
    currency: order.currency_code,
    incoterm: `${meta.incoterm} ${meta.named_place}`,
    paymentTerms: PAYMENT_TERMS_TEXT[quote.payment_terms ?? "prepayment"] ?? String(quote.payment_terms),
    seller: exporterParty(),
    buyer: { name: company.name, lines: [countryName(company.country_code)], taxId: company.registration_number },
    consignee: { name: meta.consignee || company.name, lines: destination },
    language,
    lines,
    freight: Number(order.shipping_total ?? 0),
    carton: {
      casesPerCarton: packing.cases_per_carton,
      dimensionsCm: packing.carton_cm,
      tareKg: packing.carton_tare_kg,
    },
    validUntil: quote.valid_until ?? null,
  }
}

/**
 * The order's lines, a line booked against a coming lot (no variant on the line: it took no stock)
 * given its variant from the booking's display copy (`metadata.ovop_preorder.variant_id`), so its
 * SKU, HS code, weight and certificate are the variant's as on any other line.
 */
async function withBookedVariants(
  container: MedusaContainer,
  items: NonNullable<OrderForDocuments["items"]>,
): Promise<NonNullable<OrderForDocuments["items"]>> {
  const bookedVariantOf = (item: (typeof items)[number]) => {
    const meta = item.metadata?.ovop_preorder as { variant_id?: unknown } | undefined
    return !item.variant && typeof meta?.variant_id === "string" ? meta.variant_id : null
  }
  const ids = [...new Set(items.map(bookedVariantOf).filter((id): id is string => Boolean(id)))]
  if (!ids.length) return items
  const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "product_variant",
    fields: [
      "id",
      "sku",
      "title",
      "weight",
      "hs_code",
      "product.id",
      "product.title",
      "product.weight",
      "product.hs_code",
      "product.producer_group.certificate_number",
    ],
    filters: { id: ids },
  })
  const variants = data as unknown as (NonNullable<(typeof items)[number]["variant"]> & { id: string })[]
  return items.map((item) => {
    const id = bookedVariantOf(item)
    const variant = id ? variants.find((candidate) => candidate.id === id) : undefined
    return variant ? { ...item, variant } : item
  })
}

/** Each product's Japanese title (Translation module), by product id. */
async function japaneseTitlesOf(
  container: MedusaContainer,
  items: NonNullable<OrderForDocuments["items"]>,
): Promise<Map<string, string>> {
  const ids = [...new Set(items.map((item) => item.variant?.product?.id).filter((id): id is string => Boolean(id)))]
  const titles = new Map<string, string>()
  if (!ids.length) return titles
  const translations: ITranslationModuleService = container.resolve(Modules.TRANSLATION)
  const rows = await translations.listTranslations(
    { reference_id: ids },
    { select: ["reference_id", "locale_code", "translations"], take: null },
  )
  for (const row of rows) {
    const title = (row.translations as Record<string, unknown> | null)?.title
    if (row.locale_code.toLowerCase().startsWith("ja") && typeof title === "string" && title.trim()) {
      titles.set(row.reference_id, title)
    }
  }
  return titles
}

/** The best-before day (YYYY-MM-DD) of each lot the order's lines name, read from the harvest module. */
async function bestBeforeOfLots(
  container: MedusaContainer,
  items: NonNullable<OrderForDocuments["items"]>,
): Promise<Map<string, string>> {
  const numbers = items.flatMap((item) =>
    ((item.metadata?.ovop_lots ?? []) as { lot_number?: string }[])
      .map((lot) => lot.lot_number)
      .filter((lot): lot is string => Boolean(lot)),
  )
  const days = new Map<string, string>()
  if (!numbers.length) return days
  const harvest = container.resolve(HARVEST_MODULE) as {
    listHarvestLots: (
      filters: Record<string, unknown>,
      config: Record<string, unknown>,
    ) => Promise<{ lot_number: string; best_before: Date | null }[]>
  }
  for (const lot of await harvest.listHarvestLots({ lot_number: numbers }, { take: null })) {
    if (lot.best_before) days.set(lot.lot_number, lot.best_before.toISOString().slice(0, 10))
  }
  return days
}
