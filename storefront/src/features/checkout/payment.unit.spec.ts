import { describe, expect, it } from "vitest"
import { fillText } from "./checkout"
import {
  bankTransferDetails,
  cardConfirmation,
  cardRefusal,
  paymentChoices,
  paymentNoteKeys,
  placedOrder,
  testCardConfirmation,
} from "./payment"

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

const text = (key: string, values: Record<string, string> = {}) =>
  fillText(
    { "checkout.cardDeclined": "Declined: {reason}", "checkout.cardFailed": "The card failed" }[key] ?? key,
    values,
  )

describe("cardRefusal", () => {
  it("gives Stripe's reason when there is one, else says the card failed", () => {
    expect(cardRefusal("Your card was declined.", text)).toBe("Declined: Your card was declined.")
    expect(cardRefusal(undefined, text)).toBe("The card failed")
    expect(cardRefusal("", text)).toBe("The card failed")
  })
})

describe("paymentNoteKeys", () => {
  it("notes cash and the test payment; the card and the transfer show their own parts", () => {
    expect(paymentNoteKeys).toEqual({ cashOnDelivery: "checkout.cashNote", test: "checkout.testNote" })
  })
})

describe("testCardConfirmation", () => {
  it("confirms the session's intent on the local Stripe server with the test card and the client secret", async () => {
    const request = testCardConfirmation(
      { url: "http://127.0.0.1:12111", publishableKey: "pk_test_e2e" },
      { id: "pi_123", client_secret: "pi_123_secret_abc" },
    )
    expect(request.url).toBe("http://127.0.0.1:12111/v1/payment_intents/pi_123/confirm")
    expect(request.init.method).toBe("POST")
    expect(request.init.headers).toEqual({
      authorization: "Bearer pk_test_e2e",
      "content-type": "application/x-www-form-urlencoded",
    })
    expect(String(request.init.body)).toBe("payment_method=pm_card_visa&client_secret=pi_123_secret_abc")
  })
})

describe("placedOrder", () => {
  const order = { id: "order_01", display_id: 7, currency_code: "kgs", total: 2150 }
  const transfer = { reference: "OVOP-5R6T8YVA", bank: { bank_name: "Demir Bank" } }

  it("keeps a transfer's reference and account for the confirmation page, and the guest's token", () => {
    const placed = placedOrder(order, "bankTransfer", transfer, "token-abc")
    expect(placed).toMatchObject({ ...order, payment: "bankTransfer", token: "token-abc" })
    expect(placed.bank).toMatchObject({ reference: "OVOP-5R6T8YVA", bankName: "Demir Bank" })
  })

  it("keeps no bank details for another way to pay", () => {
    expect(placedOrder(order, "cashOnDelivery", transfer, undefined)).toMatchObject({
      payment: "cashOnDelivery",
      bank: null,
    })
  })
})
