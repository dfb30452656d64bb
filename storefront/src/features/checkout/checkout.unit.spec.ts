import { taxBreakdown } from "@ovop/domain"
import { describe, expect, it } from "vitest"
import {
  bankTransferDetails,
  cardConfirmation,
  isEmail,
  orderSummary,
  paymentChoices,
  type SummarySource,
  stepStates,
} from "./checkout"

describe("stepStates", () => {
  it("shows the steps before the current one answered and hides those after it", () => {
    expect(stepStates("payment")).toEqual({
      details: "answered",
      delivery: "answered",
      payment: "open",
      review: "ahead",
    })
  })

  it("reopens the first step alone when the shopper changes the address", () => {
    expect(stepStates("details")).toEqual({ details: "open", delivery: "ahead", payment: "ahead", review: "ahead" })
  })
})

describe("paymentChoices", () => {
  it("offers Kyrgyzstan cash on delivery, then bank transfer", () => {
    expect(paymentChoices(["pp_bank-transfer_ovop", "pp_cash-on-delivery_ovop"])).toEqual([
      { kind: "cashOnDelivery", providerId: "pp_cash-on-delivery_ovop" },
      { kind: "bankTransfer", providerId: "pp_bank-transfer_ovop" },
    ])
  })

  it("offers Japan the card and hides the system provider once a real one is there", () => {
    expect(paymentChoices(["pp_system_default", "pp_stripe_stripe"])).toEqual([
      { kind: "card", providerId: "pp_stripe_stripe" },
    ])
  })

  it("offers the test payment only when nothing else is configured", () => {
    expect(paymentChoices(["pp_system_default"])).toEqual([{ kind: "test", providerId: "pp_system_default" }])
  })

  it("leaves out providers the storefront does not know", () => {
    expect(paymentChoices(["pp_paypal_paypal"])).toEqual([])
  })
})

describe("bankTransferDetails", () => {
  it("reads the reference and the account of a bank-transfer session", () => {
    const details = bankTransferDetails({
      method: "bank-transfer",
      reference: "OVOP-5R6T8YVA",
      amount_due: 2150,
      currency_code: "kgs",
      bank: {
        bank_name: "Demir Bank",
        account_holder: "Issyk-Kul OVOP",
        account_number: "1180000012345678",
        bik: "118001",
      },
    })
    expect(details).toEqual({
      reference: "OVOP-5R6T8YVA",
      amountDue: 2150,
      currencyCode: "kgs",
      bankName: "Demir Bank",
      accountHolder: "Issyk-Kul OVOP",
      accountNumber: "1180000012345678",
      bik: "118001",
    })
  })

  it("is null for a session without a reference (cash, card)", () => {
    expect(bankTransferDetails({ method: "cash-on-delivery" })).toBeNull()
    expect(bankTransferDetails(null)).toBeNull()
  })
})

describe("cardConfirmation", () => {
  it("uses the Payment Element in a production build", () => {
    expect(cardConfirmation("pk_live_abc", undefined)).toEqual({ mode: "element", publishableKey: "pk_live_abc" })
  })

  it("confirms on the local Stripe server when a test build names it", () => {
    expect(cardConfirmation("pk_test_e2e", "http://127.0.0.1:12111/")).toEqual({
      mode: "test",
      publishableKey: "pk_test_e2e",
      url: "http://127.0.0.1:12111",
    })
  })

  it("offers no card without a publishable key", () => {
    expect(cardConfirmation(undefined, "http://127.0.0.1:12111")).toBeNull()
    expect(cardConfirmation("", undefined)).toBeNull()
  })
})

const yenOrder: SummarySource = {
  currency_code: "jpy",
  items: [
    {
      title: "500 g",
      product_title: "White sainfoin honey",
      variant_title: "500 g",
      quantity: 2,
      unit_price: 2400,
      total: 4800,
    },
    { title: "Felt slippers", quantity: 1, unit_price: 5200 },
  ],
  shipping_methods: [{ name: "EMS to Japan", total: 2800 }],
  item_total: 10000,
  shipping_total: 2800,
  // Medusa's own tax total is 0 in the shop's tax-inclusive regions: the breakdown holds the tax.
  tax_total: 0,
  total: 12800,
  // 12,800 yen at 10% includes 1,163.63... yen: 1,163 yen, rounded down once for the order.
  metadata: { ovop_tax: taxBreakdown([{ amount: 12800, ratePercent: 10, code: "JCT" }], "jpy") },
}

describe("orderSummary", () => {
  it("writes yen without decimals, the tax the prices include, and each line's amount", () => {
    const summary = orderSummary(yenOrder, "ja")
    expect(summary.total).toBe("￥12,800")
    expect(summary.taxIncluded).toBe("￥1,163")
    expect(summary.taxRates).toEqual([{ rate: 10, gross: "￥12,800", tax: "￥1,163" }])
    expect(summary.lines).toEqual([
      { name: "White sainfoin honey", option: "500 g", quantity: 2, amount: "￥4,800" },
      { name: "Felt slippers", option: "", quantity: 1, amount: "￥5,200" },
    ])
    expect(summary.shipping).toEqual([{ name: "EMS to Japan", amount: "￥2,800" }])
  })

  it("writes dollars with cents and no tax line for International", () => {
    const summary = orderSummary({ currency_code: "usd", items: [], item_total: 24.5, total: 36.5, tax_total: 0 }, "en")
    expect(summary.total).toBe("$36.50")
    expect(summary.taxIncluded).toBeNull()
  })

  it("reads a cart's breakdown as the backend adds it, and ignores one of the wrong shape", () => {
    const cart = {
      currency_code: "kgs",
      total: 1430,
      ovop_tax: taxBreakdown([{ amount: 1430, ratePercent: 12 }], "kgs"),
    }
    expect(orderSummary(cart, "en").taxIncluded).toBe("153 som")
    expect(orderSummary({ ...cart, ovop_tax: { tax_total: "lots" } }, "en").taxIncluded).toBeNull()
  })

  it("writes whole som", () => {
    expect(orderSummary({ currency_code: "kgs", total: 2150 }, "ru").total).toBe("2\u00a0150\u00a0сом")
  })
})

describe("isEmail", () => {
  it("accepts an address and refuses empty or malformed input", () => {
    expect(isEmail(" aiko@example.jp ")).toBe(true)
    expect(isEmail("")).toBe(false)
    expect(isEmail("aiko@example")).toBe(false)
    expect(isEmail("aiko example.jp")).toBe(false)
  })
})
