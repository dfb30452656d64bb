import { cartStorageKey } from "../cart/cart-state"
import { StoreApiError, storeApi } from "../cart/shop"
import type { CardPayment } from "./card-payment"
import { dutyNoteShown, lineLabel, orderSummary, placedOrderKey, taxNote } from "./checkout"
import type { CheckoutCart, CheckoutPage } from "./checkout-page"
import { showImportCharges } from "./duty-view"
import { type PlacedOrder, placedOrder } from "./payment"
import type { restrictedLinesPanel } from "./restricted-lines"

/**
 * The last step, review: lines, delivery, the tax the prices include and the total; placing the
 * order confirms a card payment first, completes the cart, and opens the confirmation page.
 */
export function reviewStep(
  page: CheckoutPage,
  card: CardPayment,
  restricted: () => ReturnType<typeof restrictedLinesPanel>,
) {
  const { $, text, state, formError, status } = page
  const review = page.formOf("review")

  review.addEventListener("submit", (event) => {
    event.preventDefault()
    void page.busy("review", async () => {
      status.textContent = text("checkout.placing")
      try {
        if (state.paymentKind === "card") {
          const refused = await card.confirm(state.session)
          if (refused) return formError("review", refused)
        }
        const answer = await storeApi<{
          type: "order" | "cart"
          order?: PlacedOrder
          order_token?: string
          error?: { message?: string }
        }>(`/store/carts/${state.cartId}/complete`, { method: "POST" }).catch(async (error: unknown) => {
          // Lines the destination refuses: list them with a way to remove them, beside the message.
          if (error instanceof StoreApiError && error.refusal === "restricted_lines") {
            await restricted().show(await page.refreshCart())
          }
          // A line's price was out of date: the store priced the cart again; show the new total beside the message.
          if (error instanceof StoreApiError && error.refusal === "cart_prices_changed") {
            showCart(await page.refreshCart())
          }
          throw error
        })
        if (answer.type !== "order" || !answer.order)
          return formError("review", answer.error?.message || text("checkout.failed"))
        const order = answer.order
        const placed = placedOrder(order, state.paymentKind, state.session?.data, answer.order_token)
        try {
          sessionStorage.setItem(placedOrderKey(order.id), JSON.stringify(placed))
          localStorage.removeItem(cartStorageKey)
        } catch {}
        // A new address the customer asked to keep: the order stands whether or not the book takes it.
        if (state.addressToSave) {
          await storeApi("/store/customers/me/addresses", { method: "POST", body: state.addressToSave }).catch(
            () => undefined,
          )
        }
        location.assign(`${page.root.dataset.orderPath}?id=${encodeURIComponent(order.id)}`)
      } finally {
        status.textContent = ""
      }
    })
  })

  /** Shows the cart's lines and totals as they will be ordered. */
  function showCart(cart: CheckoutCart) {
    void restricted().show(cart)
    const summary = orderSummary(cart, page.locale, text("shipping.free"))
    $("[data-review-lines]", review).replaceChildren(
      ...summary.lines.map((line) => {
        const row = document.createElement("tr")
        const name = document.createElement("th")
        name.scope = "row"
        name.textContent = lineLabel(line)
        const quantity = document.createElement("td")
        quantity.textContent = String(line.quantity)
        const amount = document.createElement("td")
        amount.textContent = line.amount
        row.append(name, quantity, amount)
        return row
      }),
    )
    $("[data-review-items]", review).textContent = summary.itemTotal
    $("[data-review-shipping]", review).textContent = summary.shippingTotal
    $("[data-review-total]", review).textContent = summary.total
    $("[data-review-tax]", review).textContent = taxNote(summary, text)
    showImportCharges(review, "review", summary, dutyNoteShown(cart))
  }

  return {
    /** Shows the cart's lines and totals as they will be ordered. */
    open: showCart,
  }
}
