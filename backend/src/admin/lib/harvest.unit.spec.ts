import { describe, expect, it } from "vitest"
import { type AdminHarvestLot, expiringLots, isPastBestBeforeLot } from "./harvest"

const lot = (lot_number: string, best_before: string | null, status: AdminHarvestLot["status"] = "available") =>
  ({ id: `hlot_${lot_number}`, lot_number, best_before, status }) as AdminHarvestLot

describe("expiringLots", () => {
  it("lists lots already past their best-before day first, then those due within the window", () => {
    const found = expiringLots(
      [
        lot("SOON", "2026-12-20T00:00:00.000Z"),
        lot("PAST", "2026-12-01T00:00:00.000Z"),
        lot("LATER", "2027-06-01T00:00:00.000Z"),
        lot("GONE", "2026-11-01T00:00:00.000Z", "expired"),
      ],
      "2026-12-06",
    )
    expect(found.map(({ lot, daysLeft }) => [lot.lot_number, daysLeft])).toEqual([
      ["PAST", -5],
      ["SOON", 14],
    ])
  })
})

describe("isPastBestBeforeLot", () => {
  it("is true for an available lot the day after its best-before day, not on it", () => {
    expect(isPastBestBeforeLot(lot("A", "2026-12-05T00:00:00.000Z"), "2026-12-06")).toBe(true)
    expect(isPastBestBeforeLot(lot("A", "2026-12-06T00:00:00.000Z"), "2026-12-06")).toBe(false)
    expect(isPastBestBeforeLot(lot("A", "2026-12-01T00:00:00.000Z", "expired"), "2026-12-06")).toBe(false)
    expect(isPastBestBeforeLot(lot("A", null), "2026-12-06")).toBe(false)
  })
})
