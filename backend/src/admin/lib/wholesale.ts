import { formatMoney, PAYMENT_TERMS, QUOTE_STATUSES, type QuoteStatus, resolveLocale } from "@ovop/domain"
import { sdk } from "./sdk"

// The admin's side of export wholesale: buyer applications and quotes, read and changed through
// the admin routes (docs/api.md, "Export wholesale").

export { PAYMENT_TERMS, QUOTE_STATUSES, type QuoteStatus }

/** A buyer application as the admin route answers it. */
export type AdminWholesaleApplication = {
  id: string
  status: "pending" | "approved" | "rejected"
  company_name: string
  country_code: string
  registration_number: string
  contact_person: string
  email: string
  expected_yearly_volume_usd: number
  preferred_language: string
  rejection_reason: string | null
  created_at: string
}

/** A quote as the admin routes answer it. */
export type AdminWholesaleQuote = {
  id: string
  company_id: string
  company_name?: string | null
  status: QuoteStatus
  currency_code: string
  requested_delivery_date: string
  destination: { country_code: string; city: string }
  incoterm: string
  named_place: string
  consignee: string
  freight: number | null
  valid_until: string | null
  ships_on: string | null
  payment_terms: (typeof PAYMENT_TERMS)[number] | null
  closing_reason: string | null
  order_id: string | null
  created_at: string
  lines: {
    id: string
    title: string
    sku: string | null
    quantity: number
    case_pack: number
    cases: number
    requested_unit_price: number
    quoted_unit_price: number | null
    /** Booked beyond the shelf against a coming harvest lot, or null for a line from the shelf. */
    booking?: { lot_number: string | null; expected_shipping_month: string | null } | null
  }[]
  totals: { item_total: number; freight: number; total: number }
  messages: { id: string; author_type: "buyer" | "staff"; body: string; created_at: string }[]
  payments: {
    id: string
    amount: number
    received_on: string
    reference: string
    /** `card`: paid by the buyer through Stripe (the intent's id); `transfer`: recorded by staff. */
    method: "transfer" | "card"
    stripe_payment_intent_id: string | null
  }[]
  balance: {
    total: number
    paid: number
    balance: number
    status: string
    next_due: { amount: number; due: string } | null
  } | null
}

/** A company as the admin routes answer it. */
export type AdminCompany = { id: string; name: string; trusted: boolean; payment_terms: string }

/** Applications, newest first, of one status (all when unset). */
export function listApplications(status?: string) {
  return sdk.client.fetch<{ wholesale_applications: AdminWholesaleApplication[]; count: number }>(
    "/admin/wholesale/applications",
    { query: { ...(status ? { status } : {}), limit: 100 } },
  )
}

/** Approves an application. */
export function approveApplication(id: string) {
  return sdk.client.fetch(`/admin/wholesale/applications/${id}/approve`, { method: "POST", body: {} })
}

/** Rejects an application with the reason sent to the applicant. */
export function rejectApplication(id: string, reason: string) {
  return sdk.client.fetch(`/admin/wholesale/applications/${id}/reject`, { method: "POST", body: { reason } })
}

/** Quotes, newest first, of one status (all when unset). */
export function listQuotes(status?: string) {
  return sdk.client.fetch<{ wholesale_quotes: AdminWholesaleQuote[]; count: number }>("/admin/wholesale/quotes", {
    query: { ...(status ? { status } : {}), limit: 100 },
  })
}

/** One quote with its company. */
export function retrieveQuote(id: string) {
  return sdk.client.fetch<{ wholesale_quote: AdminWholesaleQuote; company: AdminCompany }>(
    `/admin/wholesale/quotes/${id}`,
  )
}

/** Staff's answer to a quote. */
export type QuoteAnswerBody = {
  lines: { id: string; unit_price: number }[]
  freight: number
  valid_until: string
  ships_on: string
  payment_terms: string
  message?: string
}

/** Sends staff's answer. */
export function answerQuote(id: string, body: QuoteAnswerBody) {
  return sdk.client.fetch(`/admin/wholesale/quotes/${id}/quote`, { method: "POST", body })
}

/** Cancels an open quote with a reason. */
export function cancelQuote(id: string, reason: string) {
  return sdk.client.fetch(`/admin/wholesale/quotes/${id}/cancel`, { method: "POST", body: { reason } })
}

/** Leaves a staff message on a quote. */
export function postQuoteMessage(id: string, body: string) {
  return sdk.client.fetch(`/admin/wholesale/quotes/${id}/messages`, { method: "POST", body: { body } })
}

/** Records a payment received on an accepted quote's order. */
export function recordQuotePayment(id: string, body: { amount: number; received_on: string; reference: string }) {
  return sdk.client.fetch(`/admin/wholesale/quotes/${id}/payments`, { method: "POST", body })
}

/** Marks a company trusted (net 30 may be quoted) or not. */
export function setCompanyTrusted(id: string, trusted: boolean) {
  return sdk.client.fetch(`/admin/wholesale/companies/${id}`, { method: "POST", body: { trusted } })
}

/** An amount in its currency, in the dashboard's language ("¥98,640", "98 640 ¥"). */
export function money(amount: number | null | undefined, currencyCode: string, language: string): string {
  if (amount === null || amount === undefined) return "—"
  return formatMoney(amount, currencyCode, resolveLocale(language) ?? "en")
}

/** A number typed in a form ("560", "3,58"), or null when it is none. */
export function parseAmount(value: string): number | null {
  const normalised = value.trim().replace(/\s/g, "").replace(",", ".")
  if (!/^\d+(\.\d+)?$/.test(normalised)) return null
  return Number(normalised)
}

/** The export documents of a wholesale order, in the order the admin offers them. */
export const EXPORT_DOCUMENTS = [
  { kind: "proforma_invoice", label: "wholesale.documents.proformaInvoice" },
  { kind: "commercial_invoice", label: "wholesale.documents.commercialInvoice" },
  { kind: "packing_list", label: "wholesale.documents.packingList" },
] as const

/**
 * Where the dashboard downloads order `orderId`'s export document `kind`: the admin route on the
 * dashboard's own origin, so the browser sends the staff session cookie with a plain link.
 */
export function exportDocumentUrl(orderId: string, kind: (typeof EXPORT_DOCUMENTS)[number]["kind"]): string {
  return `/admin/wholesale/orders/${encodeURIComponent(orderId)}/documents/${kind}`
}
