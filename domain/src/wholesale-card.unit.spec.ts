import { describe, expect, it } from "vitest"
import { cardPaymentDue } from "./wholesale-card"
import { orderBalance } from "./wholesale-quote"

const days = { ordered: "2026-12-01", ships: "2027-01-15" }
const accepted = (
  terms: "prepayment" | "deposit_30" | "net_30",
  total: number,
  currency: string,
  payments: { amount: number; received_on: string }[] = [],
) => ({
  quote_status: "accepted",
  order_status: "pending",
  currency_code: currency,
  balance: orderBalance(terms, { amount: total, currencyCode: currency }, days, payments, "2026-12-06"),
})

describe("cardPaymentDue", () => {
  it("asks for the 30 % deposit first, then the balance, in yen as whole yen", () => {
    const first = cardPaymentDue(accepted("deposit_30", 98_650, "jpy"))
    expect(first).toEqual({
      payable: true,
      installment: "deposit",
      amount: 29_595,
      amount_minor: 29_595,
      currency_code: "jpy",
      due: "2026-12-01",
    })
    const second = cardPaymentDue(
      accepted("deposit_30", 98_650, "jpy", [{ amount: 29_595, received_on: "2026-12-02" }]),
    )
    expect(second).toMatchObject({ payable: true, installment: "balance", amount: 69_055, amount_minor: 69_055 })
  })

  it("asks for what is left of a part-paid instalment, in cents for dollars", () => {
    const due = cardPaymentDue(accepted("deposit_30", 1_234.5, "USD", [{ amount: 100, received_on: "2026-12-02" }]))
    // Deposit 370.35 (30 % of 1 234.50), 100 of it paid.
    expect(due).toMatchObject({ payable: true, installment: "deposit", amount: 270.35, amount_minor: 27_035 })
  })

  it("asks for the whole prepayment, and the net-30 invoice", () => {
    expect(cardPaymentDue(accepted("prepayment", 560, "usd"))).toMatchObject({
      installment: "prepayment",
      amount: 560,
      amount_minor: 56_000,
    })
    expect(cardPaymentDue(accepted("net_30", 560, "usd"))).toMatchObject({ installment: "invoice", due: "2027-02-14" })
  })

  it("refuses a paid order, a cancelled one, a quote that is no order and a currency cards do not take", () => {
    expect(
      cardPaymentDue(accepted("prepayment", 560, "usd", [{ amount: 560, received_on: "2026-12-02" }])),
    ).toMatchObject({ payable: false, reason: "nothing_due" })
    expect(cardPaymentDue({ ...accepted("prepayment", 560, "usd"), order_status: "canceled" })).toMatchObject({
      payable: false,
      reason: "order_cancelled",
    })
    expect(
      cardPaymentDue({ ...accepted("prepayment", 560, "usd"), quote_status: "quoted", balance: null }),
    ).toMatchObject({ payable: false, reason: "not_an_order" })
    expect(cardPaymentDue(accepted("prepayment", 56_000, "kgs"))).toMatchObject({
      payable: false,
      reason: "unsupported_currency",
      message: expect.stringContaining("USD or JPY"),
    })
  })
})
