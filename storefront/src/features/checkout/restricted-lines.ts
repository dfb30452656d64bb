import { type RestrictedLine, refusal } from "@ovop/domain"
import { setQuantity } from "../cart/shop"
import type { CheckoutCart, CheckoutPage } from "./checkout-page"

/**
 * Goods that may not enter: the checkout's list of the cart's lines its destination refuses (the
 * cart's `ovop_restricted_lines`, docs/api.md), with the store's `restricted_lines` message in the
 * page's language, each line's reason and a button removing it. Checkout cannot complete while
 * one is left (the store refuses it); once they are removed the shopper goes through the steps
 * again, since delivery and payment were priced with them.
 */
export function restrictedLinesPanel(page: CheckoutPage, afterRemoval: (cart: CheckoutCart) => void) {
  const panel = page.$("[data-restricted-lines]")
  const message = page.$("[data-restricted-message]", panel)
  const list = page.$("[data-restricted-list]", panel)

  const show = async (cart: CheckoutCart): Promise<boolean> => {
    const lines = cart.ovop_restricted_lines ?? []
    const [first] = lines
    panel.hidden = !first
    if (!first) {
      message.textContent = ""
      list.replaceChildren()
      return false
    }
    // The line as the cart shows it (named in the language the cart was filled in).
    const titleOf = (line: RestrictedLine) =>
      cart.items?.find((item) => item.id === line.line_id)?.product_title || line.product
    const { refusalMessage } = await import("@ovop/domain/messages")
    message.textContent = refusalMessage(
      refusal("restricted_lines", {
        country: first.country,
        lines: lines.map((line) => ({
          line_id: line.line_id,
          product: titleOf(line),
          product_id: line.product_id,
          reason_code: line.reason_code,
        })),
      }),
      page.locale,
    )
    list.replaceChildren(
      ...lines.map((line) => {
        const item = document.createElement("li")
        const name = document.createElement("strong")
        name.textContent = titleOf(line)
        const reason = document.createElement("p")
        reason.textContent = line.reason[page.locale] || line.reason.en
        const remove = document.createElement("button")
        remove.type = "button"
        remove.className = "button"
        remove.textContent = page.text("checkout.restrictedRemove")
        remove.setAttribute("aria-label", page.text("checkout.restrictedRemoveLabel", { product: titleOf(line) }))
        remove.addEventListener("click", async () => {
          remove.disabled = true
          try {
            await setQuantity(cart.id, line.line_id, 0)
            const fresh = await page.refreshCart()
            if (!(await show(fresh))) afterRemoval(fresh)
          } catch (error) {
            message.textContent = page.failed(error)
            remove.disabled = false
          }
        })
        item.append(name, reason, remove)
        return item
      }),
    )
    return true
  }

  return {
    /** Shows the cart's lines its destination refuses (hides the list when there are none); true when there are some. */
    show,
  }
}
