// What a shopper reads when the store refuses a request: rendered from the refusal's stable code
// and parameters (`{ code, params, message }`, docs/api.md "Refusals") with `@ovop/domain`'s
// catalogue in the page's language, never by reading the server's words. The catalogues of all
// four languages are 3.9 KB gzip, more than the home page's whole script budget, and a refusal is
// rare: they are loaded (a chunk of their own) only when a refusal has to be shown.
import { isRefusalCode, refusal, refusalOf } from "@ovop/domain"
import type { Locale } from "./locales"

type ErrorBody = { code?: unknown; message?: unknown }

const messages = () => import("@ovop/domain/messages")

/**
 * The text for a failed store call's body: a refusal rendered from its code and params in
 * `locale` (the product is named as the body names it: in the language the page asked the store
 * for), otherwise the server's own message (Medusa's validation errors, naming a field), or "".
 */
export async function failureText(body: unknown, locale: Locale): Promise<string> {
  const { code, message } = (body && typeof body === "object" ? body : {}) as ErrorBody
  const serverMessage = typeof message === "string" ? message : ""
  if (typeof code !== "string") return serverMessage
  try {
    const { refusalMessage } = await messages()
    const refused = refusalOf(body)
    return refused ? refusalMessage(refused, locale) : serverMessage
  } catch {
    // The catalogue could not be loaded (offline): the server's message is in the page's language too.
    return serverMessage
  }
}

/** The refusal code of a failed store call's body, if it is one of the shop's refusals. */
export async function refusalCodeOf(body: unknown): Promise<string | undefined> {
  const { code } = (body && typeof body === "object" ? body : {}) as ErrorBody
  if (typeof code !== "string") return undefined
  return isRefusalCode(code) ? code : undefined
}

/**
 * What to say when the card's bank declined a payment, from Stripe's error (Stripe.js's
 * `confirmPayment` error, or a Stripe API error body's `error`): the `card_declined` refusal with
 * Stripe's `decline_code` (or its `code`) as the reason, in `locale`.
 */
export async function cardDeclineText(
  stripeError: { decline_code?: unknown; code?: unknown } | null | undefined,
  locale: Locale,
): Promise<string> {
  const reason = [stripeError?.decline_code, stripeError?.code].find(
    (value): value is string => typeof value === "string" && value !== "",
  )
  const { refusalMessage } = await messages()
  return refusalMessage(refusal("card_declined", reason ? { reason } : {}), locale)
}

/**
 * Why the card was not accepted, for the checkout's "The card was not accepted ({reason})": the
 * decline reason in `locale` when Stripe names one the shop's catalogue knows, otherwise Stripe's
 * own message (Stripe.js writes its card-form errors in the page's language), else the generic one.
 */
export async function cardDeclineReason(
  stripeError: { decline_code?: unknown; code?: unknown; message?: unknown } | null | undefined,
  locale: Locale,
): Promise<string> {
  const codes = [stripeError?.decline_code, stripeError?.code].filter(
    (value): value is string => typeof value === "string" && value !== "",
  )
  try {
    const { REFUSAL_CATALOGUES, declineReasonText } = await messages()
    const known = codes.find((code) => code in REFUSAL_CATALOGUES[locale].decline_reasons)
    if (known || typeof stripeError?.message !== "string") return declineReasonText(known, locale)
  } catch {
    // The catalogue could not be loaded (offline): Stripe's words are better than none.
  }
  return typeof stripeError?.message === "string" ? stripeError.message : ""
}
