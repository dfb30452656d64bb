import { describe, expect, it } from "vitest"
import {
  checkQuoteTransition,
  deliveryDateRefusal,
  incotermPlace,
  orderBalance,
  paymentTermsRefusal,
  QUOTE_STATUSES,
  QUOTE_TRANSITIONS,
  quoteStatusesMovingTo,
  quoteTotals,
} from "./wholesale-quote"

describe("quote transitions", () => {
  it("let staff quote a request, the buyer accept or decline a quote, and nothing leave a final status", () => {
    expect(checkQuoteTransition("requested", "quoted")).toEqual({ allowed: true })
    expect(checkQuoteTransition("quoted", "accepted", { validUntil: "2026-12-20", today: "2026-12-20" })).toEqual({
      allowed: true,
    })
    expect(checkQuoteTransition("quoted", "declined")).toEqual({ allowed: true })
    expect(checkQuoteTransition("requested", "withdrawn")).toEqual({ allowed: true })
    expect(checkQuoteTransition("quoted", "cancelled")).toEqual({ allowed: true })
    for (const final of ["accepted", "declined", "expired", "withdrawn", "cancelled"] as const) {
      expect(QUOTE_TRANSITIONS[final]).toEqual([])
      for (const to of QUOTE_STATUSES) expect(checkQuoteTransition(final, to).allowed).toBe(false)
    }
  })

  it("refuse accepting a request before staff quoted it, and accepting twice, with a reason", () => {
    expect(checkQuoteTransition("requested", "accepted")).toEqual({
      allowed: false,
      reason: "a quote that is requested can only become quoted or withdrawn or cancelled, not accepted",
    })
    expect(checkQuoteTransition("accepted", "accepted")).toEqual({
      allowed: false,
      reason: "the quote is already accepted",
    })
  })

  it("refuse accepting a quote past its validity day, and expiring one still valid", () => {
    expect(checkQuoteTransition("quoted", "accepted", { validUntil: "2026-12-20", today: "2026-12-21" })).toEqual({
      allowed: false,
      reason: "the quote was valid until 2026-12-20; ask for a new quote",
    })
    expect(checkQuoteTransition("quoted", "expired", { validUntil: "2026-12-20", today: "2026-12-20" }).allowed).toBe(
      false,
    )
    expect(checkQuoteTransition("quoted", "expired", { validUntil: "2026-12-20", today: "2026-12-21" }).allowed).toBe(
      true,
    )
  })

  it("name the statuses a move may start from", () => {
    expect(quoteStatusesMovingTo("accepted")).toEqual(["quoted"])
    expect(quoteStatusesMovingTo("withdrawn")).toEqual(["requested", "quoted"])
  })
})

describe("Incoterms and totals", () => {
  it("name where the goods pass to the buyer", () => {
    const tokyo = { city: "Tokyo", country_code: "jp" }
    expect(incotermPlace("EXW", tokyo)).toBe("Karakol, KG")
    expect(incotermPlace("FCA", tokyo)).toBe("Bishkek, KG")
    expect(incotermPlace("CPT", tokyo)).toBe("Tokyo, JP")
  })

  it("sum lines and freight exactly in the smallest unit", () => {
    // 0.1 + 0.2 in floats is not 0.3: summed in cents it is.
    expect(
      quoteTotals(
        [
          { quantity: 144, unit_price: 3.58 },
          { quantity: 3, unit_price: 0.1 },
        ],
        120.2,
        "usd",
      ),
    ).toEqual({ item_total: 515.82, freight: 120.2, total: 636.02 })
    expect(quoteTotals([{ quantity: 144, unit_price: 560 }], 18_000, "jpy")).toEqual({
      item_total: 80_640,
      freight: 18_000,
      total: 98_640,
    })
  })
})

describe("payment terms and balances", () => {
  const days = { ordered: "2026-12-06", ships: "2027-01-15" }
  const total = { amount: 98_641, currencyCode: "jpy" }

  it("keep net 30 for trusted companies", () => {
    expect(paymentTermsRefusal("net_30", { trusted: false })).toContain("trusted")
    expect(paymentTermsRefusal("net_30", { trusted: true })).toBeNull()
    expect(paymentTermsRefusal("deposit_30", { trusted: false })).toBeNull()
  })

  it("owe a 30 % deposit now and the balance by shipment, filled by payments in order", () => {
    const unpaid = orderBalance("deposit_30", total, days, [], "2026-12-06")
    expect(unpaid).toMatchObject({ status: "awaiting_payment", paid: 0, balance: 98_641 })
    expect(unpaid.next_due).toEqual({ amount: 29_592, due: "2026-12-06" })
    const deposit = orderBalance(
      "deposit_30",
      total,
      days,
      [{ amount: 29_592, received_on: "2026-12-07" }],
      "2026-12-08",
    )
    expect(deposit).toMatchObject({ status: "partially_paid", paid: 29_592, balance: 69_049 })
    expect(deposit.next_due).toEqual({ amount: 69_049, due: "2027-01-15" })
    const late = orderBalance("deposit_30", total, days, [{ amount: 29_592, received_on: "2026-12-07" }], "2027-01-16")
    expect(late.status).toBe("overdue")
    const paid = orderBalance(
      "deposit_30",
      total,
      days,
      [
        { amount: 29_592, received_on: "2026-12-07" },
        { amount: 69_049, received_on: "2027-01-10" },
      ],
      "2027-02-01",
    )
    expect(paid).toMatchObject({ status: "paid", balance: 0, next_due: null })
  })

  it("owe net 30 from the invoice, and an unpaid deposit is overdue the day after the order", () => {
    const net = orderBalance("net_30", { amount: 636.02, currencyCode: "usd" }, days, [], "2027-02-14")
    expect(net).toMatchObject({ status: "awaiting_payment", next_due: { amount: 636.02, due: "2027-02-14" } })
    expect(orderBalance("net_30", { amount: 636.02, currencyCode: "usd" }, days, [], "2027-02-15").status).toBe(
      "overdue",
    )
    expect(orderBalance("prepayment", total, days, [], "2026-12-07").status).toBe("overdue")
  })

  it("add payments in cents exactly, and refuse more than is owed", () => {
    const usd = { amount: 0.3, currencyCode: "usd" }
    const split = [
      { amount: 0.1, received_on: "2026-12-06" },
      { amount: 0.2, received_on: "2026-12-06" },
    ]
    expect(orderBalance("prepayment", usd, days, split, "2026-12-06")).toMatchObject({ status: "paid", balance: 0 })
    expect(() =>
      orderBalance("prepayment", total, days, [{ amount: 98_642, received_on: "2026-12-06" }], "2026-12-06"),
    ).toThrow("exceed")
  })
})

describe("requested delivery date", () => {
  it("is after today and within two years", () => {
    expect(deliveryDateRefusal("2026-12-06", "2026-12-06")).toContain("after today")
    expect(deliveryDateRefusal("2029-01-01", "2026-12-06")).toContain("two years")
    expect(deliveryDateRefusal("2027-03-01", "2026-12-06")).toBeNull()
  })
})
