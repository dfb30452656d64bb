import { describe, expect, it } from "vitest"
import {
  allocatePreorders,
  matchPreorderLines,
  type PreorderLineRecord,
  type PreorderLot,
  preorderKeyOf,
  preorderLineRefusal,
  preorderLotFor,
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

describe("preorderKeyOf", () => {
  it("reads the key of a line's display copy and nothing else", () => {
    expect(preorderKeyOf({ ovop_preorder: { key: "k", lot_id: "hlot_1" } })).toBe("k")
    expect(preorderKeyOf({ gift: true })).toBeNull()
    expect(preorderKeyOf(null)).toBeNull()
    expect(preorderKeyOf({ ovop_preorder: { key: 1 } })).toBeNull()
  })
})

const jamRecord: PreorderLineRecord = {
  key: "k1",
  cart_id: "cart_1",
  line_item_id: "cali_jam",
  lot_id: "hlot_jam",
  variant_id: "variant_jam",
  if_short: "wait",
  unit_price: 1200,
  currency_code: "jpy",
}

describe("matchPreorderLines", () => {
  it("takes a line for a pre-order only from a record of the same cart, never from its metadata", () => {
    const lines = [
      { id: "cali_jam", variant_id: null },
      { id: "cali_forged", variant_id: null, metadata: { ovop_preorder: { key: "k1", lot_id: "hlot_jam" } } },
      { id: "cali_honey", variant_id: "variant_honey", metadata: { ovop_preorder: { key: "k1" } } },
    ]
    const { preorders, unrecorded } = matchPreorderLines("cart_1", lines, [jamRecord])
    expect(preorders.map((p) => p.line.id)).toEqual(["cali_jam"])
    expect(unrecorded.map((line) => line.id)).toEqual(["cali_forged"])
  })

  it("ignores a record of another cart and a record naming a line that has a variant", () => {
    const other = matchPreorderLines("cart_2", [{ id: "cali_jam", variant_id: null }], [jamRecord])
    expect(other.preorders).toEqual([])
    expect(other.unrecorded).toHaveLength(1)
    const withVariant = matchPreorderLines("cart_1", [{ id: "cali_jam", variant_id: "variant_jam" }], [jamRecord])
    expect(withVariant).toEqual({ preorders: [], unrecorded: [] })
  })
})

describe("preorderLineRefusal", () => {
  const ok = {
    line: { product_id: "prod_jam", unit_price: 1200 },
    record: jamRecord,
    cartCurrency: "jpy",
    lot: { variant_id: "variant_jam", status: "planned" },
    variant: { product_id: "prod_jam", unit_price: 1200 },
  }
  it("lets a line made by the pre-order route be booked", () => {
    expect(preorderLineRefusal(ok)).toBeNull()
    expect(preorderLineRefusal({ ...ok, lot: { variant_id: "variant_jam", status: "in_production" } })).toBeNull()
  })
  it("refuses a lot of another variant, a line of another product or currency, a price not the record's", () => {
    expect(preorderLineRefusal({ ...ok, lot: { variant_id: "variant_honey", status: "planned" } })).toBe("not_ours")
    expect(preorderLineRefusal({ ...ok, lot: undefined })).toBe("not_ours")
    expect(preorderLineRefusal({ ...ok, line: { product_id: "prod_honey", unit_price: 1200 } })).toBe("not_ours")
    expect(preorderLineRefusal({ ...ok, cartCurrency: "usd" })).toBe("not_ours")
    expect(preorderLineRefusal({ ...ok, record: { ...jamRecord, unit_price: 900 } })).toBe("not_ours")
  })
  it("refuses a lot that is in, and a price that is no longer the variant's", () => {
    expect(preorderLineRefusal({ ...ok, lot: { variant_id: "variant_jam", status: "available" } })).toBe("lot_closed")
    expect(preorderLineRefusal({ ...ok, variant: { product_id: "prod_jam", unit_price: 1500 } })).toBe("price_changed")
    expect(preorderLineRefusal({ ...ok, variant: { product_id: "prod_jam", unit_price: null } })).toBe("price_changed")
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
