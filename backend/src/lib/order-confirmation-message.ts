import {
  defaultCountryName,
  formatMoney,
  formatPostalAddress,
  importRuleTexts,
  JAPAN_IMPORT_RULES,
  LABEL_SEPARATORS,
  type TaxBreakdown,
  yearMonthLabel,
} from "@ovop/domain"
import { emailText, hasEmailText } from "@ovop/domain/messages"
import { resolveStoreLocale, type StoreLocale } from "./locales"
import {
  BANK_TRANSFER_PROVIDER,
  CASH_ON_DELIVERY_PROVIDER,
  STRIPE_PAYMENT_PROVIDER,
  SYSTEM_PAYMENT_PROVIDER,
} from "./payment-providers"

/**
 * The order confirmation email: pure, so every language and every way to pay is unit-tested. The
 * figures and words follow the storefront's order page (`storefront/src/features/checkout`): whole
 * som and yen, dollars with cents (the domain's `formatMoney`), the tax the order's breakdown
 * holds (once per rate), the same bank details and reference. The texts live in the domain's
 * email catalogues (`domain/messages/emails/<locale>.json`, section `order_confirmation`).
 */

/** The language of the email: the order's own (its cart's), else the customer's, else English. */
export function orderConfirmationLocale(orderLocale: unknown, customerLocale: unknown): StoreLocale {
  for (const candidate of [orderLocale, customerLocale]) {
    const locale = typeof candidate === "string" ? resolveStoreLocale(candidate) : undefined
    if (locale) return locale
  }
  return "en"
}

/** The association's account and the reference a bank transfer quotes, as the payment's data carries them. */
export type BankTransferInstructions = {
  reference: string
  bankName: string
  accountHolder: string
  accountNumber: string
  bik: string
}

/** How the order is paid, as far as the email has something to say about it. */
export type OrderPayment =
  | { kind: "bankTransfer"; bank: BankTransferInstructions | null }
  | { kind: "cashOnDelivery" }
  | { kind: "card" }
  | { kind: "test" }
  | { kind: "unknown" }

const textOf = (value: unknown) => (typeof value === "string" ? value : "")

/**
 * The way an order is paid, from its payment's provider id and data: a bank transfer's reference
 * and account come from the data the provider wrote (`src/modules/offline-payment`), as the
 * checkout shows them.
 */
export function orderPaymentOf(
  providerId: string | null | undefined,
  data: Record<string, unknown> | null | undefined,
): OrderPayment {
  switch (providerId) {
    case BANK_TRANSFER_PROVIDER: {
      const reference = textOf(data?.reference)
      const bank = (data?.bank ?? {}) as Record<string, unknown>
      return {
        kind: "bankTransfer",
        bank: reference
          ? {
              reference,
              bankName: textOf(bank.bank_name),
              accountHolder: textOf(bank.account_holder),
              accountNumber: textOf(bank.account_number),
              bik: textOf(bank.bik),
            }
          : null,
      }
    }
    case CASH_ON_DELIVERY_PROVIDER:
      return { kind: "cashOnDelivery" }
    case STRIPE_PAYMENT_PROVIDER:
      return { kind: "card" }
    case SYSTEM_PAYMENT_PROVIDER:
      return { kind: "test" }
    default:
      return { kind: "unknown" }
  }
}

/** A line of the order as the email lists it. */
export type OrderConfirmationLine = {
  /** The product's title (in the cart's language when it was translated). */
  title: string
  /** The variant's title (the size: "500 g"), empty when the product has one kind only. */
  variantTitle: string | null
  quantity: number
  /** What the line costs, tax included, in the currency's main unit. */
  total: number
  /** Set for a pre-order line: the `YYYY-MM` month its lot is expected to ship, or null when unknown. */
  preorder: { expectedShippingMonth: string | null } | null
}

/** Where the parcel goes. */
export type OrderConfirmationAddress = {
  first_name?: string | null
  last_name?: string | null
  company?: string | null
  address_1?: string | null
  address_2?: string | null
  city?: string | null
  province?: string | null
  postal_code?: string | null
  country_code?: string | null
  phone?: string | null
}

