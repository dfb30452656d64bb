import { toMinorUnits } from "./money.js"
import type { Installment } from "./wholesale.js"
import type { OrderBalance } from "./wholesale-quote.js"

/**
 * Card payment of a wholesale order through Stripe: what a buyer may pay by card now (the first
 * instalment not yet paid in full, its outstanding part), or why nothing can be paid. The amount
 * is always reckoned here from the order's terms and payments, never taken from the buyer.
 */

/** The currencies wholesale orders are paid by card in: dollars (in cents) and yen (whole, zero-decimal). */
export const CARD_PAYMENT_CURRENCIES = ["usd", "jpy"] as const

/** Why an order cannot be paid by card now. */
export type CardPaymentRefusalReason = "not_an_order" | "order_cancelled" | "nothing_due" | "unsupported_currency"

/** What a card payment would pay now, or why there is none. `amount_minor` is what Stripe is asked for. */
export type CardPaymentDue =
  | {
      payable: true
      installment: Installment["kind"]
      amount: number
      amount_minor: number
      currency_code: string
      due: string
    }
  | { payable: false; reason: CardPaymentRefusalReason; message: string }

/**
 * What a buyer may pay by card now on an order: the outstanding part of its first instalment not
 * paid in full (the deposit, then the balance; the whole prepayment; the net-30 invoice), in the
 * order's currency. Refused when the quote never became an order, the order was cancelled, all is
 * paid, or the currency is not one cards are taken in.
 */
export function cardPaymentDue(order: {
  quote_status: string
  order_status: string | null
  currency_code: string
  balance: OrderBalance | null
}): CardPaymentDue {
  const currency = order.currency_code.toLowerCase()
  if (order.quote_status !== "accepted" || !order.balance) {
    return { payable: false, reason: "not_an_order", message: `this quote is ${order.quote_status}, not an order` }
  }
  if (order.order_status === "canceled") {
    return { payable: false, reason: "order_cancelled", message: "this order was cancelled: nothing is due on it" }
  }
  if (!(CARD_PAYMENT_CURRENCIES as readonly string[]).includes(currency)) {
    return {
      payable: false,
      reason: "unsupported_currency",
      message: `orders in ${currency.toUpperCase()} are not paid by card; cards take ${CARD_PAYMENT_CURRENCIES.map((c) => c.toUpperCase()).join(" or ")}`,
    }
  }
  const next = order.balance.installments.find((installment) => installment.outstanding > 0)
  if (!next) return { payable: false, reason: "nothing_due", message: "this order is paid in full: nothing is due" }
  return {
    payable: true,
    installment: next.kind,
    amount: next.outstanding,
    amount_minor: toMinorUnits(next.outstanding, currency),
    currency_code: currency,
    due: next.due,
  }
}
