import { describe, expect, it } from "vitest"
import {
  type BookedEntry,
  medusaLedgerPayment,
  type OrderPart,
  type OrderPayment,
  orderLedgerEntries,
  wholesaleLedgerPayment,
} from "./order-ledger"

// A som order: Tosor apricot jam and the courier, paid cash on delivery.
const parts: OrderPart[] = [
  { key: "ordli_jam", kind: "item", groupId: "pgrp_tosor", amount: 1350, tax: 145, commissionRate: 0.15 },
  { key: "ordsm_courier", kind: "shipping", groupId: null, amount: 250, tax: 27, commissionRate: 0 },
]
const cashPayment = {
  id: "pay_1",
  provider_id: "pp_cash-on-delivery_ovop",
  captures: [{ id: "capt_1", amount: 1600, created_at: new Date("2026-12-04T09:00:00Z") }],
  refunds: [] as { id: string; amount: number; created_at: Date }[],
}
const captured: OrderPayment = medusaLedgerPayment(cashPayment)
const run = (
  payments: OrderPayment[],
  booked: BookedEntry[] = [],
  currency_code = "kgs",
  feePercentOf: (providerId: string) => number = () => 0,
) =>
  orderLedgerEntries({
    order: { id: "order_1", currency_code, parts },
    payments,
    booked,
    rates: [{ currencyCode: "usd", rateToKgs: 87.45, effectiveOn: "2026-12-01" }],
    feePercentOf,
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
    const refunded = medusaLedgerPayment({
      ...cashPayment,
      refunds: [{ id: "ref_1", amount: 1600, created_at: new Date("2026-12-05T09:00:00Z") }],
    })
    const debits = run([refunded], credits).entries
    expect(debits.map((entry) => [entry.kind, entry.part_id, entry.share, entry.net])).toEqual([
      ["debit", "ordli_jam", 1350, 1024],
      ["debit", "ordsm_courier", 250, 0],
    ])
    expect(run([refunded], [...credits, ...debits]).entries).toEqual([])
  })

  it("lets a capture without a rate wait, and its refund with it", () => {
    const inYen = medusaLedgerPayment({
      ...cashPayment,
      refunds: [{ id: "ref_1", amount: 100, created_at: new Date("2026-12-05T09:00:00Z") }],
    })
    expect(run([inYen], [], "jpy")).toEqual({
      entries: [],
      waiting: [{ event_key: "capture:capt_1", currency: "jpy", day: "2026-12-04" }],
    })
  })

  describe("wholesale payments (an accepted quote's order)", () => {
    // The same order paid as a wholesale order: a 30 % deposit by transfer, the balance by card.
    const recorded = new Date("2026-12-04T09:00:00Z")
    const deposit = { id: "wpay_deposit", amount: 480, method: "transfer" as const, created_at: recorded }
    const balance = {
      id: "wpay_balance",
      amount: 1120,
      method: "card" as const,
      created_at: new Date("2026-12-06T10:00:00Z"),
    }

    it("credits each wholesale payment once over the order's parts, by the rules of a capture", () => {
      const payments = [wholesaleLedgerPayment(deposit, null), wholesaleLedgerPayment(balance, null)]
      const first = run(payments, [], "kgs", (provider) => (provider === "pp_stripe_stripe" ? 3.4 : 0))
      expect(first.entries.map((entry) => [entry.part_id, entry.event_key, entry.payment_id, entry.share])).toEqual([
        ["ordli_jam", "wholesale_payment:wpay_deposit", "wpay_deposit", 405],
        ["ordsm_courier", "wholesale_payment:wpay_deposit", "wpay_deposit", 75],
        ["ordli_jam", "wholesale_payment:wpay_balance", "wpay_balance", 945],
        ["ordsm_courier", "wholesale_payment:wpay_balance", "wpay_balance", 175],
      ])
      // The jam's 15 % commission on its gross; the card payment bears Stripe's fee, the transfer none.
      const [depositJam, , balanceJam] = first.entries
      expect(depositJam).toMatchObject({ producer_group_id: "pgrp_tosor", commission_rate: 0.15, fee: 0 })
      expect(depositJam?.commission).toBe(Math.round(Number(depositJam?.gross) * 0.15))
      expect(Number(balanceJam?.fee)).toBeGreaterThan(0)
      expect(first.entries[0]?.occurred_at).toEqual(recorded)
      // Every som of both payments is someone's, and nothing more is booked on a replay.
      const total = first.entries.reduce(
        (sum, entry) =>
          sum + Number(entry.net) + Number(entry.commission) + Number(entry.fee) + Number(entry.association),
        0,
      )
      expect(total).toBe(1600)
      expect(run(payments, first.entries).entries).toEqual([])
    })

    it("reverses every wholesale payment's credits when the order is cancelled, once", () => {
      const credits = run([wholesaleLedgerPayment(deposit, null)]).entries
      const cancelledAt = new Date("2026-12-05T12:00:00Z")
      const cancelled = wholesaleLedgerPayment(deposit, cancelledAt)
      const debits = run([cancelled], credits).entries
      expect(debits.map((entry) => [entry.kind, entry.part_id, entry.event_key, entry.share])).toEqual([
        ["debit", "ordli_jam", "wholesale_cancel:wpay_deposit", 405],
        ["debit", "ordsm_courier", "wholesale_cancel:wpay_deposit", 75],
      ])
      expect(debits.map((entry) => entry.net)).toEqual(credits.map((entry) => entry.net))
      expect(debits[0]?.occurred_at).toEqual(cancelledAt)
      expect(run([cancelled], [...credits, ...debits]).entries).toEqual([])
    })

    it("credits and reverses at once a payment recorded after the order was cancelled", () => {
      const late = wholesaleLedgerPayment(balance, new Date("2026-12-05T12:00:00Z"))
      const { entries } = run([late])
      expect(entries.map((entry) => [entry.kind, entry.event_key])).toEqual([
        ["credit", "wholesale_payment:wpay_balance"],
        ["credit", "wholesale_payment:wpay_balance"],
        ["debit", "wholesale_cancel:wpay_balance"],
        ["debit", "wholesale_cancel:wpay_balance"],
      ])
      expect(entries.every((entry) => +entry.occurred_at === +balance.created_at)).toBe(true)
    })

    it("lets a wholesale payment in a currency without a rate wait for one", () => {
      expect(run([wholesaleLedgerPayment(deposit, null)], [], "jpy")).toEqual({
        entries: [],
        waiting: [{ event_key: "wholesale_payment:wpay_deposit", currency: "jpy", day: "2026-12-04" }],
      })
    })
  })
})