/** Everything the email says about an order. */
export type OrderConfirmationInput = {
  locale: StoreLocale
  /** The number the shopper sees (`display_id`). */
  displayId: number | string
  email: string
  currencyCode: string
  lines: OrderConfirmationLine[]
  /** The goods' total, tax included (`item_total` less the duty-and-tax line). */
  itemTotal: number
  /**
   * Set when the parcel goes to Japan: whether the shop ships duty paid, and the amount of the
   * order's duty-and-tax line (null without one). The email then says who pays duty and tax.
   */
  japanImport?: { dutyPaid: boolean; charges: number | null } | null
  shippingTotal: number
  /** The tax the total includes, once per rate (the order's `ovop_tax`); null when it includes none. */
  tax: TaxBreakdown | null
  total: number
  shippingAddress: OrderConfirmationAddress | null
  /** The delivery chosen: its name on the order and its option type code (`kg-courier`), which has a name per language. */
  delivery: { name: string; code: string | null } | null
  payment: OrderPayment
  /** The storefront's order page (see `orderPageUrl`). */
  orderUrl: string
}

/** The email: subject, plain text and HTML. */
export type OrderConfirmationMessage = { subject: string; text: string; html: string }

const PAYMENT_KEYS: Record<OrderPayment["kind"], string> = {
  bankTransfer: "payment_bank_transfer",
  cashOnDelivery: "payment_cash_on_delivery",
  card: "payment_card",
  test: "payment_test",
  unknown: "payment_unknown",
}

/** Escapes a value for HTML text and attribute values. */
export function escapeHtml(value: string): string {
  return value
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&#39;")
}

function countryName(code: string, locale: StoreLocale): string {
  const key = `country_${code.toLowerCase()}`
  return hasEmailText(locale, "order_confirmation", key)
    ? emailText(locale, "order_confirmation", key)
    : defaultCountryName(code, locale)
}

