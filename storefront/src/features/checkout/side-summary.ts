import type { Locale } from "../../i18n/locales"
import { orderSummary, type SummarySource, type Translate, taxNote } from "./checkout"

/**
 * Fills the checkout's side summary (beside the steps on a desktop, a collapsed `<details>` on a
 * phone) with the cart's lines and totals, in the page's language. It follows the cart: the
 * checkout calls it again whenever it reads the cart (after the details, the delivery, the
 * payment), and once a delivery is chosen it shows the delivery, the duty of a duty-paid Japanese
 * cart, the total and the tax the prices include, as the review will.
 */
export function showSideSummary(root: HTMLElement, cart: SummarySource, locale: Locale, text: Translate): void {
  const panel = root.querySelector<HTMLDetailsElement>("[data-side-summary]")
  if (!panel) return
  const summary = orderSummary(cart, locale, text("shipping.free"))
  const list = panel.querySelector("[data-side-lines]")
  list?.replaceChildren(
    ...summary.lines.map((line) => {
      const item = document.createElement("li")
      const name = document.createElement("span")
      name.textContent = `${line.name}${line.option ? ` · ${line.option}` : ""} × ${line.quantity}`
      const amount = document.createElement("span")
      amount.textContent = line.amount
      item.append(name, amount)
      return item
    }),
  )
  const fill = (hook: string, value: string) => {
    for (const element of panel.querySelectorAll(`[data-side-${hook}]`)) element.textContent = value
  }
  fill("items", summary.itemTotal)
  fill("duty", summary.importCharges ?? "")
  fill("shipping", summary.shippingTotal)
  fill("total", summary.total)
  fill("tax", taxNote(summary, text))
  const delivered = Boolean(cart.shipping_methods?.length)
  for (const row of panel.querySelectorAll<HTMLElement>("[data-side-row]"))
    row.hidden = !delivered || (row.querySelector("[data-side-duty]") !== null && summary.importCharges === null)
  // Open beside the form where there is room, the first time; a phone sees the total and opens it when it wants.
  if (panel.hidden) panel.open = window.matchMedia("(min-width: 48rem)").matches
  panel.hidden = false
}
