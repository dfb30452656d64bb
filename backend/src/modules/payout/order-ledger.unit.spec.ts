import { describe, expect, it } from "vitest"
import { type BookedEntry, type OrderPart, type OrderPayment, orderLedgerEntries } from "./order-ledger"

// A som order: Tosor apricot jam and the courier, paid cash on delivery.
const parts: OrderPart[] = [
  { key: "ordli_jam", kind: "item", groupId: "pgrp_tosor", amount: 1350, tax: 145, commissionRate: 0.15 },
  { key: "ordsm_courier", kind: "shipping", groupId: null, amount: 250, tax: 27, commissionRate: 0 },
]
const captured: OrderPayment = {
  id: "pay_1",
  provider_id: "pp_cash-on-delivery_ovop",
  captures: [{ id: "capt_1", amount: 1600, created_at: new Date("2026-12-04T09:00:00Z") }],
  refunds: [],
}
const run = (payments: OrderPayment[], booked: BookedEntry[] = [], currency_code = "kgs") =>
  orderLedgerEntries({
    order: { id: "order_1", currency_code, parts },
    payments,
    booked,
    rates: [{ currencyCode: "usd", rateToKgs: 87.45, effectiveOn: "2026-12-01" }],
    feePercentOf: () => 0,
  })

describe("orderLedgerEntries", () => {
  it("credits each part once per capture and books nothing for what is already booked", () => {
    const first = run([captured])
    expect(first.entries.map((entry) => [entry.kind, entry.part_id, entry.event_key])).toEqual([
      ["credit", "ordli_jam", "capture:capt_1"],
      ["credit", "ordsm_courier", "capture:capt_1"],
    ])
    expect(first.entries[0]).toMatchObject({ gross: 1205, commission: 181, net: 1024, kgs_net: 1024 })
    expect(run([captured], first.entries).entries).toEqual([])
  })

  it("reverses a refund against what the payment's credits hold, once", () => {
    const credits = run([captured]).entries
    const refunded = {
      ...captured,
      refunds: [{ id: "ref_1", amount: 1600, created_at: new Date("2026-12-05T09:00:00Z") }],
    }
    const debits = run([refunded], credits).entries
    expect(debits.map((entry) => [entry.kind, entry.part_id, entry.share, entry.net])).toEqual([
      ["debit", "ordli_jam", 1350, 1024],
      ["debit", "ordsm_courier", 250, 0],
    ])
    expect(run([refunded], [...credits, ...debits]).entries).toEqual([])
  })

  it("lets a capture without a rate wait, and its refund with it", () => {
    const inYen = {
      ...captured,
      refunds: [{ id: "ref_1", amount: 100, created_at: new Date("2026-12-05T09:00:00Z") }],
    }
    expect(run([inYen], [], "jpy")).toEqual({
      entries: [],
      waiting: [{ event_key: "capture:capt_1", currency: "jpy", day: "2026-12-04" }],
    })
  })
})
