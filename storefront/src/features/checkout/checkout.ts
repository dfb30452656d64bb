import {
  formatMoney,
  isImportChargesLine,
  isTaxBreakdown,
  JAPAN,
  SHIPPING_OPTIONS,
  type ShippingCode,
  type TaxBreakdown,
} from "@ovop/domain"
import type { Locale } from "../../i18n/locales"

/**
 * The checkout's pure rules shared by its steps and the confirmation page: the steps, the page's
 * strings, the order summary's figures, the placed order. Each step's own rules are in its pure
 * module beside it (details, delivery, payment); no DOM, no fetch (the island's step modules do those).
 */

/** The page's strings by key, as the island is handed them (`data-texts`). */
export type Texts = Record<string, string>

/** A text of the page with its `{name}` placeholders filled; one without a value is left empty. */
export function fillText(template: string, values: Record<string, string> = {}): string {
  return template.replace(/\{(\w+)\}/g, (_, name: string) => values[name] ?? "")
}

/** Looks up a string of the page and fills its placeholders. */
export type Translate = (key: string, values?: Record<string, string>) => string

/** The checkout's steps, in order. */
export const checkoutSteps = ["details", "delivery", "payment", "review"] as const
/** A step of the checkout. */
export type CheckoutStep = (typeof checkoutSteps)[number]

/** How a step shows while the shopper is at `current`: answered (its summary), open (its form) or not reached (hidden). */
export type StepState = "answered" | "open" | "ahead"

/** The state of every step while the shopper is at `current` (changing an answered step reopens it, hiding those after). */
export function stepStates(current: CheckoutStep): Record<CheckoutStep, StepState> {
  const at = checkoutSteps.indexOf(current)
  return Object.fromEntries(
    checkoutSteps.map((step, index) => [step, index < at ? "answered" : index === at ? "open" : "ahead"]),
  ) as Record<CheckoutStep, StepState>
}

/** A radio choice of a step (a delivery option, a way to pay): its value and its label. */
export type Choice = { value: string; label: string }

/** A line, shipping method or total as the cart and the order answer them (amounts in the currency's main unit). */
export type SummarySource = {
  currency_code: string
  items?:
    | {
        title: string
        product_title?: string | null
        variant_title?: string | null
        quantity: number
        total?: number | null
        unit_price: number
        /** `ovop_import_charges` marks the duty-and-tax line of a duty-paid Japanese cart. */
        metadata?: Record<string, unknown> | null
      }[]
    | null
  /** Where the parcel goes: to Japan, the duty note shows. */
  shipping_address?: { country_code?: string | null } | null
  shipping_methods?: { name: string; total?: number | null; amount?: number | null }[] | null
  item_total?: number | null
  shipping_total?: number | null
  tax_total?: number | null
  total?: number | null
  /** A cart's tax breakdown, as the backend adds it to `GET /store/carts/:id`. */
  ovop_tax?: unknown
  /** An order's metadata: `ovop_tax` is its tax breakdown, stored at checkout. */
  metadata?: Record<string, unknown> | null
}

/** The order summary's figures, formatted in the currency (whole som and yen, dollars with cents). */
export type OrderSummary = {
  lines: { name: string; option: string; quantity: number; amount: string }[]
  shipping: { name: string; amount: string }[]
  itemTotal: string
  /** The duty-and-tax line's amount (duty paid to Japan), shown as a total of its own; null without one. */
  importCharges: string | null
  shippingTotal: string
  /** The tax the prices include; null when there is none (International). */
  taxIncluded: string | null
  /** The tax per rate (once per rate, as the order keeps it): the rate, the amount taxed and the tax. */
  taxRates: { rate: number; gross: string; tax: string }[]
  total: string
}

/** The tax breakdown of a cart or an order (`ovop_tax`), or null when it carries none. */
export function taxBreakdownOf(source: SummarySource): TaxBreakdown | null {
  const breakdown = source.ovop_tax ?? source.metadata?.ovop_tax
  return isTaxBreakdown(breakdown) ? breakdown : null
}

