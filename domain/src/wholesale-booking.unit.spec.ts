import { describe, expect, it } from "vitest"
import { refusalMessage } from "./messages.js"
import type { Refusal } from "./refusals.js"
import { volumeTiers } from "./wholesale.js"
import { bookingUnitPrice, splitWholesaleLine, wholeCaseUnits } from "./wholesale-booking.js"

// Apricot jam 250 g: cases of 12, at least 2 cases; 30 jars on the shelf (2 whole cases), the July 2027 lot can take 480.
const jam = { product: "Apricot jam 250 g", product_id: "prod_apricot" }
const terms = { case_pack: 12, min_quantity: 24 }
const offer = { on_shelf: 30, coming_lot: { bookable: 480, expected_shipping_month: "2027-07" } }

describe("splitWholesaleLine", () => {
  it("takes the shelf's whole cases now and books the rest against the coming lot", () => {
    expect(splitWholesaleLine({ ...jam, quantity: 240, terms, offer })).toEqual({ split: { now: 24, booked: 216 } })
  })

  it("books nothing when the shelf holds the whole line", () => {
    expect(splitWholesaleLine({ ...jam, quantity: 24, terms, offer })).toEqual({ split: { now: 24, booked: 0 } })
  })

  it("books the whole line when the shelf's share would be below the minimum", () => {
    const thin = { ...offer, on_shelf: 15 }
    expect(splitWholesaleLine({ ...jam, quantity: 120, terms, offer: thin })).toEqual({
      split: { now: 0, booked: 120 },
    })
  })

  it("refuses more than the shelf and the lot together, naming both in whole cases and the lot's month", () => {
    const answer = splitWholesaleLine({
      ...jam,
      quantity: 600,
      terms,
      offer: { ...offer, coming_lot: { bookable: 485, expected_shipping_month: "2027-07" } },
    })
    expect(answer).toEqual({
      refusal: {
        code: "beyond_shelf_and_lot",
        params: { ...jam, quantity: 600, on_shelf: 24, bookable: 480, lot_month: "2027-07" },
      },
    })
    const { refusal } = answer as { refusal: Refusal }
    expect(refusalMessage(refusal, "en")).toBe(
      "Apricot jam 250 g: 24 on the shelf, the July 2027 lot can take 480 more; 600 is more than both",
    )
    expect(refusalMessage(refusal, "ja")).toContain("2027年7月")
  })

  it("says so when no lot takes bookings", () => {
    const answer = splitWholesaleLine({ ...jam, quantity: 48, terms, offer: { on_shelf: 30, coming_lot: null } })
    expect(answer).toEqual({ refusal: { code: "beyond_shelf_no_lot", params: { ...jam, quantity: 48, on_shelf: 24 } } })
  })

  it("judges cases and the minimum before the shelf", () => {
    expect(splitWholesaleLine({ ...jam, quantity: 30, terms, offer })).toMatchObject({
      refusal: { code: "not_whole_cases" },
    })
    expect(splitWholesaleLine({ ...jam, quantity: 12, terms, offer })).toMatchObject({
      refusal: { code: "below_minimum_quantity" },
    })
  })
})

describe("bookingUnitPrice", () => {
  const tiers = volumeTiers([640, 590, 535], "jpy")

  it("prices a split line's booked part at the tier of the whole line", () => {
    // 600 jars = 50 cases: the 48+ tier, though the booked part alone (576 jars, 48 cases) or the shelf's 24 jars would differ.
    expect(bookingUnitPrice(tiers, 600, 12)).toBe(535)
    expect(bookingUnitPrice(tiers, 240, 12)).toBe(590)
    expect(bookingUnitPrice(tiers, 132, 12)).toBe(640)
  })

  it("has no price for a line below the first tier", () => {
    expect(bookingUnitPrice(tiers, 6, 12)).toBeNull()
  })
})

describe("wholeCaseUnits", () => {
  it("rounds units down to whole cases", () => {
    expect(wholeCaseUnits(30, 12)).toBe(24)
    expect(wholeCaseUnits(11, 12)).toBe(0)
    expect(wholeCaseUnits(5, 0)).toBe(5)
  })
})
