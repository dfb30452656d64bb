import { formatMoney } from "@ovop/domain"
import type { Locale } from "../../i18n/locales"
import { cardDeclineReason } from "../../i18n/refusal-text"
import { loadStripeJs, type StripeElements, type StripeJs } from "../checkout/card-payment"
import { cardConfirmation, testCardConfirmation } from "../checkout/payment"

/*
 * Card payment of a wholesale order on the wholesale page (loaded when the buyer clicks "pay by
 * card"): the store makes a Stripe payment intent for what is due now, the buyer confirms it in
 * Stripe's Payment Element (a test build confirms with the local Stripe server's test card), and
 * the page reports it back until the store has recorded the payment.
 */

/** What the store answers for a card payment it started. */
type CardPaymentStart = {
  card_payment: {
    payment_intent_id: string
    client_secret: string
    installment: string
    amount: number
    currency_code: string
  }
}
type CardPaymentReport = { card_payment: { status: string; recorded: boolean } }

/** What the wholesale island lends this module: its store API, its strings and the page's language. */
export type CardPaymentDeps = {
  api: <T>(path: string, options?: { body?: unknown }) => Promise<T>
  text: (key: string, values?: Record<string, string | number>) => string
  locale: Locale
}

/** How often, and how far apart, the page asks whether Stripe's confirmation is recorded. */
const REPORT_TRIES = 8
const REPORT_GAP_MS = 1500

/**
 * Pays what is due now on order `orderId` by card inside `box`; `status` says how it goes.
 * Resolves true once the payment is recorded (the page then reloads the quotes).
 */
export async function payWholesaleOrderByCard(
  deps: CardPaymentDeps,
  orderId: string,
  box: HTMLElement,
  status: HTMLElement,
): Promise<boolean> {
  const { api, text, locale } = deps
  const card = cardConfirmation(
    import.meta.env.PUBLIC_STRIPE_PUBLISHABLE_KEY,
    import.meta.env.PUBLIC_OVOP_STRIPE_TEST_CONFIRM_URL,
  )
  if (!card) {
    status.textContent = text("card.unavailable")
    return false
  }
  status.textContent = text("card.loading")
  let started: CardPaymentStart["card_payment"]
  try {
    started = (await api<CardPaymentStart>(`/store/wholesale/orders/${orderId}/card-payment`, { body: {} }))
      .card_payment
  } catch (error) {
    status.textContent = (error as Error).message
    return false
  }
  const amount = formatMoney(started.amount, started.currency_code, locale)
  let refusal: string | null
  if (card.mode === "test") {
    status.textContent = text("card.test")
    const request = testCardConfirmation(card, { id: started.payment_intent_id, client_secret: started.client_secret })
    const response = await fetch(request.url, request.init).catch(() => null)
    refusal = response?.ok ? null : text("card.failed")
  } else {
    refusal = await confirmInElement(deps, card.publishableKey, started.client_secret, amount, box, status)
  }
  if (refusal) {
    status.textContent = refusal
    return false
  }
  status.textContent = text("card.waiting")
  for (let attempt = 0; attempt < REPORT_TRIES; attempt++) {
    try {
      const report = await api<CardPaymentReport>(`/store/wholesale/orders/${orderId}/card-payment/confirm`, {
        body: { payment_intent_id: started.payment_intent_id },
      })
      if (report.card_payment.recorded) {
        box.replaceChildren()
        status.textContent = text("card.received", { amount })
        return true
      }
      if (report.card_payment.status !== "processing" && report.card_payment.status !== "succeeded") break
    } catch (error) {
      status.textContent = (error as Error).message
      return false
    }
    await new Promise((resolve) => setTimeout(resolve, REPORT_GAP_MS))
  }
  status.textContent = text("card.pending")
  return false
}

/**
 * Mounts Stripe's Payment Element for the intent in `box` with a pay button, and confirms when it
 * is pressed; answers what to tell the buyer when the card is refused, null when it paid.
 */
async function confirmInElement(
  deps: CardPaymentDeps,
  publishableKey: string,
  clientSecret: string,
  amount: string,
  box: HTMLElement,
  status: HTMLElement,
): Promise<string | null> {
  const { text, locale } = deps
  const loaded = await loadStripeJs().then(
    () => true,
    () => false,
  )
  if (!loaded || !window.Stripe) return text("card.failed")
  const js: StripeJs = window.Stripe(publishableKey)
  const elements: StripeElements = js.elements({ clientSecret, locale })
  const form = document.createElement("div")
  const pay = document.createElement("button")
  pay.type = "button"
  pay.textContent = text("card.confirm", { amount })
  box.replaceChildren(form, pay)
  elements.create("payment").mount(form)
  status.textContent = ""
  return await new Promise<string | null>((resolve) => {
    pay.addEventListener("click", async () => {
      pay.disabled = true
      const { error } = await js.confirmPayment({
        elements,
        redirect: "if_required",
        confirmParams: { return_url: location.href },
      })
      if (!error) return resolve(null)
      pay.disabled = false
      status.textContent = text("card.declined", { reason: await cardDeclineReason(error, locale) })
    })
  })
}
