// What a shopper reads when the store refuses a request: rendered from the refusal's stable code
// and parameters (`{ code, params, message }`, docs/api.md "Refusals") with `@ovop/domain`'s
// catalogue in the page's language, never by reading the server's words. The catalogues of all
// four languages are 3.9 KB gzip, more than the home page's whole script budget, and a refusal is
// rare: they are loaded (a chunk of their own) only when a refusal has to be shown.
import type { Locale } from "../../i18n/locales"

type ErrorBody = { code?: unknown; message?: unknown }

const domain = () => import("@ovop/domain")

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
    const { refusalOf, refusalMessage } = await domain()
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
  return (await domain().catch(() => null))?.isRefusalCode(code) ? code : undefined
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
  const { refusal, refusalMessage } = await domain()
  return refusalMessage(refusal("card_declined", reason ? { reason } : {}), locale)
}
