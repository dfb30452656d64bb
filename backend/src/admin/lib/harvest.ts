import { resolveLocale, yearMonthLabel } from "@ovop/domain"
// Types, requests, client-side checks and date helpers of the harvest pages. Types and the
// allowed moves come from the server code so they cannot drift from what the API validates.
import type { AdminCreateHarvestLotType } from "../../api/admin/harvest-lots/validators"
import { HARVEST_LOT_STATUSES, HARVEST_LOT_TRANSITIONS, type HarvestLotStatus } from "../../modules/harvest/lot-status"
import type { FieldError, FieldErrors } from "./forms"
import { sdk } from "./sdk"

export type { HarvestLotStatus }
export { HARVEST_LOT_STATUSES }

/** A harvest lot as GET /admin/harvest-lots lists it (dates as ISO strings). */
export type AdminHarvestLot = {
  id: string
  lot_number: string
  variant_id: string
  producer_group_id: string
  production_date: string | null
  best_before: string | null
  forecast_quantity: number
  produced_quantity: number | null
  /** Units promised to pre-orders. */
  preordered_quantity: number
  /** Units of the produced quantity set aside for pre-orders when the lot came in. */
  allocated_quantity: number
  status: HarvestLotStatus
  expected_shipping_month: string | null
  note: string | null
}

/** The query of the lot list. */
export type HarvestLotListQuery = {
  status?: HarvestLotStatus
  producer_group_id?: string
  variant_id?: string
  limit: number
  offset: number
}

/** The answer of GET /admin/harvest-lots. */
export type HarvestLotListResponse = { harvest_lots: AdminHarvestLot[]; count: number }

/** Body of POST /admin/harvest-lots. */
export type CreateHarvestLotBody = AdminCreateHarvestLotType

/** The most lots the API returns at once. */
export const MAX_LOT_PAGE = 500

/** Lists lots, newest first. */
export function listHarvestLots(query: HarvestLotListQuery): Promise<HarvestLotListResponse> {
  return sdk.client.fetch<HarvestLotListResponse>("/admin/harvest-lots", { query })
}

/** Plans a lot. */
export async function createHarvestLot(body: CreateHarvestLotBody): Promise<AdminHarvestLot> {
  const { harvest_lot } = await sdk.client.fetch<{ harvest_lot: AdminHarvestLot }>("/admin/harvest-lots", {
    method: "POST",
    body,
  })
  return harvest_lot
}

/** Moves a lot to its next status. */
export async function transitionHarvestLot(
  id: string,
  body: { to: HarvestLotStatus; produced_quantity?: number },
): Promise<AdminHarvestLot> {
  const { harvest_lot } = await sdk.client.fetch<{ harvest_lot: AdminHarvestLot }>(
    `/admin/harvest-lots/${id}/transition`,
    { method: "POST", body },
  )
  return harvest_lot
}

/** The statuses a lot may move to next (what the server allows). */
export function nextStatuses(status: HarvestLotStatus): readonly HarvestLotStatus[] {
  return HARVEST_LOT_TRANSITIONS[status] ?? []
}

/** Whether moving to `to` adds stock, so the server needs the produced quantity. */
export function needsProducedQuantity(from: HarvestLotStatus, to: HarvestLotStatus): boolean {
  return to === "available" && from !== "sold_out"
}

// Products and variants ----------------------------------------------------------------------

/** A product as the harvest pages need it. */
export type HarvestProduct = {
  id: string
  title: string
  metadata?: Record<string, unknown> | null
  variants?: { id: string; title: string | null; sku?: string | null }[] | null
}

/** Products with their variants and metadata (the season lives in metadata.season_months). */
export async function listHarvestProducts(): Promise<HarvestProduct[]> {
  const { products } = await sdk.client.fetch<{ products: HarvestProduct[] }>("/admin/products", {
    query: { fields: "id,title,metadata,*variants", limit: 200 },
  })
  return products
}

/** What a variant is called in the lists: "Apricot jam · 350 g", or the product title alone. */
export type VariantLabel = { productId: string; productTitle: string; label: string }

