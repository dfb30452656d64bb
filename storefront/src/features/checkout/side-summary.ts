import type { Locale } from "../../i18n/locales"
import { orderSummary, type SummarySource } from "./checkout"

/**
 * Fills the checkout's side summary (beside the steps on a desktop, a collapsed `<details>` on a
 * phone) with the cart's lines and their total, in the page's language.
 */
export function showSideSummary(root: HTMLElement, cart: SummarySource, locale: Locale): void {
  const panel = root.querySelector<HTMLDetailsElement>("[data-side-summary]")
  if (!panel) return
  const summary = orderSummary(cart, locale)
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
  for (const total of panel.querySelectorAll("[data-side-items]")) total.textContent = summary.itemTotal
  // Open beside the form where there is room; a phone sees the total and opens it when it wants.
  panel.open = window.matchMedia("(min-width: 48rem)").matches
  panel.hidden = false
}
