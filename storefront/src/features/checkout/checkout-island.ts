import { loadCart } from "../cart/shop"
import { cardPayment } from "./card-payment"
import { checkoutSteps } from "./checkout"
import { type CheckoutCart, checkoutPage } from "./checkout-page"
import { deliveryStep } from "./delivery-step"
import { detailsStep } from "./details-step"
import { paymentStep } from "./payment-step"
import { restrictedLinesPanel } from "./restricted-lines"
import { reviewStep } from "./review-step"
import { showSideSummary } from "./side-summary"

/**
 * Runs the checkout page: loads the cart, then wires its steps (details-step, delivery-step,
 * payment-step with card-payment, review-step, sharing checkout-page's DOM and state), each
 * answered step opening the next, and the last one placing the order.
 */
export async function checkoutIsland(root: HTMLElement): Promise<void> {
  const page = checkoutPage(root)
  page.$("[data-checkout-needs-script]").remove()
  page.status.textContent = page.text("checkout.loading")

  let cart: CheckoutCart | null
  try {
    cart = (await loadCart()) as CheckoutCart | null
  } catch {
    page.problem.textContent = page.text("checkout.failed")
    return
  } finally {
    page.status.textContent = ""
  }
  if (!cart?.items?.length) {
    page.$("[data-checkout-empty]").hidden = false
    return
  }
  page.state.cart = cart
  page.state.cartId = cart.id
  // The order beside the steps follows the cart: its delivery, tax and total once they are set.
  showSideSummary(root, cart, page.locale, page.text)
  page.followCart((fresh) => showSideSummary(root, fresh, page.locale, page.text))

  for (const step of checkoutSteps) {
    page
      .section(step)
      .querySelector("[data-step-change] button")
      ?.addEventListener("click", () => page.show(step))
  }
  const card = cardPayment(page)
  const details = detailsStep(
    page,
    deliveryStep(
      page,
      paymentStep(
        page,
        card,
        reviewStep(page, card, () => restricted),
      ),
    ),
  )
  // Lines the cart's destination refuses: removing the last one opens the first step again (or shows the empty cart).
  const restricted = restrictedLinesPanel(page, (fresh) => {
    if (!fresh.items?.length) {
      for (const step of checkoutSteps) page.section(step).hidden = true
      page.$("[data-checkout-empty]").hidden = false
      return
    }
    page.show("details")
  })
  await restricted.show(cart)
  await details.start(cart)
}
