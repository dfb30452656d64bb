import type { PostalAddress } from "@ovop/domain"
import type { SummarySource, Translate } from "./checkout"

/**
 * The rules of the checkout's payment step: which ways to pay a region offers, what a payment
 * session shows, how a card is confirmed, what the placed order keeps of the payment. Pure.
 */

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

/** A payment session as the store answers it; `data` is the provider's (Stripe's intent, the transfer's reference). */
export type PaymentSession = { id: string; provider_id: string; data: Record<string, unknown> }

/** The note a way to pay shows once its session is open (the transfer shows its account instead, the card its form). */
export const paymentNoteKeys: Partial<Record<PaymentKind, string>> = {
  cashOnDelivery: "checkout.cashNote",
  test: "checkout.testNote",
}

/** What to say when a card is not confirmed: Stripe's reason when it gave one, else that the card failed. */
export function cardRefusal(reason: string | undefined, text: Translate): string {
  return reason ? text("checkout.cardDeclined", { reason }) : text("checkout.cardFailed")
}

/**
 * The request confirming a card session's payment intent with Stripe's test card on the local
 * Stripe server (test builds only: the end-to-end tests, where Stripe.js cannot load).
 */
export function testCardConfirmation(
  card: { url: string; publishableKey: string },
  sessionData: Record<string, unknown>,
): { url: string; init: RequestInit } {
  return {
    url: `${card.url}/v1/payment_intents/${String(sessionData.id ?? "")}/confirm`,
    init: {
      method: "POST",
      headers: {
        authorization: `Bearer ${card.publishableKey}`,
        "content-type": "application/x-www-form-urlencoded",
      },
      body: new URLSearchParams({ payment_method: "pm_card_visa", client_secret: String(sessionData.client_secret) }),
    },
  }
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
  /** Where the parcel goes, printed on the confirmation page. */
  shipping_address?: PostalAddress | null
  /** When it was placed (ISO 8601): the expected dispatch day counts from it. */
  created_at?: string | null
}

/** What the checkout leaves the confirmation page of an order just placed: how it was paid, a transfer's account, a guest's token. */
export function placedOrder(
  order: Omit<PlacedOrder, "payment" | "bank" | "token">,
  payment: PaymentKind | null,
  sessionData: Record<string, unknown> | undefined,
  token: string | undefined,
): PlacedOrder {
  return { ...order, payment, bank: payment === "bankTransfer" ? bankTransferDetails(sessionData) : null, token }
}
