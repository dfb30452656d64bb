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
 * som and yen, dollars with cents, the same labels, the same bank details and reference.
 */

/** The Intl locale each language formats numbers, money and months with (as the storefront does). */
const intlLocales: Record<StoreLocale, string> = { en: "en-US", ja: "ja-JP", ru: "ru-KG", ky: "ky-KG" }

// The som is written by hand, as on the storefront: ICU builds disagree on it ("KGS 250" / "250 сом").
const somNumberLocale: Record<StoreLocale, string> = { en: "en-US", ja: "ja-JP", ru: "ru-RU", ky: "ru-RU" }
const somUnit: Record<StoreLocale, (amount: string) => string> = {
  en: (amount) => `${amount} som`,
  ja: (amount) => `${amount}ソム`,
  ru: (amount) => `${amount}\u00a0сом`,
  ky: (amount) => `${amount}\u00a0сом`,
}

/** `amount` (in the currency's main unit) for a reader of `locale`: whole som and yen, dollars with cents. */
export function formatMoney(amount: number, currencyCode: string, locale: StoreLocale): string {
  const code = currencyCode.toLowerCase()
  if (code === "kgs") {
    return somUnit[locale](
      new Intl.NumberFormat(somNumberLocale[locale], { maximumFractionDigits: 0 }).format(Math.round(amount)),
    )
  }
  const digits = code === "jpy" ? 0 : 2
  return new Intl.NumberFormat(intlLocales[locale], {
    style: "currency",
    currency: code.toUpperCase(),
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  }).format(amount)
}

/** "September 2026" in `locale` for a `YYYY-MM` month; null when there is no month to say. */
export function shippingMonthLabel(month: string | null | undefined, locale: StoreLocale): string | null {
  const match = /^(\d{4})-(\d{2})$/.exec(month ?? "")
  const monthNumber = Number(match?.[2])
  if (!match || monthNumber < 1 || monthNumber > 12) return null
  // The 15th at noon UTC is the same month in every time zone.
  return new Intl.DateTimeFormat(intlLocales[locale], { month: "long", year: "numeric", timeZone: "UTC" }).format(
    new Date(Date.UTC(Number(match[1]), monthNumber - 1, 15, 12)),
  )
}

/** The language of the email: the order's own (its cart's), else the customer's, else English. */
export function orderConfirmationLocale(orderLocale: unknown, customerLocale: unknown): StoreLocale {
  for (const candidate of [orderLocale, customerLocale]) {
    const locale = typeof candidate === "string" ? resolveStoreLocale(candidate) : undefined
    if (locale) return locale
  }
  return "en"
}

/**
 * The storefront's order page: `<storefront>/<locale>/order/?id=<order id>`, with `&token=<order
 * token>` for a guest order (a customer's order is read signed in).
 */
