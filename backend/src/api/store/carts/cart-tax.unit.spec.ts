import { describe, expect, it } from "vitest"
import { cartLineTotal } from "./cart-tax"

describe("cartLineTotal", () => {
  it("prices a line without a total as its price times its quantity, less its adjustments", () => {
    expect(cartLineTotal({ unit_price: 500, quantity: 3 })).toBe(1500)
    expect(cartLineTotal({ unit_price: 1280, quantity: 2, adjustments: [{ amount: 256 }] })).toBe(2304)
    expect(cartLineTotal({ amount: 2800, adjustments: [] })).toBe(2800)
  })

  it("takes the answer's own total when it has one", () => {
    expect(cartLineTotal({ total: 1450, unit_price: 500, quantity: 3 })).toBe(1450)
  })
})
