import { taxBreakdown } from "@ovop/domain"
import { describe, expect, it } from "vitest"
import {
  escapeHtml,
  type OrderConfirmationInput,
  orderConfirmationLocale,
  orderConfirmationMessage,
  orderPaymentOf,
} from "./order-confirmation-message"

const NBSP = "\u00a0"

/** Aizada's order in Karakol: two jars of honey and a pre-ordered apricot jam, courier, bank transfer. */
const kyrgyzOrder = (overrides: Partial<OrderConfirmationInput> = {}): OrderConfirmationInput => ({
  locale: "ru",
  displayId: 1042,
  email: "aizada@example.kg",
  currencyCode: "kgs",
  lines: [
    { title: "White sainfoin honey", variantTitle: "500 g", quantity: 2, total: 1900, preorder: null },
    {
      title: "Apricot jam",
      variantTitle: "Jar",
      quantity: 1,
      total: 12500,
      preorder: { expectedShippingMonth: "2026-09" },
    },
  ],
  itemTotal: 14400,
  shippingTotal: 250,
  // 14,650 som at 12% VAT includes 1,569.64... som: 1,569 som, rounded down once for the order.
  tax: taxBreakdown([{ amount: 14650, ratePercent: 12, code: "VAT" }], "kgs"),
  total: 14650,
  shippingAddress: {
    first_name: "Aizada",
    last_name: "Toktogulova",
    address_1: "Toktogul street 112",
    city: "Karakol",
    province: "Issyk-Kul region",
    postal_code: "722200",
    country_code: "kg",
    phone: "+996 555 123 456",
  },
  delivery: { name: "Courier across Kyrgyzstan", code: "kg-courier" },
  payment: orderPaymentOf("pp_bank-transfer_ovop", {
    method: "bank-transfer",
    reference: "OVOP-5R6T8YVA",
    amount_due: "14650",
    bank: {
      bank_name: "Demir Bank, Karakol branch",
      account_holder: "Issyk-Kul OVOP Association",
      account_number: "1180000123456789",
      bik: "118005",
      demo: false,
    },
  }),
  orderUrl: "https://shop.ovop.kg/ru/order/?id=order_01JZ",
  ...overrides,
})

describe("orderConfirmationLocale", () => {
  it("prefers the order's language, then the customer's, then English", () => {
    expect(orderConfirmationLocale("ru", "ja")).toBe("ru")
    expect(orderConfirmationLocale("ja-JP", undefined)).toBe("ja")
    expect(orderConfirmationLocale(null, "ky")).toBe("ky")
    expect(orderConfirmationLocale("de-DE", "fr")).toBe("en")
  })
})

describe("orderPaymentOf", () => {
  it("knows the store's providers, and a transfer's reference and account from its data", () => {
    expect(orderPaymentOf("pp_cash-on-delivery_ovop", {})).toEqual({ kind: "cashOnDelivery" })
    expect(orderPaymentOf("pp_stripe_stripe", {})).toEqual({ kind: "card" })
    expect(orderPaymentOf("pp_system_default", {})).toEqual({ kind: "test" })
    expect(orderPaymentOf("pp_other_x", {})).toEqual({ kind: "unknown" })
    expect(orderPaymentOf("pp_bank-transfer_ovop", {})).toEqual({ kind: "bankTransfer", bank: null })
    expect(kyrgyzOrder().payment).toEqual({
      kind: "bankTransfer",
      bank: {
        reference: "OVOP-5R6T8YVA",
        bankName: "Demir Bank, Karakol branch",
        accountHolder: "Issyk-Kul OVOP Association",
        accountNumber: "1180000123456789",
        bik: "118005",
      },
    })
  })
})

