import {
  expectedDispatch,
  formatDay,
  formatMoney,
  formatPostalAddress,
  isImportChargesLine,
  yearMonthLabel,
} from "@ovop/domain"
import { preorderOf } from "../cart/cart-state"
import { StoreApiError, shopSettings, storeApi } from "../cart/shop"
import { deliveryCode, dutyNoteShown, fillText, lineLabel, orderSummary, placedOrderKey, type Texts } from "./checkout"
import { showImportCharges } from "./duty-view"
import type { PlacedOrder } from "./payment"

const orderFields =
  "id,display_id,created_at,email,currency_code,item_total,shipping_total,tax_total,total,metadata,*items,*shipping_methods,*shipping_address"

const remembered = (orderId: string): PlacedOrder | null => {
  try {
    return JSON.parse(sessionStorage.getItem(placedOrderKey(orderId)) ?? "null") as PlacedOrder | null
  } catch {
    return null
  }
}

/**
 * Shows the order named by `?id=`: the one the checkout left in this tab, else the store's copy,
 * opened with the order token of the link (`&token=`, a guest order) or the shopper's session.
 */
export async function orderIsland(root: HTMLElement): Promise<void> {
  const { locale } = shopSettings()
  const texts = JSON.parse(root.dataset.texts ?? "{}") as Texts
  const text = (key: string, values?: Record<string, string>) => fillText(texts[key] ?? "", values)
  const $ = (selector: string) => root.querySelector(selector) as HTMLElement
  const status = $("[data-order-status]")
  const params = new URLSearchParams(location.search)
  const orderId = params.get("id") ?? ""
  let order = /^order_\w+$/.test(orderId) ? remembered(orderId) : null
  let expired = false
  if (!order && /^order_\w+$/.test(orderId)) {
    const token = params.get("token")
    order = await storeApi<{ order: PlacedOrder }>(`/store/orders/${orderId}`, {
      query: new URLSearchParams({ fields: orderFields }),
      headers: token ? { "x-order-token": token } : {},
    }).then(
      (answer) => ({ ...answer.order, payment: null, bank: null }),
      (error: unknown) => {
        // 401: the link's token was genuine but is past its time.
        expired = error instanceof StoreApiError && error.status === 401
        return null
      },
    )
  }
  if (!order) {
    status.textContent = text(expired ? "order.expired" : "order.missing")
    return
  }
  status.textContent = ""
  const summary = orderSummary(order, locale, text("shipping.free"))
  $("[data-order-number]").textContent = `#${order.display_id}`
  $("[data-order-email]").textContent = order.email ? text("order.email", { email: order.email }) : ""
  $("[data-order-lines]").replaceChildren(
    ...summary.lines.map((line) => {
      const row = document.createElement("tr")
      const cells = [lineLabel(line), String(line.quantity), line.amount]
      cells.forEach((content, index) => {
        const cell = document.createElement(index ? "td" : "th")
        if (!index) cell.setAttribute("scope", "row")
        cell.textContent = content
        row.append(cell)
      })
      return row
    }),
  )
  $("[data-order-items]").textContent = summary.itemTotal
  $("[data-order-shipping]").textContent = summary.shippingTotal
  $("[data-order-total]").textContent = summary.total
  const rates = summary.taxRates.map((rate) => text("order.taxRate", { rate: String(rate.rate), gross: rate.gross }))
  $("[data-order-tax]").textContent = summary.taxIncluded
    ? rates.length
      ? text("order.taxIncludedRates", { tax: summary.taxIncluded, rates: rates.join(", ") })
      : text("checkout.taxIncluded", { tax: summary.taxIncluded })
    : text("checkout.noTax")
  showImportCharges(root, "order", summary, dutyNoteShown(order))
  const payment = $("[data-order-payment]")
  if (order.payment === "cashOnDelivery") payment.textContent = text("order.cash", { amount: summary.total })
  else if (order.payment === "card") payment.textContent = text("order.card")
  else if (order.payment === "test") payment.textContent = text("checkout.testNote")
  const bank = order.bank
  if (bank) {
    const set = (name: string, content: string) => {
      $(`[data-bank-${name}]`).textContent = content
    }
    set("reference", bank.reference)
    set("amount", formatMoney(bank.amountDue ?? order.total ?? 0, bank.currencyCode ?? order.currency_code, locale))
    set("name", bank.bankName)
    set("holder", bank.accountHolder)
    set("account", bank.accountNumber)
    set("bik", bank.bik)
    $("[data-order-bank]").hidden = false
  }
  const addressLines = order.shipping_address ? formatPostalAddress(order.shipping_address, locale) : []
  if (addressLines.length) {
    $("[data-order-address-lines]").replaceChildren(
      ...addressLines.flatMap((line, index) => (index ? [document.createElement("br"), line] : [line])),
    )
    $("[data-order-address]").hidden = false
  }
  showDelivery(root, order, text)
  $("[data-order-shown]").hidden = false
}

/** The delivery chosen (its name in the page's language) and when the parcel is expected to leave Karakol. */
function showDelivery(
  root: HTMLElement,
  order: PlacedOrder,
  text: (key: string, values?: Record<string, string>) => string,
) {
  const { locale } = shopSettings()
  const method = order.shipping_methods?.[0]
  const section = root.querySelector<HTMLElement>("[data-order-delivery]")
  if (!method || !section) return
  const code = deliveryCode(method.name)
  ;(section.querySelector("[data-order-method]") as HTMLElement).textContent =
    (code && text(`checkout.shippingOption.${code}`)) || method.name
  // The duty-and-tax line of a duty-paid order is no parcel of its own.
  const lines = (order.items ?? [])
    .filter((item) => !isImportChargesLine(item))
    .map((item) => {
      const preorder = preorderOf(item as Parameters<typeof preorderOf>[0])
      return { preorder: preorder !== null, preorderMonth: preorder?.expectedShippingMonth ?? null }
    })
  const dispatch = expectedDispatch(order.created_at ?? new Date(), lines)
  const month = yearMonthLabel(dispatch.preordersIn, locale)
  ;(section.querySelector("[data-order-dispatch]") as HTMLElement).textContent = [
    dispatch.fromStockBy ? text("order.dispatchBy", { date: formatDay(dispatch.fromStockBy, locale) }) : "",
    month ? text("order.preordersShipIn", { month }) : "",
  ]
    .filter(Boolean)
    .join(" ")
  section.hidden = false
}