/** The order confirmation in the order's language: lines, totals, delivery, address and how to pay. */
export function orderConfirmationMessage(order: OrderConfirmationInput): OrderConfirmationMessage {
  const { locale } = order
  const t = (key: string, params: Record<string, string | number> = {}) =>
    emailText(locale, "order_confirmation", key, params)
  const money = (amount: number) => formatMoney(amount, order.currencyCode, locale)
  const number = `#${order.displayId}`
  const deliveryKey = order.delivery?.code ? `delivery_${order.delivery.code}` : null
  const deliveryName = order.delivery
    ? deliveryKey && hasEmailText(locale, "order_confirmation", deliveryKey)
      ? t(deliveryKey)
      : order.delivery.name
    : null
  const preorderNote = (month: string | null) => {
    const label = yearMonthLabel(month, locale)
    return label ? t("preorder_month", { month: label }) : t("preorder")
  }
  const lines = order.lines.map((line) => ({
    name: line.variantTitle ? `${line.title} (${line.variantTitle})` : line.title,
    quantity: line.quantity,
    amount: money(line.total),
    note: line.preorder ? preorderNote(line.preorder.expectedShippingMonth) : null,
  }))
  // The tax as the order's breakdown holds it: per rate, the amount taxed and the tax it includes.
  const taxRows: [string, string][] = (order.tax?.rates ?? []).map((rate) => [
    t("tax_included", { rate: rate.rate, gross: money(rate.gross) }),
    money(rate.tax),
  ])
  const totalRow: [string, string] = [t("total"), money(order.total)]
  const japan = order.japanImport ?? null
  const totals: [string, string][] = [
    [t("item_total"), money(order.itemTotal)],
    ...(japan?.charges ? [[t("import_charges"), money(japan.charges)] as [string, string]] : []),
    [t("shipping"), money(order.shippingTotal)],
    totalRow,
    ...taxRows,
  ]
  const bank = order.payment.kind === "bankTransfer" ? order.payment.bank : null
  const bankRows: [string, string][] = bank
    ? [
        [t("bank_reference"), bank.reference],
        [t("bank_amount"), money(order.total)],
        [t("bank_name"), bank.bankName],
        [t("bank_holder"), bank.accountHolder],
        [t("bank_account"), bank.accountNumber],
        [t("bank_bik"), bank.bik],
      ]
    : []
  const paymentNote = (() => {
    switch (order.payment.kind) {
      case "bankTransfer":
        return order.payment.bank ? t("bank_note") : t("bank_missing")
      case "cashOnDelivery":
        return t("cash", { amount: money(order.total) })
      case "card":
        return t("card")
      case "test":
        return t("test")
      default:
        return null
    }
  })()
  // Who pays Japan's import duty and tax: the shop (duty paid), or the recipient at delivery.
  const dutyNotes = !japan
    ? []
    : japan.dutyPaid
      ? [t("duty_paid")]
      : [t("duty_unpaid"), t("duty_rules", importRuleTexts(JAPAN_IMPORT_RULES, locale))]
  const address = order.shippingAddress ? formatPostalAddress(order.shippingAddress, locale, { countryName }) : []
  const paymentName = t(PAYMENT_KEYS[order.payment.kind])
  const subject = t("subject", { number })

  // Japanese takes its own full-width colon and no exclamation mark after the greeting.
  const colon = LABEL_SEPARATORS[locale]
  const exclamation = locale === "ja" ? "" : "!"
  const text = [
    `${t("greeting")}${exclamation}`,
    t("intro"),
    "",
    `${t("number")}${colon}${number}`,
    `${t("link")}${colon}${order.orderUrl}`,
    ...(bank
      ? ["", t("bank_title"), ...bankRows.map(([label, value]) => `${label}${colon}${value}`), t("bank_note")]
      : []),
    "",
    t("lines"),
    ...lines.flatMap((line) => [
      `- ${line.name} × ${line.quantity}${colon}${line.amount}`,
      ...(line.note ? [`  ${line.note}`] : []),
    ]),
    "",
    ...totals.map(([label, value]) => `${label}${colon}${value}`),
    ...dutyNotes,
    "",
    `${t("payment")}${colon}${paymentName}`,
    ...(paymentNote && !bank ? [paymentNote] : []),
    ...(deliveryName ? [`${t("delivery")}${colon}${deliveryName}`] : []),
    ...(address.length ? ["", `${t("address")}${colon.trim()}`, ...address] : []),
    "",
    t("closing"),
  ].join("\n")

  const e = escapeHtml
  const row = ([label, value]: [string, string], strong = false) =>
    `<tr><th scope="row" style="text-align:left;padding:2px 12px 2px 0">${e(label)}</th><td style="text-align:right">${strong ? `<strong>${e(value)}</strong>` : e(value)}</td></tr>`
  const html = [
    `<!doctype html><html lang="${locale}"><head><meta charset="utf-8"><title>${e(subject)}</title></head>`,
    '<body style="font-family:sans-serif;line-height:1.5;color:#222">',
    `<h1>${e(t("greeting"))}</h1>`,
    `<p>${e(t("intro"))}</p>`,
    `<p>${e(t("number"))}${colon}<strong>${e(number)}</strong></p>`,
    `<p><a href="${e(order.orderUrl)}">${e(t("link"))}</a></p>`,
    ...(bank
      ? [
          `<h2>${e(t("bank_title"))}</h2>`,
          `<table>${bankRows.map((entry, index) => row(entry, index === 0)).join("")}</table>`,
          `<p>${e(t("bank_note"))}</p>`,
        ]
      : []),
    `<h2>${e(t("lines"))}</h2>`,
    '<table style="border-collapse:collapse">',
    ...lines.map(
      (line) =>
        `<tr><td style="padding:2px 12px 2px 0">${e(line.name)}${line.note ? `<br><small>${e(line.note)}</small>` : ""}</td><td style="padding:2px 12px">× ${e(String(line.quantity))}</td><td style="text-align:right">${e(line.amount)}</td></tr>`,
    ),
    "</table>",
    `<table>${totals.map((entry) => row(entry, entry === totalRow)).join("")}</table>`,
    ...dutyNotes.map((note) => `<p>${e(note)}</p>`),
    `<p>${e(t("payment"))}${colon}${e(paymentName)}</p>`,
    ...(paymentNote && !bank ? [`<p>${e(paymentNote)}</p>`] : []),
    ...(deliveryName ? [`<p>${e(t("delivery"))}${colon}${e(deliveryName)}</p>`] : []),
    ...(address.length ? [`<h2>${e(t("address"))}</h2>`, `<p>${address.map(e).join("<br>")}</p>`] : []),
    `<p>${e(t("closing"))}</p>`,
    "</body></html>",
  ].join("\n")

  return { subject, text, html }
}