export function orderPageUrl(storefrontUrl: string, locale: StoreLocale, orderId: string, token?: string): string {
  const url = new URL(`${storefrontUrl.replace(/\/+$/, "")}/${locale}/order/`)
  url.searchParams.set("id", orderId)
  if (token) url.searchParams.set("token", token)
  return url.href
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
  /** The lines' total, tax included (`item_total`). */
  itemTotal: number
  shippingTotal: number
  /** The tax the total includes. */
  taxTotal: number
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

type Strings = {
  subject: (number: string) => string
  greeting: string
  intro: string
  number: string
  link: string
  lines: string
  preorder: (month: string | null) => string
  itemTotal: string
  shipping: string
  taxIncluded: string
  total: string
  delivery: string
  address: string
  payment: string
  paymentKinds: Record<OrderPayment["kind"], string>
  bankTitle: string
  bank: { reference: string; amount: string; name: string; holder: string; account: string; bik: string }
  bankNote: string
  bankMissing: string
  cash: (amount: string) => string
  card: string
  test: string
  deliveryNames: Record<string, string>
  countries: Record<string, string>
  closing: string
}

// The labels are the storefront's own (its i18n JSON), so the email and the order page agree.
const strings: Record<StoreLocale, Strings> = {
  en: {
    subject: (number) => `Your Issyk-Kul OVOP order ${number}`,
    greeting: "Thank you for your order",
    intro: "We have received your order and will let you know when the parcel is on its way.",
    number: "Order number",
    link: "Your order online",
    lines: "Your order",
    preorder: (month) => (month ? `Pre-order: ships in ${month}` : "Pre-order"),
    itemTotal: "Items",
    shipping: "Delivery",
    taxIncluded: "Including tax",
    total: "Total",
    delivery: "Delivery",
    address: "Delivery address",
    payment: "Payment",
    paymentKinds: {
      bankTransfer: "Bank transfer",
      cashOnDelivery: "Cash on delivery",
      card: "Card",
      test: "Test payment (no money is taken)",
      unknown: "As agreed at checkout",
    },
    bankTitle: "Please pay by bank transfer",
    bank: {
      reference: "Payment reference",
      amount: "Amount due",
      name: "Bank",
      holder: "Account holder",
      account: "Account number",
      bik: "BIK",
    },
    bankNote: "Transfer the total to this account and quote the reference. We send the parcel when the money arrives.",
    bankMissing: "We will send you the bank details and the payment reference separately.",
    cash: (amount) => `The courier takes the payment in cash when the parcel arrives: please have ${amount} ready.`,
    card: "Your card payment is authorized; it is charged when the parcel is sent.",
    test: "This store is not set up to take money: the order is a test.",
    deliveryNames: {
      "kg-courier": "Courier across Kyrgyzstan",
      "kg-pickup": "Pickup at the Karakol warehouse",
      "jp-ems": "EMS to Japan",
      "intl-post": "International post",
    },
    countries: { kg: "Kyrgyzstan" },
    closing: "Issyk-Kul One Village One Product Association, Karakol, Kyrgyzstan",
  },
  ja: {
    subject: (number) => `【Issyk-Kul OVOP】ご注文ありがとうございます（注文番号 ${number}）`,
    greeting: "ご注文ありがとうございます",
    intro: "ご注文を承りました。発送の際に改めてお知らせします。",
    number: "注文番号",
    link: "ご注文の確認",
    lines: "ご注文商品",
    preorder: (month) => (month ? `予約注文：${month}発送予定` : "予約注文"),
    itemTotal: "商品合計",
    shipping: "送料",
    taxIncluded: "うち消費税等",
    total: "合計",
    delivery: "配送方法",
    address: "お届け先",
    payment: "お支払い方法",
    paymentKinds: {
      bankTransfer: "銀行振込",
      cashOnDelivery: "代金引換",
      card: "クレジットカード",
      test: "テスト決済（代金は請求されません）",
      unknown: "ご注文時にお選びいただいた方法",
    },
    bankTitle: "銀行振込でお支払いください",
    bank: {
      reference: "振込参照番号",
      amount: "お支払い金額",
      name: "銀行",
      holder: "口座名義",
      account: "口座番号",
      bik: "BIK（銀行コード）",
    },
    bankNote: "合計金額をこの口座へお振り込みください。振込時に参照番号をご記入ください。入金を確認後、発送します。",
    bankMissing: "振込先と参照番号は別途お知らせします。",
    cash: (amount) => `お届け時に配達員が代金を現金で受け取ります。${amount}をご用意ください。`,
    card: "カードのお支払いは承認されました。発送時に請求されます。",
    test: "このストアは代金を受け取る設定になっていません。テスト注文になります。",
    deliveryNames: {
      "kg-courier": "キルギス国内宅配",
      "kg-pickup": "カラコル倉庫での受け取り",
      "jp-ems": "日本へのEMS",
      "intl-post": "国際郵便",
    },
    countries: { kg: "キルギス" },
    closing: "イシク・クル一村一品協会（キルギス共和国カラコル）",
  },
  ru: {
    subject: (number) => `Ваш заказ ${number} в магазине Issyk-Kul OVOP`,
    greeting: "Спасибо за заказ",
    intro: "Мы получили ваш заказ и сообщим, когда посылка будет отправлена.",
    number: "Номер заказа",
    link: "Ваш заказ на сайте",
    lines: "Ваш заказ",
    preorder: (month) => (month ? `Предзаказ, отправка: ${month}` : "Предзаказ"),
    itemTotal: "Товары",
    shipping: "Доставка",
    taxIncluded: "В том числе налог",
    total: "Итого",
    delivery: "Способ доставки",
    address: "Адрес доставки",
    payment: "Оплата",
    paymentKinds: {
      bankTransfer: "Банковский перевод",
      cashOnDelivery: "Наличными курьеру",
      card: "Банковская карта",
      test: "Тестовая оплата (деньги не списываются)",
      unknown: "Как выбрано при оформлении",
    },
    bankTitle: "Оплатите банковским переводом",
    bank: {
      reference: "Номер платежа",
      amount: "Сумма к оплате",
      name: "Банк",
      holder: "Получатель",
      account: "Номер счёта",
      bik: "БИК",
    },
    bankNote: "Переведите сумму на этот счёт, указав номер платежа. Мы отправим посылку, когда деньги поступят.",
    bankMissing: "Реквизиты и номер платежа мы пришлём отдельно.",
    cash: (amount) => `Курьер примет оплату наличными при доставке: приготовьте ${amount}.`,
    card: "Оплата картой авторизована; деньги спишутся при отправке посылки.",
    test: "Магазин не настроен принимать деньги: это тестовый заказ.",
    deliveryNames: {
      "kg-courier": "Курьер по Кыргызстану",
      "kg-pickup": "Самовывоз со склада в Караколе",
      "jp-ems": "EMS в Японию",
      "intl-post": "Международная почта",
    },
    countries: { kg: "Кыргызстан" },
    closing: "Ассоциация «Одно село — один продукт» Иссык-Кульской области, Каракол, Кыргызстан",
  },
  ky: {
    subject: (number) => `Issyk-Kul OVOP дүкөнүндөгү ${number} буйрутмаңыз`,
    greeting: "Буйрутмаңыз үчүн рахмат",
    intro: "Буйрутмаңызды кабыл алдык, посылка жөнөтүлгөндө кабарлайбыз.",
    number: "Буйрутманын номери",
    link: "Буйрутмаңыз сайтта",
    lines: "Сиздин буйрутма",
    preorder: (month) => (month ? `Алдын ала буйрутма, жөнөтүү: ${month}` : "Алдын ала буйрутма"),
    itemTotal: "Товарлар",
    shipping: "Жеткирүү",
    taxIncluded: "Анын ичинде салык",
    total: "Жалпы",
    delivery: "Жеткирүү ыкмасы",
    address: "Жеткирүү дареги",
    payment: "Төлөм",
    paymentKinds: {
      bankTransfer: "Банк аркылуу которуу",
      cashOnDelivery: "Курьерге накталай",
      card: "Банк картасы",
      test: "Сыноо төлөмү (акча алынбайт)",
      unknown: "Буйрутма берүүдө тандалгандай",
    },
    bankTitle: "Банк аркылуу которуп төлөңүз",
    bank: {
      reference: "Төлөм номери",
      amount: "Төлөнө турган сумма",
      name: "Банк",
      holder: "Алуучу",
      account: "Эсеп номери",
      bik: "БИК",
    },
    bankNote: "Сумманы ушул эсепке төлөм номерин көрсөтүп которуңуз. Акча келгенде посылканы жөнөтөбүз.",
    bankMissing: "Реквизиттерди жана төлөм номерин өзүнчө жөнөтөбүз.",
    cash: (amount) => `Курьер төлөмдү жеткиргенде накталай алат: ${amount} даярдап коюңуз.`,
    card: "Карта менен төлөм ырасталды; акча посылка жөнөтүлгөндө алынат.",
    test: "Дүкөн акча кабыл алууга орнотулган эмес: бул сыноо буйрутмасы.",
    deliveryNames: {
      "kg-courier": "Кыргызстан боюнча курьер",
      "kg-pickup": "Каракол кампасынан алып кетүү",
      "jp-ems": "Японияга EMS",
      "intl-post": "Эл аралык почта",
    },
    countries: { kg: "Кыргызстан" },
    closing: "Ысык-Көл облусунун «Бир айыл — бир продукт» ассоциациясы, Каракол, Кыргызстан",
  },
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
  const own = strings[locale].countries[code.toLowerCase()]
  if (own) return own
  try {
    return new Intl.DisplayNames([intlLocales[locale]], { type: "region" }).of(code.toUpperCase()) ?? code.toUpperCase()
  } catch {
    return code.toUpperCase()
  }
}

/** The address as lines to print: name, street, town with postcode and region, country, phone. */
function addressLines(address: OrderConfirmationAddress, locale: StoreLocale): string[] {
  const clean = (value: string | null | undefined) => (value ?? "").trim()
  const name = [address.first_name, address.last_name].map(clean).filter(Boolean)
  const town = [clean(address.postal_code), [address.city, address.province].map(clean).filter(Boolean).join(", ")]
    .filter(Boolean)
    .join(" ")
  return [
    // Japanese writes the family name first.
    (locale === "ja" ? [...name].reverse() : name).join(" "),
    clean(address.company),
    clean(address.address_1),
    clean(address.address_2),
    town,
    address.country_code ? countryName(address.country_code, locale) : "",
    clean(address.phone),
  ].filter(Boolean)
}

/** The order confirmation in the order's language: lines, totals, delivery, address and how to pay. */
export function orderConfirmationMessage(order: OrderConfirmationInput): OrderConfirmationMessage {
  const { locale } = order
  const s = strings[locale]
  const money = (amount: number) => formatMoney(amount, order.currencyCode, locale)
  const number = `#${order.displayId}`
  const deliveryName = order.delivery
    ? (order.delivery.code ? s.deliveryNames[order.delivery.code] : undefined) || order.delivery.name
    : null
  const lines = order.lines.map((line) => ({
    name: line.variantTitle ? `${line.title} (${line.variantTitle})` : line.title,
    quantity: line.quantity,
    amount: money(line.total),
    note: line.preorder ? s.preorder(shippingMonthLabel(line.preorder.expectedShippingMonth, locale)) : null,
  }))
  const totals: [string, string][] = [
    [s.itemTotal, money(order.itemTotal)],
    [s.shipping, money(order.shippingTotal)],
    ...(order.taxTotal > 0 ? ([[s.taxIncluded, money(order.taxTotal)]] as [string, string][]) : []),
    [s.total, money(order.total)],
  ]
  const bank = order.payment.kind === "bankTransfer" ? order.payment.bank : null
  const bankRows: [string, string][] = bank
    ? [
        [s.bank.reference, bank.reference],
        [s.bank.amount, money(order.total)],
        [s.bank.name, bank.bankName],
        [s.bank.holder, bank.accountHolder],
        [s.bank.account, bank.accountNumber],
        [s.bank.bik, bank.bik],
      ]
    : []
  const paymentNote = (() => {
    switch (order.payment.kind) {
      case "bankTransfer":
        return order.payment.bank ? s.bankNote : s.bankMissing
      case "cashOnDelivery":
        return s.cash(money(order.total))
      case "card":
        return s.card
      case "test":
        return s.test
      default:
        return null
    }
  })()
  const address = order.shippingAddress ? addressLines(order.shippingAddress, locale) : []
  const paymentName = s.paymentKinds[order.payment.kind]

  const text = [
    `${s.greeting}!`,
    s.intro,
    "",
    `${s.number}: ${number}`,
    `${s.link}: ${order.orderUrl}`,
    ...(bank ? ["", s.bankTitle, ...bankRows.map(([label, value]) => `${label}: ${value}`), s.bankNote] : []),
    "",
    s.lines,
    ...lines.flatMap((line) => [
      `- ${line.name} × ${line.quantity}: ${line.amount}`,
      ...(line.note ? [`  ${line.note}`] : []),
    ]),
    "",
    ...totals.map(([label, value]) => `${label}: ${value}`),
    "",
    `${s.payment}: ${paymentName}`,
    ...(paymentNote && !bank ? [paymentNote] : []),
    ...(deliveryName ? [`${s.delivery}: ${deliveryName}`] : []),
    ...(address.length ? ["", `${s.address}:`, ...address] : []),
    "",
    s.closing,
  ].join("\n")

  const e = escapeHtml
  const row = ([label, value]: [string, string], strong = false) =>
    `<tr><th scope="row" style="text-align:left;padding:2px 12px 2px 0">${e(label)}</th><td style="text-align:right">${strong ? `<strong>${e(value)}</strong>` : e(value)}</td></tr>`
  const html = [
    `<!doctype html><html lang="${locale}"><head><meta charset="utf-8"><title>${e(s.subject(number))}</title></head>`,
    '<body style="font-family:sans-serif;line-height:1.5;color:#222">',
    `<h1>${e(s.greeting)}</h1>`,
    `<p>${e(s.intro)}</p>`,
    `<p>${e(s.number)}: <strong>${e(number)}</strong></p>`,
    `<p><a href="${e(order.orderUrl)}">${e(s.link)}</a></p>`,
    ...(bank
      ? [
          `<h2>${e(s.bankTitle)}</h2>`,
          `<table>${bankRows.map((entry, index) => row(entry, index === 0)).join("")}</table>`,
          `<p>${e(s.bankNote)}</p>`,
        ]
      : []),
    `<h2>${e(s.lines)}</h2>`,
    '<table style="border-collapse:collapse">',
    ...lines.map(
      (line) =>
        `<tr><td style="padding:2px 12px 2px 0">${e(line.name)}${line.note ? `<br><small>${e(line.note)}</small>` : ""}</td><td style="padding:2px 12px">× ${e(String(line.quantity))}</td><td style="text-align:right">${e(line.amount)}</td></tr>`,
    ),
    "</table>",
    `<table>${totals.map((entry, index) => row(entry, index === totals.length - 1)).join("")}</table>`,
    `<p>${e(s.payment)}: ${e(paymentName)}</p>`,
    ...(paymentNote && !bank ? [`<p>${e(paymentNote)}</p>`] : []),
    ...(deliveryName ? [`<p>${e(s.delivery)}: ${e(deliveryName)}</p>`] : []),
    ...(address.length ? [`<h2>${e(s.address)}</h2>`, `<p>${address.map(e).join("<br>")}</p>`] : []),
    `<p>${e(s.closing)}</p>`,
    "</body></html>",
  ].join("\n")

  return { subject: s.subject(number), text, html }
}