/** Variant id → its product and label. */
export function variantLabels(products: readonly HarvestProduct[]): Map<string, VariantLabel> {
  const labels = new Map<string, VariantLabel>()
  for (const product of products) {
    const variants = product.variants ?? []
    for (const variant of variants) {
      const variantTitle = variant.title?.trim()
      const label =
        variants.length > 1 && variantTitle && variantTitle !== product.title
          ? `${product.title} · ${variantTitle}`
          : product.title
      labels.set(variant.id, { productId: product.id, productTitle: product.title, label })
    }
  }
  return labels
}

/** The months (1-12) a product is sold from stock; an empty list means all year. */
export function seasonMonths(product: HarvestProduct): number[] {
  const raw = product.metadata?.season_months
  if (!Array.isArray(raw)) return []
  const months = raw.map(Number).filter((month) => Number.isInteger(month) && month >= 1 && month <= 12)
  const distinct = [...new Set(months)].sort((a, b) => a - b)
  return distinct.length === 12 ? [] : distinct
}

// Dates ---------------------------------------------------------------------------------------

const DAY_MS = 86_400_000
const DAY_PATTERN = /^\d{4}-\d{2}-\d{2}$/
const MONTH_PATTERN = /^\d{4}-(0[1-9]|1[0-2])$/

/** Days within which a best-before counts as soon. */
export const EXPIRY_WINDOW_DAYS = 60

/** Today's day (YYYY-MM-DD) in Bishkek, where the association works. */
export function todayInBishkek(now = new Date()): string {
  const parts = new Intl.DateTimeFormat("en-US", {
    timeZone: "Asia/Bishkek",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
  }).formatToParts(now)
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((found) => found.type === type)?.value ?? ""
  return `${part("year")}-${part("month")}-${part("day")}`
}

/** The YYYY-MM-DD day of a stored date (stored at UTC midnight), or "". */
export function dayOfIso(isoDate: string | null | undefined): string {
  return isoDate ? isoDate.slice(0, 10) : ""
}

/** Whole days from `from` to `to` (both YYYY-MM-DD). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS)
}

/** A lot whose best-before is soon, with the days left. */
export type ExpiringLot = { lot: AdminHarvestLot; daysLeft: number }

/**
 * Lots with stock that may still reach the shelf (not sold out or expired) whose best-before
 * is within the window or already past (negative days: the cart rules no longer sell them and the
 * daily job expires them), soonest first.
 */
export function expiringLots(lots: readonly AdminHarvestLot[], today: string): ExpiringLot[] {
  const found: ExpiringLot[] = []
  for (const lot of lots) {
    if (lot.status === "expired" || lot.status === "sold_out") continue
    const day = dayOfIso(lot.best_before)
    if (!day) continue
    const daysLeft = daysBetween(today, day)
    if (daysLeft <= EXPIRY_WINDOW_DAYS) found.push({ lot, daysLeft })
  }
  return found.sort((a, b) => a.daysLeft - b.daysLeft || a.lot.lot_number.localeCompare(b.lot.lot_number))
}

/** True when a lot still on sale (available) is past its best-before day in Bishkek: it is no longer sold. */
export function isPastBestBeforeLot(lot: Pick<AdminHarvestLot, "status" | "best_before">, today: string): boolean {
  const day = dayOfIso(lot.best_before)
  return lot.status === "available" && Boolean(day) && day < today
}

/** The month (YYYY-MM) a lot belongs to in the calendar: its shipping month, else its production month. */
export function lotCalendarMonth(lot: AdminHarvestLot): string | undefined {
  if (lot.expected_shipping_month && MONTH_PATTERN.test(lot.expected_shipping_month)) {
    return lot.expected_shipping_month
  }
  const production = dayOfIso(lot.production_date)
  return production ? production.slice(0, 7) : undefined
}

/** A month (YYYY-MM) in the dashboard's language ("March 2025", "март 2025 г."). */
export function formatMonth(month: string | null | undefined, language: string): string {
  if (!month || !MONTH_PATTERN.test(month)) return month || "—"
  // The shop's languages name months as the storefront and the emails do (one Intl locale each).
  const locale = resolveLocale(language)
  if (locale) return yearMonthLabel(month, locale) ?? month
  const date = new Date(`${month}-01T00:00:00Z`)
  return new Intl.DateTimeFormat(language, { month: "long", year: "numeric", timeZone: "UTC" }).format(date)
}

