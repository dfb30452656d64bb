import { describe, expect, it } from "vitest"
import { dispatchDay, expectedDispatch } from "./dispatch"

describe("dispatchDay", () => {
  it("is two working days after the Bishkek day of the order", () => {
    // Tuesday 8 December 2026, morning in Bishkek.
    expect(dispatchDay("2026-12-08T03:00:00Z")).toBe("2026-12-10")
    // Thursday: Friday and Monday.
    expect(dispatchDay("2026-12-10T09:00:00Z")).toBe("2026-12-14")
    // Saturday and Sunday count for nothing.
    expect(dispatchDay("2026-12-12T09:00:00Z")).toBe("2026-12-15")
    expect(dispatchDay("2026-12-13T09:00:00Z")).toBe("2026-12-15")
  })

  it("reads the day in Bishkek: late Friday evening in UTC is Saturday there", () => {
    expect(dispatchDay("2026-12-11T20:00:00Z")).toBe("2026-12-15")
  })
})

describe("expectedDispatch", () => {
  const placed = "2026-12-08T03:00:00Z"

  it("gives the stock lines a day and the pre-orders their latest month", () => {
    expect(
      expectedDispatch(placed, [
        { preorder: false, preorderMonth: null },
        { preorder: true, preorderMonth: "2027-08" },
        { preorder: true, preorderMonth: "2027-07" },
      ]),
    ).toEqual({ fromStockBy: "2026-12-10", preordersIn: "2027-08" })
  })

  it("has no stock day for an order of pre-orders only, and no month without pre-orders", () => {
    expect(expectedDispatch(placed, [{ preorder: true, preorderMonth: "2027-07" }])).toEqual({
      fromStockBy: null,
      preordersIn: "2027-07",
    })
    expect(expectedDispatch(placed, [{ preorder: false, preorderMonth: null }]).preordersIn).toBeNull()
  })
})