describe("orderConfirmationMessage", () => {
  it("writes a Russian bank-transfer order with the reference, the account, the som total and the pre-order month", () => {
    const { subject, text, html } = orderConfirmationMessage(kyrgyzOrder())
    expect(subject).toBe("Ваш заказ #1042 в магазине Issyk-Kul OVOP")
    for (const part of [
      "Номер заказа: #1042",
      "https://shop.ovop.kg/ru/order/?id=order_01JZ",
      "Номер платежа: OVOP-5R6T8YVA",
      `Сумма к оплате: 14${NBSP}650${NBSP}сом`,
      "Банк: Demir Bank, Karakol branch",
      "Получатель: Issyk-Kul OVOP Association",
      "Номер счёта: 1180000123456789",
      "БИК: 118005",
      `- White sainfoin honey (500 g) × 2: 1${NBSP}900${NBSP}сом`,
      "Предзаказ, отправка: сентябрь 2026",
      `Доставка: 250${NBSP}сом`,
      "Способ доставки: Курьер по Кыргызстану",
      `В том числе налог 12% с 14${NBSP}650${NBSP}сом: 1${NBSP}569${NBSP}сом`,
      `Итого: 14${NBSP}650${NBSP}сом`,
      "Оплата: Банковский перевод",
      "Toktogul street 112",
      "722200 Karakol, Issyk-Kul region",
      "Кыргызстан",
    ]) {
      expect(text).toContain(part)
    }
    expect(html).toContain("<strong>OVOP-5R6T8YVA</strong>")
    expect(html).toContain('<a href="https://shop.ovop.kg/ru/order/?id=order_01JZ">')
    // The ordinary line says nothing about shipping later.
    expect(text).not.toMatch(/White sainfoin honey.*\n\s+Предзаказ/)
  })

  it.each([
    ["en", "Your Issyk-Kul OVOP order #7", "The courier takes the payment in cash", "14,650 som"],
    [
      "ja",
      "【Issyk-Kul OVOP】ご注文ありがとうございます（注文番号 #7）",
      "配達員が代金を現金で受け取ります",
      "14,650ソム",
    ],
    ["ru", "Ваш заказ #7 в магазине Issyk-Kul OVOP", "Курьер примет оплату наличными", `14${NBSP}650${NBSP}сом`],
    [
      "ky",
      "Ысык-Көл OVOP дүкөнүндөгү #7 буйрутмаңыз",
      "Курьер төлөмдү жеткиргенде накталай алат",
      `14${NBSP}650${NBSP}сом`,
    ],
  ] as const)("writes cash on delivery in %s: the courier takes the cash", (locale, subject, cash, total) => {
    const message = orderConfirmationMessage(
      kyrgyzOrder({ locale, displayId: 7, payment: orderPaymentOf("pp_cash-on-delivery_ovop", {}) }),
    )
    expect(message.subject).toBe(subject)
    expect(message.text).toContain(cash)
    expect(message.text).toContain(total)
    expect(message.html).toContain(`lang="${locale}"`)
    expect(message.text).not.toContain("OVOP-")
  })

  const japaneseOrder = (overrides: Partial<OrderConfirmationInput> = {}): OrderConfirmationInput => ({
    locale: "ja",
    displayId: 88,
    email: "hanako@example.jp",
    currencyCode: "jpy",
    lines: [{ title: "白いエスパルセット蜂蜜", variantTitle: "500 g", quantity: 2, total: 5600, preorder: null }],
    itemTotal: 5600,
    shippingTotal: 2800,
    // Sold from abroad, delivery duty unpaid: the yen prices include no Japanese tax.
    tax: taxBreakdown([{ amount: 8400, ratePercent: 0 }], "jpy"),
    total: 8400,
    japanImport: { dutyPaid: false, charges: null },
    shippingAddress: {
      first_name: "花子",
      last_name: "佐藤",
      address_1: "渋谷1-2-3",
      address_2: "渋谷ハイツ202",
      city: "渋谷区",
      province: "jp-13",
      postal_code: "150-0002",
      country_code: "jp",
    },
    delivery: { name: "EMS to Japan", code: "jp-ems" },
    payment: orderPaymentOf("pp_stripe_stripe", {}),
    orderUrl: "https://shop.ovop.kg/ja/order/?id=order_01JA",
    ...overrides,
  })

  it("writes a Japanese card order in yen, family name first, with no consumption tax and the duty note", () => {
    const { subject, text, html } = orderConfirmationMessage(japaneseOrder())
    expect(subject).toContain("#88")
    expect(text).toContain("合計：8,400円")
    expect(text).toContain("送料：2,800円")
    expect(text).toContain("配送方法：日本へのEMS")
    expect(text).not.toContain("消費税等")
    expect(text).not.toContain("消費税込")
    expect(text).toContain("円の価格に日本の消費税は含まれていません")
    expect(text).toContain("お受取人様のご負担となります")
    expect(text).toContain("課税価格は海外小売価格の60%")
    expect(text).toContain("合計額が10,000円以下")
    expect(html).toContain("お受取人様のご負担となります")
    expect(text).toContain("カードのお支払いは承認されました")
    // The address the Japanese way: 〒, prefecture, city and street, building, then the name with 様.
    expect(text).toContain("お届け先：\n〒150-0002\n東京都渋谷区渋谷1-2-3\n渋谷ハイツ202\n佐藤 花子 様\n")
    expect(text).not.toContain("jp-13")
    // Japanese punctuation: full-width colons, no half-width exclamation mark.
    expect(text).toContain("注文番号：#88")
    expect(text).not.toMatch(/!|[\u3000-\u9fff）]: /)
  })

  it("shows a duty-paid Japanese order's duty-and-tax line and says nothing more is due on delivery", () => {
    const { text } = orderConfirmationMessage(
      japaneseOrder({ locale: "en", japanImport: { dutyPaid: true, charges: 2896 }, total: 8400 + 2896 }),
    )
    expect(text).toContain("Estimated import duty and tax: ¥2,896")
    expect(text).toContain("nothing more is charged on delivery")
    expect(text).not.toContain("may be charged on delivery")
  })

  it("says nothing of Japanese duty for a parcel to Kyrgyzstan", () => {
    const { text } = orderConfirmationMessage(kyrgyzOrder({ locale: "en" }))
    expect(text).not.toContain("duty")
  })

  it("falls back to the order's delivery name for an option the store has no words for, and leaves out a zero tax", () => {
    const { text } = orderConfirmationMessage(
      kyrgyzOrder({ locale: "en", tax: null, delivery: { name: "Horse courier to Tamga", code: null } }),
    )
    expect(text).toContain("Delivery: Horse courier to Tamga")
    expect(text).not.toContain("Including tax")
  })

  it("escapes every value from the order in the HTML", () => {
    const { html } = orderConfirmationMessage(
      kyrgyzOrder({
        lines: [
          {
            title: `Jam <script>alert("x")</script>`,
            variantTitle: "A & B",
            quantity: 1,
            total: 100,
            preorder: null,
          },
        ],
        shippingAddress: { first_name: "<b>Aizada</b>", address_1: `"Quoted" 'street'`, country_code: "kg" },
        delivery: { name: "<i>Courier</i>", code: null },
        payment: orderPaymentOf("pp_bank-transfer_ovop", {
          reference: "OVOP-<X>",
          bank: { bank_name: "Bank & Co", account_holder: "<holder>", account_number: "1", bik: "2" },
        }),
        orderUrl: `https://shop.ovop.kg/ru/order/?id=order_1"><script>`,
      }),
    )
    expect(html).not.toMatch(/<script|<b>|<i>|<holder>|<X>/)
    expect(html).toContain("Jam &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; (A &amp; B)")
    expect(html).toContain("&lt;b&gt;Aizada&lt;/b&gt;")
    expect(html).toContain("&quot;Quoted&quot; &#39;street&#39;")
    expect(html).toContain("Bank &amp; Co")
    expect(html).toContain('href="https://shop.ovop.kg/ru/order/?id=order_1&quot;&gt;&lt;script&gt;"')
  })

  it("escapeHtml leaves plain text alone", () => {
    expect(escapeHtml("Мёд 500 g")).toBe("Мёд 500 g")
  })
})
