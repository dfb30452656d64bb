import { describe, expect, it } from "vitest"
import { type ShelfLot, staleStock, unitsOnShelfByLot } from "./best-before"

const lot = (overrides: Partial<ShelfLot>): ShelfLot => ({
  id: "hlot_a",
  status: "available",
  production_date: "2026-07-20T00:00:00Z",
  best_before: "2026-12-01T00:00:00Z",
  produced_quantity: 40,
  allocated_quantity: 0,
  ...overrides,
})
const now = new Date("2026-12-06T06:00:00Z")

describe("unitsOnShelfByLot", () => {
  it("counts the oldest lot as sold first", () => {
    const old = lot({ id: "old", production_date: "2026-07-01T00:00:00Z" })
    const fresh = lot({
      id: "fresh",
      production_date: "2026-10-01T00:00:00Z",
      produced_quantity: 30,
      allocated_quantity: 5,
    })
    expect(unitsOnShelfByLot([old, fresh], 35)).toEqual(
      new Map([
        ["fresh", 25],
        ["old", 10],
      ]),
    )
    expect(unitsOnShelfByLot([old, fresh], 20)).toEqual(
      new Map([
        ["fresh", 20],
        ["old", 0],
      ]),
    )
  })

  it("ignores lots that are not on sale", () => {
    expect(unitsOnShelfByLot([lot({ status: "expired" }), lot({ id: "p", status: "planned" })], 10).size).toBe(0)
  })
})

describe("staleStock", () => {
  it("finds the units of a lot past its best-before day", () => {
    expect(staleStock([lot({})], 12, now)).toEqual({ units: 12, best_before: "2026-12-01" })
  })

  it("leaves a newer lot's units on sale", () => {
    const old = lot({ id: "old", production_date: "2026-07-01T00:00:00Z" })
    const fresh = lot({ id: "fresh", production_date: "2026-10-01T00:00:00Z", best_before: "2027-10-01T00:00:00Z" })
    expect(staleStock([old, fresh], 50, now)).toEqual({ units: 10, best_before: "2026-12-01" })
    expect(staleStock([old, fresh], 40, now).units).toBe(0)
  })

  it("sells a lot through its best-before day", () => {
    expect(staleStock([lot({ best_before: "2026-12-06T00:00:00Z" })], 12, now)).toEqual({ units: 0, best_before: null })
  })
})
