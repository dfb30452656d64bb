import { estimateImportCharges, IMPORT_CHARGES_METADATA_KEY, JAPAN_IMPORT_RULES } from "@ovop/domain"
import { describe, expect, it } from "vitest"
import {
  cartItemCount,
  cartLookupOutcome,
  conflictRetryDelayMs,
  goodsLines,
  importChargesOf,
  preorderOf,
  type StoreCart,
  storedCartId,
} from "./cart-state"

const openCart = (items: { quantity: number }[] = []): StoreCart => ({
  id: "cart_01JH6Z8Q3K4YV2W7X9B5N1M0PA",
  currency_code: "kgs",
  completed_at: null,
  items: items.map((item, index) => ({ id: `cali_${index}`, title: "250 g", unit_price: 380, ...item })),
})

describe("storedCartId", () => {
  it("keeps a Medusa cart id", () => {
    expect(storedCartId("cart_01JH6Z8Q3K4YV2W7X9B5N1M0PA")).toBe("cart_01JH6Z8Q3K4YV2W7X9B5N1M0PA")
  })

  it("drops nothing, garbage and ids of other records", () => {
    expect(storedCartId(null)).toBeNull()
    expect(storedCartId("")).toBeNull()
    expect(storedCartId("not a cart")).toBeNull()
    expect(storedCartId("cart_../../admin")).toBeNull()
    expect(storedCartId("order_01JH6Z8Q3K4YV2W7X9B5N1M0PA")).toBeNull()
  })
})

describe("cartLookupOutcome", () => {
  it("keeps an open cart", () => {
    expect(cartLookupOutcome(200, openCart())).toBe("keep")
  })

  it("forgets an unknown or expired cart and a completed one, so a fresh cart starts", () => {
    expect(cartLookupOutcome(404, undefined)).toBe("forget")
    expect(cartLookupOutcome(200, { ...openCart(), completed_at: "2026-11-20T08:00:00.000Z" })).toBe("forget")
  })

  it("keeps the id through a server error or an empty answer", () => {
    expect(cartLookupOutcome(500, undefined)).toBe("retry")
    expect(cartLookupOutcome(0, undefined)).toBe("retry")
    expect(cartLookupOutcome(200, null)).toBe("retry")
  })
})

describe("cartItemCount", () => {
  it("counts units, not lines", () => {
    expect(cartItemCount(openCart([{ quantity: 2 }, { quantity: 1 }]))).toBe(3)
  })

  it("counts the goods only, not the duty-and-tax line of a duty-paid Japanese cart", () => {
    const cart = openCart([{ quantity: 2 }])
    const estimate = estimateImportCharges([{ hsCode: "200799", amount: 30_000 }], 2_800, JAPAN_IMPORT_RULES)
    const dutyLine = { id: "cali_duty", title: "duty", quantity: 1, unit_price: estimate.total }
    cart.items?.push({ ...dutyLine, metadata: { [IMPORT_CHARGES_METADATA_KEY]: estimate } })
    expect(cartItemCount(cart)).toBe(2)
    expect(goodsLines(cart)).toHaveLength(1)
    expect(importChargesOf(cart)).toBe(estimate.total)
    expect(importChargesOf(openCart([{ quantity: 1 }]))).toBeNull()
  })

  it("is zero without a cart or items", () => {
    expect(cartItemCount(null)).toBe(0)
    expect(cartItemCount({ ...openCart(), items: null })).toBe(0)
  })
})

describe("preorderOf", () => {
  const line = { id: "cali_1", title: "Sea-buckthorn juice", quantity: 1, unit_price: 320 }

  it("reads the variant and shipping month of a line the pre-order route made", () => {
    const metadata = {
      ovop_preorder: {
        key: "b1c0",
        lot_id: "hlot_1",
        lot_number: "JO-2027-08",
        variant_id: "variant_1l",
        expected_shipping_month: "2027-08",
        if_short: "refund",
      },
    }
    expect(preorderOf({ ...line, metadata })).toEqual({
      variantId: "variant_1l",
      expectedShippingMonth: "2027-08",
      ifShort: "refund",
    })
  })

  it("reads a bare mark, and a lot without a shipping month", () => {
    expect(preorderOf({ ...line, variant_id: "variant_1l", metadata: { ovop_preorder: true } })).toEqual({
      variantId: "variant_1l",
      expectedShippingMonth: null,
      ifShort: "wait",
    })
    expect(
      preorderOf({ ...line, metadata: { ovop_preorder: { variant_id: "variant_1l" } } })?.expectedShippingMonth,
    ).toBeNull()
  })

  it("finds no pre-order on an ordinary line", () => {
    expect(preorderOf(line)).toBeNull()
    expect(preorderOf({ ...line, metadata: {} })).toBeNull()
    expect(preorderOf({ ...line, metadata: { ovop_preorder: "yes" } })).toBeNull()
  })
})

describe("conflictRetryDelayMs", () => {
  it("waits between a quarter and three quarters of a second, at random", () => {
    expect(conflictRetryDelayMs(() => 0)).toBe(250)
    expect(conflictRetryDelayMs(() => 0.5)).toBe(500)
    expect(conflictRetryDelayMs(() => 0.999)).toBe(749)
    expect(conflictRetryDelayMs(() => 7)).toBe(750)
  })
})
