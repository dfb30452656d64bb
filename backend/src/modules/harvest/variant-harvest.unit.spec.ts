import { describe, expect, it } from "vitest"
import { variantHarvest } from "./variant-harvest"

const lot = (overrides: Record<string, unknown>) => ({
  lot_number: "TOS-APRICOT-JAM-250G-2026A",
  status: "available",
  production_date: "2026-07-20T00:00:00Z",
  best_before: "2028-01-10T00:00:00Z",
  expected_shipping_month: null,
  ...overrides,
})

describe("variantHarvest", () => {
  it("sells the oldest available lot first and shows its best-before day", () => {
    const harvest = variantHarvest({
      variant_id: "variant_1",
      productWindow: [7, 8, 9, 10, 11],
      variantWindow: null,
      lots: [
        lot({ lot_number: "B", production_date: "2026-08-20T00:00:00Z", best_before: "2028-02-10T00:00:00Z" }),
        lot({ lot_number: "A" }),
        lot({ lot_number: "C", status: "expired", production_date: "2025-07-01T00:00:00Z" }),
      ],
      now: new Date("2026-09-01T12:00:00Z"),
    })
    expect(harvest).toEqual({
      variant_id: "variant_1",
      in_season: true,
      back_in_season_month: null,
      selling_lot: { lot_number: "A", best_before: "2028-01-10" },
      next_lot: null,
    })
  })

  it("names the month the season returns and the next lot to pre-order", () => {
    const harvest = variantHarvest({
      variant_id: "variant_1",
      productWindow: [7, 8, 9, 10, 11],
      variantWindow: null,
      lots: [
        lot({ lot_number: "N2", status: "planned", expected_shipping_month: "2027-09" }),
        lot({ lot_number: "N1", status: "in_production", expected_shipping_month: "2027-08" }),
      ],
      now: new Date("2027-02-01T12:00:00Z"),
    })
    expect(harvest.in_season).toBe(false)
    expect(harvest.back_in_season_month).toBe(7)
    expect(harvest.selling_lot).toBeNull()
    expect(harvest.next_lot).toEqual({ status: "in_production", expected_shipping_month: "2027-08" })
  })
})
