import { describe, expect, it } from "vitest"
import { cartInputProblem, cartInputRouteOf, metadataProblem, quantityProblem } from "./cart-input-guard"

describe("quantityProblem", () => {
  it("takes whole numbers from 1 to 10000", () => {
    for (const ok of [1, 2, 999, 10_000]) expect(quantityProblem("quantity", ok)).toBeNull()
  })
  it("refuses fractions, zero, negatives, huge numbers and anything not a number, naming the field", () => {
    for (const bad of [1.5, 0.0001, 0, -1, 10_001, 1e21, Number.NaN, Number.POSITIVE_INFINITY, "2", null, true, [1]]) {
      expect(quantityProblem("quantity", bad)).toBe("quantity must be a whole number from 1 to 10000")
    }
  })
  it("takes 0 where Medusa reads it as removing the line", () => {
    expect(quantityProblem("quantity", 0, 0)).toBeNull()
    expect(quantityProblem("quantity", 0.5, 0)).toBe(
      "quantity must be a whole number from 0 (removes the line) to 10000",
    )
  })
})

describe("metadataProblem", () => {
  it("refuses the store's own keys, whatever their case, and takes the shopper's", () => {
    expect(metadataProblem("metadata", { ovop_preorder: { lot_id: "hlot_1" } })).toBe(
      "metadata.ovop_preorder is written by the store only: leave it out",
    )
    expect(metadataProblem("metadata", { OVOP_Preorder: true })).toContain("metadata.OVOP_Preorder")
    expect(metadataProblem("metadata", { gift_note: "for Aigul" })).toBeNull()
    expect(metadataProblem("metadata", null)).toBeNull()
  })
})

describe("cartInputProblem", () => {
  it("checks each route's own fields", () => {
    expect(cartInputProblem("add-line-item", { variant_id: "variant_1", quantity: 1.5 })).toContain("quantity")
    expect(cartInputProblem("update-line-item", { quantity: 0 })).toBeNull()
    expect(cartInputProblem("update-line-item", { quantity: 2, metadata: { ovop_preorder: {} } })).toContain(
      "metadata.ovop_preorder",
    )
    expect(
      cartInputProblem("create-cart", {
        items: [
          { variant_id: "v", quantity: 1 },
          { variant_id: "v", quantity: 0.5 },
        ],
      }),
    ).toBe("items[1].quantity must be a whole number from 1 to 10000")
    expect(
      cartInputProblem("create-cart", { items: [{ variant_id: "v", quantity: 1, metadata: { ovop_x: 1 } }] }),
    ).toContain("items[0].metadata.ovop_x")
    expect(cartInputProblem("update-cart", { metadata: { ovop_preorder: 1 } })).toContain("metadata.ovop_preorder")
    expect(cartInputProblem("create-return", { items: [{ id: "oi_1", quantity: 1.5 }] })).toContain("items[0].quantity")
    expect(
      cartInputProblem("add-line-item", { variant_id: "variant_1", quantity: 3, metadata: { gift: true } }),
    ).toBeNull()
  })
})

describe("cartInputRouteOf", () => {
  it("knows the cart, line-item, pre-order and return routes by method and path", () => {
    expect(cartInputRouteOf("POST", "/store/carts")).toBe("create-cart")
    expect(cartInputRouteOf("POST", "/store/carts/cart_1?fields=id")).toBe("update-cart")
    expect(cartInputRouteOf("POST", "/store/carts/cart_1/line-items")).toBe("add-line-item")
    expect(cartInputRouteOf("POST", "/store/carts/cart_1/line-items/cali_1/")).toBe("update-line-item")
    expect(cartInputRouteOf("POST", "/store/carts/cart_1/preorders")).toBe("add-preorder")
    expect(cartInputRouteOf("POST", "/store/returns")).toBe("create-return")
  })
  it("knows them in any case and with escaped letters, as Express's routing does", () => {
    expect(cartInputRouteOf("POST", "/STORE/CARTS/cart_1/LINE-ITEMS")).toBe("add-line-item")
    expect(cartInputRouteOf("POST", "/Store/Carts/cart_1/line-items/cali_1")).toBe("update-line-item")
    expect(cartInputRouteOf("POST", "/store/%63arts/cart_1/preorders")).toBe("add-preorder")
    expect(cartInputRouteOf("POST", "/store/carts/cart_1/line-items/%E0%A4%A")).toBe("update-line-item")
  })
  it("leaves other methods and routes alone", () => {
    expect(cartInputRouteOf("GET", "/store/carts/cart_1")).toBeNull()
    expect(cartInputRouteOf("DELETE", "/store/carts/cart_1/line-items/cali_1")).toBeNull()
    expect(cartInputRouteOf("POST", "/store/carts/cart_1/shipping-methods")).toBeNull()
    expect(cartInputRouteOf("POST", "/store/carts/cart_1/complete")).toBeNull()
    expect(cartInputRouteOf("POST", "/store/products")).toBeNull()
  })
})

describe("the pre-order route's quantity", () => {
  it("is a whole number from 1 to 1000", () => {
    expect(cartInputProblem("add-preorder", { variant_id: "v", quantity: 1000 })).toBeNull()
    expect(cartInputProblem("add-preorder", { variant_id: "v", quantity: 1001 })).toBe(
      "quantity must be a whole number from 1 to 1000",
    )
    expect(cartInputProblem("add-preorder", { variant_id: "v", quantity: 1.5 })).toContain("whole number")
  })
})
