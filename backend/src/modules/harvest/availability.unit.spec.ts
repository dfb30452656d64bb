import { describe, expect, it } from "vitest"
import { decideSale, onShelf } from "./availability"

const august = new Date("2026-08-10T12:00:00Z")
const jam = { window: [7, 8, 9, 10, 11], now: august, managesInventory: true, alreadyInCart: 0 }

describe("decideSale", () => {
  it("sells in season while enough is left", () => {
    expect(decideSale({ ...jam, available: 5, wanted: 5 })).toEqual({ kind: "buy" })
  })

  it("says how many are left when more are wanted", () => {
    expect(decideSale({ ...jam, available: 5, wanted: 6 })).toEqual({ kind: "refuse", reason: "too_few_left", left: 5 })
  })

  it("counts what the cart already holds", () => {
    expect(decideSale({ ...jam, available: 5, alreadyInCart: 4, wanted: 2 })).toEqual({
      kind: "refuse",
      reason: "too_few_left",
      left: 1,
    })
  })

  it("refuses out of season, naming the month it comes back", () => {
    expect(decideSale({ ...jam, now: new Date("2026-02-10T12:00:00Z"), available: 50, wanted: 1 })).toEqual({
      kind: "refuse",
      reason: "out_of_season",
      backInSeasonMonth: 7,
    })
  })

  it("ignores stock for goods whose stock is not managed", () => {
    expect(decideSale({ ...jam, managesInventory: false, available: 0, wanted: 3 })).toEqual({ kind: "buy" })
  })
})

describe("onShelf", () => {
  const levels = [
    { location_id: "karakol", stocked_quantity: 10, reserved_quantity: 3 },
    { location_id: "bishkek", stocked_quantity: "4", reserved_quantity: "0" },
  ]

  it("sums stocked minus reserved over every level", () => {
    expect(onShelf(levels)).toBe(11)
  })

  it("counts only the given locations", () => {
    expect(onShelf(levels, new Set(["karakol"]))).toBe(7)
  })
})
