import { describe, expect, it } from "vitest"
import { variantOnShelf } from "../../../../modules/harvest/availability"
import { type IncomingLot, lowStockRows, nextIncomingLot, type StockedVariant } from "./low-stock"

const KARAKOL = "sloc_karakol"
const BISHKEK = "sloc_bishkek"

const jam = (over: Partial<StockedVariant> & { levels?: [string, number, number][] } = {}): StockedVariant => {
  const { levels = [[KARAKOL, 12, 2]], ...rest } = over
  return {
    id: "variant_apricot_250",
    title: "250 g",
    sku: "TOS-APRICOT-JAM-250G",
    manage_inventory: true,
    product: { id: "prod_apricot", title: "Apricot jam" },
    inventory_items: [
      {
        required_quantity: 1,
        inventory: {
          location_levels: levels.map(([location_id, stocked_quantity, reserved_quantity]) => ({
            location_id,
            stocked_quantity,
            reserved_quantity,
          })),
        },
      },
    ],
    ...rest,
  }
}

const lot = (over: Partial<IncomingLot>): IncomingLot => ({
  id: "hlot_1",
  variant_id: "variant_apricot_250",
  lot_number: "TOS-2027-07",
  status: "planned",
  forecast_quantity: 120,
  preordered_quantity: 8,
  expected_shipping_month: "2027-08",
  created_at: "2026-11-01T00:00:00Z",
  ...over,
})

describe("variantOnShelf", () => {
  it("counts stocked minus reserved at every location", () => {
    expect(
      variantOnShelf(
        jam({
          levels: [
            [KARAKOL, 12, 2],
            [BISHKEK, 5, 5],
          ],
        }),
      ),
    ).toBe(10)
  })

  it("counts whole sets of a variant made of several inventory units, never below zero", () => {
    const gift = jam({ levels: [[KARAKOL, 7, 0]] })
    gift.inventory_items = [{ ...gift.inventory_items?.[0], required_quantity: 3 }]
    expect(variantOnShelf(gift)).toBe(2)
    expect(variantOnShelf(jam({ levels: [[KARAKOL, 1, 3]] }))).toBe(0)
  })

  it("counts only the given locations (a sales channel's) when there are any", () => {
    const split = jam({
      levels: [
        [KARAKOL, 12, 2],
        [BISHKEK, 5, 1],
      ],
    })
    expect(variantOnShelf(split, new Set([BISHKEK]))).toBe(4)
    expect(variantOnShelf(split, new Set())).toBe(14)
  })

  it("counts nothing for a variant without an inventory item", () => {
    expect(variantOnShelf(jam({ inventory_items: [] }))).toBe(0)
  })
})

describe("nextIncomingLot", () => {
  it("picks the planned or producing lot that ships soonest, undated lots last", () => {
    const lots = [
      lot({ id: "hlot_undated", expected_shipping_month: null }),
      lot({ id: "hlot_late", expected_shipping_month: "2027-10" }),
      lot({ id: "hlot_soon", expected_shipping_month: "2027-08", status: "in_production" }),
      lot({ id: "hlot_in", expected_shipping_month: "2026-01", status: "available" }),
    ]
    expect(nextIncomingLot(lots)?.id).toBe("hlot_soon")
    expect(nextIncomingLot([lots[0] as IncomingLot])?.id).toBe("hlot_undated")
    expect(nextIncomingLot([lots[3] as IncomingLot])).toBeNull()
  })
})

describe("lowStockRows", () => {
  it("lists managed variants at or below the threshold, lowest first, with their next lot", () => {
    const honey = jam({
      id: "variant_honey_500",
      title: "500 g",
      sku: "KAR-HONEY-500G",
      product: { id: "prod_honey", title: "White sainfoin honey" },
      levels: [[KARAKOL, 3, 0]],
    })
    const apricot = jam({ levels: [[KARAKOL, 12, 2]] })
    const plenty = jam({ id: "variant_juice", levels: [[KARAKOL, 40, 0]] })
    const felt = jam({ id: "variant_felt", manage_inventory: false, levels: [[KARAKOL, 0, 0]] })
    const rows = lowStockRows([apricot, plenty, felt, honey], [lot({})], 10)
    expect(rows.map((row) => [row.variant_id, row.on_shelf])).toEqual([
      ["variant_honey_500", 3],
      ["variant_apricot_250", 10],
    ])
    expect(rows[0]?.next_lot).toBeNull()
    expect(rows[1]).toMatchObject({
      product_title: "Apricot jam",
      variant_title: "250 g",
      sku: "TOS-APRICOT-JAM-250G",
      next_lot: { lot_number: "TOS-2027-07", status: "planned", forecast_quantity: 120, preordered_quantity: 8 },
    })
    expect(lowStockRows([apricot, honey], [], 9).map((row) => row.variant_id)).toEqual(["variant_honey_500"])
    expect(lowStockRows([apricot, honey], [], 0)).toEqual([])
  })
})
