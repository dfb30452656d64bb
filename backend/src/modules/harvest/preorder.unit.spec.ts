import { describe, expect, it } from "vitest"
import {
  allocatePreorders,
  type PreorderLot,
  preorderLotFor,
  preorderMetaOf,
  preorderRemaining,
  shortHarvestRefund,
} from "./preorder"

const lot = (over: Partial<PreorderLot>): PreorderLot => ({
  id: "hlot_1",
  lot_number: "TEP-2027-08",
  status: "planned",
  forecast_quantity: 10,
  preordered_quantity: 0,
  expected_shipping_month: "2027-08",
  ...over,
})

describe("preorderLotFor", () => {
  it("offers no pre-order while the variant can be bought from the shelf", () => {
    expect(preorderLotFor({ lots: [lot({})], inSeason: true, onShelf: 3 })).toBeNull()
  })

  it("offers the lot due soonest when out of season or sold out", () => {
    const later = lot({ id: "hlot_late", expected_shipping_month: "2027-10" })
    const sooner = lot({ id: "hlot_soon", expected_shipping_month: "2027-08", status: "in_production" })
    expect(preorderLotFor({ lots: [later, sooner], inSeason: false, onShelf: 20 })?.id).toBe("hlot_soon")
    expect(preorderLotFor({ lots: [later, sooner], inSeason: true, onShelf: 0 })?.id).toBe("hlot_soon")
  })

  it("skips lots that are fully pre-ordered or no longer planned", () => {
    const full = lot({ id: "hlot_full", preordered_quantity: 10 })
    const arrived = lot({ id: "hlot_in", status: "available" })
    const open = lot({ id: "hlot_open", expected_shipping_month: "2028-08" })
    expect(preorderLotFor({ lots: [full, arrived, open], inSeason: false, onShelf: 0 })?.id).toBe("hlot_open")
    expect(preorderLotFor({ lots: [full, arrived], inSeason: false, onShelf: 0 })).toBeNull()
  })

  it("counts what is left of the forecast, never below zero", () => {
    expect(preorderRemaining({ forecast_quantity: 10, preordered_quantity: 4 })).toBe(6)
    expect(preorderRemaining({ forecast_quantity: 3, preordered_quantity: 5 })).toBe(0)
  })
})

describe("allocatePreorders", () => {
  const bookings = [
    { id: "b3", quantity: 2, created_at: "2027-03-03T00:00:00Z", if_short: "refund" as const },
    { id: "b1", quantity: 3, created_at: "2027-03-01T00:00:00Z", if_short: "wait" as const },
    { id: "b2", quantity: 2, created_at: "2027-03-02T00:00:00Z", if_short: "wait" as const },
  ]

  it("serves the oldest first and leaves the later ones short", () => {
    expect(allocatePreorders(bookings, 4)).toEqual([
      { id: "b1", allocated: 3, short: 0, if_short: "wait" },
      { id: "b2", allocated: 1, short: 1, if_short: "wait" },
      { id: "b3", allocated: 0, short: 2, if_short: "refund" },
    ])
  })

  it("serves everyone from a full harvest and no one from an empty one", () => {
    expect(allocatePreorders(bookings, 100).every((share) => share.short === 0)).toBe(true)
    expect(allocatePreorders(bookings, 0).every((share) => share.allocated === 0)).toBe(true)
  })
})

describe("preorderMetaOf", () => {
  it("reads a pre-order line's details and ignores other metadata", () => {
    const meta = { key: "k", lot_id: "hlot_1", variant_id: "variant_1", lot_number: "L", if_short: "refund" }
    expect(preorderMetaOf({ ovop_preorder: meta })).toMatchObject({ key: "k", lot_id: "hlot_1", if_short: "refund" })
    expect(preorderMetaOf({ ovop_preorder: { ...meta, if_short: "anything" } })?.if_short).toBe("wait")
    expect(preorderMetaOf({ gift: true })).toBeNull()
    expect(preorderMetaOf(null)).toBeNull()
    expect(preorderMetaOf({ ovop_preorder: { key: 1 } })).toBeNull()
  })
})

describe("shortHarvestRefund", () => {
  it("refunds the units not produced from a payment with that much captured", () => {
    const payments = [
      { id: "pay_small", captured: 500, refunded: 0 },
      { id: "pay_main", captured: 4000, refunded: 1000 },
    ]
    expect(shortHarvestRefund({ unitPrice: 1200, quantity: 2, payments })).toEqual({
      kind: "refund",
      paymentId: "pay_main",
      amount: 2400,
    })
  })

  it("keeps cents for dollar prices", () => {
    expect(
      shortHarvestRefund({ unitPrice: 12.35, quantity: 3, payments: [{ id: "p", captured: 100, refunded: 0 }] }),
    ).toEqual({
      kind: "refund",
      paymentId: "p",
      amount: 37.05,
    })
  })

  it("waits for the capture while the payment is only authorized", () => {
    expect(
      shortHarvestRefund({ unitPrice: 1200, quantity: 1, payments: [{ id: "p", captured: 0, refunded: 0 }] }),
    ).toEqual({
      kind: "not_captured",
      amount: 1200,
    })
  })
})