/** The short name of a month 1-12 in the dashboard's language ("Mar", "март"). */
export function shortMonthName(month: number, language: string): string {
  const date = new Date(Date.UTC(2000, month - 1, 1))
  return new Intl.DateTimeFormat(language, { month: "short", timeZone: "UTC" }).format(date)
}

// The plan form ---------------------------------------------------------------------------------

/** The plan form as it is held (inputs give strings). */
export type PlanLotFormValues = {
  lot_number: string
  variant_id: string
  forecast_quantity: string
  produced_quantity: string
  production_date: string
  best_before: string
  expected_shipping_month: string
  note: string
}

/** One field of the plan form. */
export type PlanLotField = keyof PlanLotFormValues

/** An empty plan form. */
export const emptyPlanLotForm: PlanLotFormValues = {
  lot_number: "",
  variant_id: "",
  forecast_quantity: "",
  produced_quantity: "",
  production_date: "",
  best_before: "",
  expected_shipping_month: "",
  note: "",
}

const MAX_NOTE = 1000
const MAX_QUANTITY = 1_000_000

const fieldError = (key: string, values?: FieldError["values"]): FieldError => ({ key, values })

function isDay(value: string): boolean {
  if (!DAY_PATTERN.test(value)) return false
  const date = new Date(`${value}T00:00:00Z`)
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value
}

function checkQuantity(value: string, required: boolean): FieldError | undefined {
  const text = value.trim()
  if (!text) return required ? fieldError("harvest.validation.required") : undefined
  if (/^-\d+$/.test(text)) return fieldError("harvest.validation.notNegative")
  if (!/^\d+$/.test(text)) return fieldError("harvest.validation.wholeNumber")
  if (Number(text) > MAX_QUANTITY) return fieldError("harvest.validation.tooLarge")
  return undefined
}

/** Checks the plan form with the API's rules (api/admin/harvest-lots/validators.ts). */
export function checkPlanLotForm(values: PlanLotFormValues): FieldErrors<PlanLotField> {
  const errors: FieldErrors<PlanLotField> = {}
  const set = (field: PlanLotField, found: FieldError | undefined) => {
    if (found) errors[field] = found
  }
  if (!values.lot_number.trim()) errors.lot_number = fieldError("harvest.validation.required")
  if (!values.variant_id) errors.variant_id = fieldError("harvest.validation.chooseVariant")
  set("forecast_quantity", checkQuantity(values.forecast_quantity, true))
  set("produced_quantity", checkQuantity(values.produced_quantity, false))
  if (values.production_date && !isDay(values.production_date)) {
    errors.production_date = fieldError("harvest.validation.date")
  }
  if (values.best_before && !isDay(values.best_before)) errors.best_before = fieldError("harvest.validation.date")
  // Same-format days compare correctly as strings.
  if (
    !errors.production_date &&
    !errors.best_before &&
    values.production_date &&
    values.best_before &&
    values.best_before <= values.production_date
  ) {
    errors.best_before = fieldError("harvest.validation.bestBeforeOrder")
  }
  if (values.expected_shipping_month && !MONTH_PATTERN.test(values.expected_shipping_month)) {
    errors.expected_shipping_month = fieldError("harvest.validation.month")
  }
  if (values.note.trim().length > MAX_NOTE) errors.note = fieldError("harvest.validation.tooLong", { max: MAX_NOTE })
  return errors
}

/** The request body of a checked plan form. */
export function planLotBody(values: PlanLotFormValues): CreateHarvestLotBody {
  const produced = values.produced_quantity.trim()
  return {
    lot_number: values.lot_number.trim(),
    variant_id: values.variant_id,
    forecast_quantity: Number(values.forecast_quantity.trim()),
    produced_quantity: produced ? Number(produced) : undefined,
    production_date: values.production_date || undefined,
    best_before: values.best_before || undefined,
    expected_shipping_month: values.expected_shipping_month || undefined,
    note: values.note.trim() || undefined,
  }
}

/** Checks the produced quantity asked for when a lot becomes available (the server wants at least 1). */
export function checkProducedQuantity(value: string): FieldError | undefined {
  const found = checkQuantity(value, true)
  if (found) return found
  return Number(value.trim()) < 1 ? fieldError("harvest.validation.atLeastOne") : undefined
}
