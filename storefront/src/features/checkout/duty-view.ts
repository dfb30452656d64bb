import type { OrderSummary } from "./checkout"

/**
 * Shows, in the checkout's review (`prefix` "review") or on the order page ("order"), the
 * duty-and-tax total of a duty-paid Japanese cart or order (hidden without one) and the duty
 * note when the parcel goes to Japan (`OrderSummary.astro` renders both hidden).
 */
export function showImportCharges(
  scope: ParentNode,
  prefix: "review" | "order",
  summary: Pick<OrderSummary, "importCharges">,
  toJapan: boolean,
): void {
  const [label, amount] = [...scope.querySelectorAll<HTMLElement>(`[data-${prefix}-duty]`)]
  if (label) label.hidden = summary.importCharges === null
  if (amount) {
    amount.hidden = summary.importCharges === null
    amount.textContent = summary.importCharges ?? ""
  }
  for (const note of scope.querySelectorAll<HTMLElement>('[data-duty-note="destination"]')) note.hidden = !toJapan
}