/** An amount for `locale`, or `freeLabel` ("free", translated) when it is zero and a label is given. */
export function moneyOrFree(
  amount: number | null | undefined,
  currencyCode: string,
  locale: Locale,
  freeLabel?: string,
) {
  return !amount && freeLabel ? freeLabel : formatMoney(amount ?? 0, currencyCode, locale)
}

/** Formats a cart's or an order's lines and totals for `locale`; a zero delivery reads `freeLabel` when given. */
export function orderSummary(source: SummarySource, locale: Locale, freeLabel?: string): OrderSummary {
  const money = (amount: number | null | undefined) => formatMoney(amount ?? 0, source.currency_code, locale)
  const deliveryMoney = (amount: number | null | undefined) =>
    moneyOrFree(amount, source.currency_code, locale, freeLabel)
  // The shop's breakdown where there is one (Medusa's own tax total is 0 in the tax-inclusive regions).
  const breakdown = taxBreakdownOf(source)
  const taxTotal = breakdown ? breakdown.tax_total : source.tax_total
  const lineAmount = (item: NonNullable<SummarySource["items"]>[number]) =>
    item.total ?? item.unit_price * item.quantity
  const dutyLines = (source.items ?? []).filter((item) => isImportChargesLine(item))
  const dutyTotal = dutyLines.reduce((sum, item) => sum + lineAmount(item), 0)
  return {
    lines: (source.items ?? [])
      .filter((item) => !isImportChargesLine(item))
      .map((item) => ({
        name: item.product_title ?? item.title,
        option: item.variant_title ?? "",
        quantity: item.quantity,
        amount: money(lineAmount(item)),
      })),
    shipping: (source.shipping_methods ?? []).map((method) => ({
      name: method.name,
      amount: deliveryMoney(method.total ?? method.amount),
    })),
    itemTotal: money((source.item_total ?? 0) - dutyTotal),
    importCharges: dutyLines.length ? money(dutyTotal) : null,
    shippingTotal: deliveryMoney(source.shipping_total),
    taxIncluded: taxTotal ? money(taxTotal) : null,
    taxRates: (breakdown?.rates ?? []).map((rate) => ({
      rate: rate.rate,
      gross: money(rate.gross),
      tax: money(rate.tax),
    })),
    total: money(source.total),
  }
}

/** True when the parcel goes to Japan: the checkout's review and the order page show the duty note. */
export function dutyNoteShown(source: Pick<SummarySource, "shipping_address">): boolean {
  return source.shipping_address?.country_code?.toLowerCase() === JAPAN.country
}

/** A summary line's label: the product and, in brackets, its option. */
export function lineLabel(line: { name: string; option: string }): string {
  return line.option ? `${line.name} (${line.option})` : line.name
}

/** The summary's tax row: the tax the prices include, or that there is none. */
export function taxNote(summary: Pick<OrderSummary, "taxIncluded">, text: Translate): string {
  return summary.taxIncluded ? text("checkout.taxIncluded", { tax: summary.taxIncluded }) : text("checkout.noTax")
}

/** A simple email check (the store sends the confirmation there): something@domain.tld, no spaces. */
export function isEmail(value: string): boolean {
  return /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value.trim())
}

/** The `sessionStorage` key the checkout leaves a placed order under, for the confirmation page. */
export const placedOrderKey = (orderId: string): string => `ovop.order.${orderId}`

/**
 * The delivery code (`kg-courier`) of a shipping method, from its name: an order's method keeps the
 * name of the option it was chosen from, which the seed gives from the domain's list. Null for an
 * option staff named otherwise (the page then shows that name).
 */
export function deliveryCode(methodName: string | null | undefined): ShippingCode | null {
  return SHIPPING_OPTIONS.find((option) => option.name === methodName)?.code ?? null
}
