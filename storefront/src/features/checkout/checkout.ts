import { formatMoney, isTaxBreakdown, type TaxBreakdown } from "@ovop/domain"
import type { Locale } from "../../i18n/locales"

/**
 * The checkout's pure rules: its steps, which ways to pay a region offers, what a payment
 * session shows, and the order summary's figures. No DOM, no fetch (the island does those).
 */

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

/** The store's payment providers (ids are stable: the seed sets them, the storefront relies on them). */
export const paymentProviders = {
  card: "pp_stripe_stripe",
  cashOnDelivery: "pp_cash-on-delivery_ovop",
  bankTransfer: "pp_bank-transfer_ovop",
  test: "pp_system_default",
} as const

/** A way to pay as the checkout offers it. */
export type PaymentKind = keyof typeof paymentProviders

const kindOf = (providerId: string): PaymentKind | undefined =>
  (Object.keys(paymentProviders) as PaymentKind[]).find((kind) => paymentProviders[kind] === providerId)

/**
 * The ways to pay offered for a region's providers, in the store's order (cards, cash, transfer).
 * Medusa's system provider takes no money: it is offered, as a test payment, only when the region
 * has nothing else; providers the storefront does not know are left out.
 */
export function paymentChoices(providerIds: readonly string[]): { kind: PaymentKind; providerId: string }[] {
  const known = providerIds.map(kindOf).filter((kind): kind is PaymentKind => kind !== undefined)
  const real = known.filter((kind) => kind !== "test")
  const offered = real.length ? real : known
  const order: PaymentKind[] = ["card", "cashOnDelivery", "bankTransfer", "test"]
  return order.filter((kind) => offered.includes(kind)).map((kind) => ({ kind, providerId: paymentProviders[kind] }))
}

/** What the bank-transfer session carries for the shopper: the reference to quote and the account. */
export type BankTransferDetails = {
  reference: string
  amountDue: number | null
  currencyCode: string | null
  bankName: string
  accountHolder: string
  accountNumber: string
  bik: string
}

const textOf = (value: unknown) => (typeof value === "string" ? value : "")

/** The bank details of a `pp_bank-transfer_ovop` session's data, or null when it carries none. */
export function bankTransferDetails(data: Record<string, unknown> | null | undefined): BankTransferDetails | null {
  const reference = textOf(data?.reference)
  if (!reference) return null
  const bank = (data?.bank ?? {}) as Record<string, unknown>
  return {
    reference,
    amountDue: typeof data?.amount_due === "number" ? data.amount_due : null,
    currencyCode: textOf(data?.currency_code) || null,
    bankName: textOf(bank.bank_name),
    accountHolder: textOf(bank.account_holder),
    accountNumber: textOf(bank.account_number),
    bik: textOf(bank.bik),
  }
}

/** How a card is confirmed: Stripe's Payment Element, or (test builds only) a direct call to a local Stripe server. */
export type CardConfirmation =
  | { mode: "element"; publishableKey: string }
  | { mode: "test"; publishableKey: string; url: string }

/**
 * The card confirmation a build supports, from its public settings; null without a publishable
 * key. The test URL is set only by the end-to-end tests (never in production).
 */
export function cardConfirmation(
  publishableKey: string | undefined,
  testConfirmUrl: string | undefined,
): CardConfirmation | null {
  if (!publishableKey) return null
  const url = testConfirmUrl?.replace(/\/+$/, "")
  return url ? { mode: "test", publishableKey, url } : { mode: "element", publishableKey }
}

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
      }[]
    | null
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

/** Formats a cart's or an order's lines and totals for `locale`. */
export function orderSummary(source: SummarySource, locale: Locale): OrderSummary {
  const money = (amount: number | null | undefined) => formatMoney(amount ?? 0, source.currency_code, locale)
  // The shop's breakdown where there is one (Medusa's own tax total is 0 in the tax-inclusive regions).
  const breakdown = taxBreakdownOf(source)
  const taxTotal = breakdown ? breakdown.tax_total : source.tax_total
  return {
    lines: (source.items ?? []).map((item) => ({
      name: item.product_title ?? item.title,
      option: item.variant_title ?? "",
      quantity: item.quantity,
      amount: money(item.total ?? item.unit_price * item.quantity),
    })),
    shipping: (source.shipping_methods ?? []).map((method) => ({
      name: method.name,
      amount: money(method.total ?? method.amount),
    })),
    itemTotal: money(source.item_total),
    shippingTotal: money(source.shipping_total),
    taxIncluded: taxTotal ? money(taxTotal) : null,
    taxRates: (breakdown?.rates ?? []).map((rate) => ({
      rate: rate.rate,
      gross: money(rate.gross),
      tax: money(rate.tax),
    })),
    total: money(source.total),
  }
}

/** A simple email check (the store sends the confirmation there): something@domain.tld, no spaces. */
export function isEmail(value: string): boolean {
  return /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value.trim())
}

/** What the confirmation page shows of a placed order (kept for it in `sessionStorage`). */
export type PlacedOrder = SummarySource & {
  id: string
  display_id: number | string
  email?: string | null
  payment: PaymentKind | null
  bank: BankTransferDetails | null
  /** A guest order's token (the checkout's `order_token`): it opens the order in the store API. */
  token?: string | undefined
}

/** The `sessionStorage` key the checkout leaves a placed order under, for the confirmation page. */
export const placedOrderKey = (orderId: string): string => `ovop.order.${orderId}`
