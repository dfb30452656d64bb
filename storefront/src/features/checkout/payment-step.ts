import { needsPhone, phoneProblem } from "@ovop/domain"
import { storeApi } from "../cart/shop"
import type { CardPayment } from "./card-payment"
import type { CheckoutCart, CheckoutPage } from "./checkout-page"
import {
  bankTransferDetails,
  type PaymentKind,
  type PaymentSession,
  paymentChoices,
  paymentNoteKeys,
  paymentProviders,
} from "./payment"

/**
 * The third step, payment: the region's ways to pay (card, cash on delivery, bank transfer);
 * choosing one opens its payment session and shows what it needs (the card form, the account
 * and reference to quote, a note). Answered, the review opens with the cart's final figures.
 */
export function paymentStep(page: CheckoutPage, card: CardPayment, review: { open: (cart: CheckoutCart) => void }) {
  const { $, text, state, formError, busy, summarise, show, chosen, renderChoices } = page
  const payment = page.formOf("payment")
  const paymentNote = $("[data-payment-note]", payment)
  // Each choice counts: the answer of an earlier one that comes late is dropped.
  let choosing = 0

  const resetPaymentDetails = () => {
    paymentNote.textContent = ""
    card.reset()
    $("[data-bank]", payment).hidden = true
    $("[data-bank-note]", payment).hidden = true
  }

  const showBank = (opened: PaymentSession) => {
    const bank = bankTransferDetails(opened.data)
    if (!bank) return
    const set = (name: string, content: string) => {
      $(`[data-bank-${name}]`, payment).textContent = content
    }
    set("reference", bank.reference)
    set("name", bank.bankName)
    set("holder", bank.accountHolder)
    set("account", bank.accountNumber)
    set("bik", bank.bik)
    $("[data-bank]", payment).hidden = false
    $("[data-bank-note]", payment).hidden = false
  }

  /** Opens the payment session of `kind` and shows what it needs: bank details, the card form, a note. */
  const choosePayment = async (kind: PaymentKind) => {
    const attempt = ++choosing
    state.session = null
    state.paymentKind = kind
    resetPaymentDetails()
    formError("payment", "")
    const providerId = paymentProviders[kind]
    try {
      const { payment_collection: collection } = await storeApi<{ payment_collection: { id: string } }>(
        "/store/payment-collections",
        { method: "POST", body: { cart_id: state.cartId } },
      )
      const { payment_collection: withSession } = await storeApi<{
        payment_collection: { payment_sessions?: PaymentSession[] }
      }>(`/store/payment-collections/${collection.id}/payment-sessions`, {
        method: "POST",
        body: { provider_id: providerId },
      })
      if (attempt !== choosing) return
      const opened = withSession.payment_sessions?.find((candidate) => candidate.provider_id === providerId)
      if (!opened) throw new Error("no payment session")
      const note = paymentNoteKeys[kind]
      if (kind === "bankTransfer") showBank(opened)
      else if (note) paymentNote.textContent = text(note)
      else if (kind === "card" && !(await card.open(opened, () => attempt === choosing))) return
      state.session = opened
    } catch (error) {
      if (attempt === choosing) formError("payment", page.failed(error))
    }
  }

  payment.addEventListener("change", (event) => {
    const input = event.target
    if (input instanceof HTMLInputElement && input.name === "payment") void choosePayment(input.value as PaymentKind)
  })

  payment.addEventListener("submit", (event) => {
    event.preventDefault()
    if (!state.paymentKind) return formError("payment", text("checkout.payChoose"))
    if (!state.session) return
    const kind = state.paymentKind
    void busy("payment", async () => {
      // The cart as the store now holds it: the details step has just written its address.
      const cart = await page.refreshCart()
      // Cash on delivery and the courier need a phone the courier can call, valid for the address's
      // country (the server refuses the order without one, phone_required): said here, before the review.
      const address = cart.shipping_address
      if (phoneProblem(address?.phone, address?.country_code)) {
        if (needsPhone({ providerIds: [paymentProviders[kind]] }))
          return formError("payment", text("checkout.phoneNeeded"))
        if (needsPhone({ shippingCodes: [state.deliveryCode ?? ""] })) {
          return formError("payment", text("checkout.courierPhoneNeeded"))
        }
      }
      review.open(cart)
      summarise("payment", text(`checkout.pay.${state.paymentKind}`))
      show("review")
    })
  })

  return {
    /** Lists the ways to pay of the region's providers and opens this step; a single one is chosen at once. */
    offer: (providerIds: string[]) => {
      const choices = paymentChoices(providerIds)
      renderChoices(
        "payment",
        choices.map((choice) => ({ value: choice.kind, label: text(`checkout.pay.${choice.kind}`) })),
      )
      if (!choices.length) formError("payment", text("checkout.payNone"))
      state.session = null
      state.paymentKind = null
      resetPaymentDetails()
      show("payment")
      const only = chosen("payment")
      if (only) void choosePayment(only.value as PaymentKind)
    },
  }
}
