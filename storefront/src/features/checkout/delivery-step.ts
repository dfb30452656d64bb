import { storeApi } from "../cart/shop"
import type { CheckoutPage } from "./checkout-page"
import { deliveryChoices, type ShippingOption } from "./delivery"

/** The second step, delivery: the cart's shipping options; the one chosen is set on the cart and the payment step opens. */
export function deliveryStep(page: CheckoutPage, payment: { offer: (providerIds: string[]) => void }) {
  const { text, state, formError, busy, summarise, show, chosen, renderChoices } = page
  let offered: ShippingOption[] = []
  page.formOf("delivery").addEventListener("submit", (event) => {
    event.preventDefault()
    const option = chosen("delivery")
    if (!option) return formError("delivery", text("checkout.deliveryChoose"))
    // The payment step reads it: a courier needs a phone (the method's name on the cart is translated).
    state.deliveryCode = offered.find((candidate) => candidate.id === option.value)?.type?.code ?? null
    void busy("delivery", async () => {
      await storeApi(`/store/carts/${state.cartId}/shipping-methods`, {
        method: "POST",
        body: { option_id: option.value },
      })
      // The cart read again for its delivery, tax and total (the side summary follows it).
      const [{ payment_providers: providers }] = await Promise.all([
        storeApi<{ payment_providers: { id: string }[] }>("/store/payment-providers", {
          query: new URLSearchParams({ region_id: state.cart?.region_id ?? "" }),
        }),
        page.refreshCart(),
      ])
      summarise("delivery", option.parentElement?.textContent?.trim() ?? "")
      payment.offer(providers.map((provider) => provider.id))
    })
  })

  return {
    /** Lists the options the store answered for the cart's address and opens this step. */
    offer: (options: ShippingOption[]) => {
      offered = options
      renderChoices("delivery", deliveryChoices(options, page.texts, state.cart?.currency_code ?? "", page.locale))
      if (!options.length) formError("delivery", text("checkout.shippingNone"))
      state.session = null
      show("delivery")
    },
  }
}
