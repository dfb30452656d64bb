import { cardDeclineReason } from "../../i18n/refusal-text"
import type { CheckoutPage } from "./checkout-page"
import { cardConfirmation, cardRefusal, type PaymentSession, testCardConfirmation } from "./payment"

// Stripe.js, as far as the checkout (and the wholesale page's card payment) uses it: its Payment Element.
export type StripeElements = { create: (type: "payment") => { mount: (element: HTMLElement) => void } }
export type StripeJs = {
  elements: (options: { clientSecret: string; locale: string }) => StripeElements
  confirmPayment: (options: {
    elements: StripeElements
    redirect: "if_required"
    confirmParams: { return_url: string }
  }) => Promise<{ error?: { message?: string; code?: string; decline_code?: string } }>
}
declare global {
  interface Window {
    Stripe?: (publishableKey: string) => StripeJs
  }
}

const stripeJsUrl = "https://js.stripe.com/v3/"
let stripeJs: Promise<void> | undefined
/** Loads Stripe.js once; only when a card is chosen, never before. */
export const loadStripeJs = () => {
  stripeJs ??= new Promise<void>((resolve, reject) => {
    const script = document.createElement("script")
    script.src = stripeJsUrl
    script.onload = () => resolve()
    script.onerror = () => reject(new Error("Stripe.js did not load"))
    document.head.append(script)
  })
  return stripeJs
}

/** The card step's parts: reset, open (mount the form), confirm. */
export type CardPayment = ReturnType<typeof cardPayment>

/**
 * Card payments: Stripe's Payment Element (Stripe.js loaded when the card is chosen), or in a
 * test build the local Stripe server confirming with its test card.
 */
export function cardPayment(page: CheckoutPage) {
  const { text } = page
  const card = cardConfirmation(
    import.meta.env.PUBLIC_STRIPE_PUBLISHABLE_KEY,
    import.meta.env.PUBLIC_OVOP_STRIPE_TEST_CONFIRM_URL,
  )
  const payment = page.formOf("payment")
  const paymentNote = page.$("[data-payment-note]", payment)
  const cardElement = page.$("[data-card-element]", payment)
  let stripe: { js: StripeJs; elements: StripeElements } | null = null

  return {
    /** Takes the card form away (another way to pay was chosen, or the payment step opens again). */
    reset: () => {
      cardElement.replaceChildren()
      stripe = null
    },

    /**
     * Loads Stripe.js and mounts the Payment Element for the session (in a test build, says the
     * test card pays); false when the card cannot be taken, or when `isCurrent` says the shopper chose again meanwhile.
     */
    open: async (opened: PaymentSession, isCurrent: () => boolean): Promise<boolean> => {
      if (!card) {
        page.formError("payment", text("checkout.cardFailed"))
        return false
      }
      paymentNote.textContent = text("checkout.cardLoading")
      const loaded = await loadStripeJs().then(
        () => true,
        () => false,
      )
      if (!isCurrent()) return false
      if (card.mode === "test") {
        paymentNote.textContent = text("checkout.cardTest")
        return true
      }
      const clientSecret = String(opened.data.client_secret ?? "")
      if (!loaded || !window.Stripe || !clientSecret) {
        paymentNote.textContent = ""
        page.formError("payment", text("checkout.cardFailed"))
        return false
      }
      const js = window.Stripe(card.publishableKey)
      const elements = js.elements({ clientSecret, locale: page.locale })
      elements.create("payment").mount(cardElement)
      stripe = { js, elements }
      paymentNote.textContent = ""
      return true
    },

    /** Confirms the card session's payment intent; answers what to tell the shopper when it is refused, null when paid. */
    confirm: async (session: PaymentSession | null): Promise<string | null> => {
      if (!card || !session) return text("checkout.cardFailed")
      if (card.mode === "test") {
        const request = testCardConfirmation(card, session.data)
        const response = await fetch(request.url, request.init).catch(() => null)
        if (response?.ok) return null
        const answer = (await response?.json().catch(() => null)) as {
          error?: { message?: string; code?: string; decline_code?: string }
        } | null
        return answer?.error
          ? cardRefusal(await cardDeclineReason(answer.error, page.locale), text)
          : cardRefusal("", text)
      }
      if (!stripe) return text("checkout.cardFailed")
      const { error } = await stripe.js.confirmPayment({
        elements: stripe.elements,
        redirect: "if_required",
        confirmParams: { return_url: location.href },
      })
      return error ? cardRefusal(await cardDeclineReason(error, page.locale), text) : null
    },
  }
}
