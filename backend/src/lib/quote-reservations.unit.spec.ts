import { describe, expect, it } from "vitest"
import { isBookedLine, planQuoteReservations, type ReservableVariant } from "./quote-reservations"

const jam = (changes: Partial<ReservableVariant> = {}): ReservableVariant => ({
  id: "variant_jam",
  product: "Apricot jam 250 g",
  product_id: "prod_jam",
  manage_inventory: true,
  allow_backorder: false,
  inventory_item_id: "iitem_jam",
  required_quantity: 1,
  levels: [
    { location_id: "loc_karakol", stocked_quantity: 200, reserved_quantity: 20 },
    { location_id: "loc_bishkek", stocked_quantity: 500, reserved_quantity: 0 },
  ],
  ...changes,
})
const karakol = new Set(["loc_karakol"])
const line = (id: string, quantity: number, metadata: Record<string, unknown> | null = null) => ({
  id,
  variant_id: "variant_jam",
  quantity,
  metadata,
})

describe("planQuoteReservations", () => {
  it("reserves each line at the channel's warehouse, counting what earlier lines took", () => {
    expect(planQuoteReservations([line("l1", 144), line("l2", 36)], [jam()], karakol)).toEqual({
      reservations: [
        { line_item_id: "l1", inventory_item_id: "iitem_jam", location_id: "loc_karakol", quantity: 144 },
        { line_item_id: "l2", inventory_item_id: "iitem_jam", location_id: "loc_karakol", quantity: 36 },
      ],
    })
    // A third line finds the 180 free units gone: refused with how many are left.
    expect(planQuoteReservations([line("l1", 144), line("l2", 24), line("l3", 24)], [jam()], karakol)).toEqual({
      refusal: { code: "too_few_left", params: { product: "Apricot jam 250 g", product_id: "prod_jam", left: 12 } },
    })
  })

  it("never counts stock at a warehouse outside the channel, nor reserved units", () => {
    const plan = planQuoteReservations([line("l1", 181)], [jam()], karakol)
    expect(plan).toEqual({
      refusal: { code: "too_few_left", params: { product: "Apricot jam 250 g", product_id: "prod_jam", left: 180 } },
    })
    const empty = jam({ levels: [{ location_id: "loc_karakol", stocked_quantity: 30, reserved_quantity: 30 }] })
    expect(planQuoteReservations([line("l1", 12)], [empty], karakol)).toEqual({
      refusal: { code: "sold_out", params: { product: "Apricot jam 250 g", product_id: "prod_jam" } },
    })
  })

  it("picks the channel warehouse with the most free units, in inventory units of a kit", () => {
    const kit = jam({ required_quantity: 2 })
    const both = new Set(["loc_karakol", "loc_bishkek"])
    expect(planQuoteReservations([line("l1", 200)], [kit], both)).toEqual({
      reservations: [{ line_item_id: "l1", inventory_item_id: "iitem_jam", location_id: "loc_bishkek", quantity: 400 }],
    })
    expect(planQuoteReservations([line("l1", 100)], [kit], karakol)).toMatchObject({
      refusal: { code: "too_few_left", params: { left: 90 } },
    })
  })

  it("leaves out bookings against a coming lot, unmanaged and back-orderable variants", () => {
    expect(isBookedLine({ metadata: { ovop_preorder: { month: 7 } } })).toBe(true)
    expect(isBookedLine({ metadata: { ovop_case_pack: 12 } })).toBe(false)
    expect(planQuoteReservations([line("l1", 5000, { ovop_preorder: { month: 7 } })], [jam()], karakol)).toEqual({
      reservations: [],
    })
    for (const variant of [
      jam({ manage_inventory: false }),
      jam({ allow_backorder: true }),
      jam({ inventory_item_id: null }),
    ]) {
      expect(planQuoteReservations([line("l1", 5000)], [variant], karakol)).toEqual({ reservations: [] })
    }
  })
})
