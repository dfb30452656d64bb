import { describe, expect, it } from "vitest"
import { seededHarvestDates } from "./harvest-dates"

// Noon in Bishkek (UTC+6).
const bishkekNoon = (day: string) => new Date(`${day}T06:00:00Z`)
const apricotJam = [7, 8, 9, 10, 11]
const honey = [10, 11, 12, 1, 2, 3]

describe("seededHarvestDates", () => {
  it("dates the jam on the shelf in August from this July, next season's lot from next July", () => {
    expect(seededHarvestDates(apricotJam, 365, bishkekNoon("2026-08-15"))).toEqual({
      lotYear: 2026,
      productionDate: "2026-07-01",
      bestBefore: "2027-07-01",
      nextLotYear: 2027,
      nextProductionDate: "2027-07-01",
      nextShippingMonth: "2027-07",
    })
  })

  it("gives the jam out of season in December last July's lot and pre-orders against next July's", () => {
    const dates = seededHarvestDates(apricotJam, 120, bishkekNoon("2026-12-05"))
    expect(dates).toMatchObject({ lotYear: 2026, productionDate: "2026-07-01", nextLotYear: 2027 })
    expect(dates.nextProductionDate).toBe("2027-07-01")
  })

  it("keeps the two lot numbers apart in spring, when the jam's last season began the year before", () => {
    // The old rule numbered both lots 2027 from March 2027 on (a unique-key clash).
    const dates = seededHarvestDates(apricotJam, 120, bishkekNoon("2027-03-10"))
    expect([dates.lotYear, dates.nextLotYear]).toEqual([2026, 2027])
    expect(dates.nextProductionDate > "2027-03-10").toBe(true)
  })

  it("follows a season that wraps the new year back to its October start", () => {
    expect(seededHarvestDates(honey, 730, bishkekNoon("2027-01-20"))).toMatchObject({
      lotYear: 2026,
      productionDate: "2026-10-01",
      nextLotYear: 2027,
      nextProductionDate: "2027-10-01",
      nextShippingMonth: "2027-10",
    })
  })

  it("keeps the best-before of the lot on the shelf at least 30 days ahead, late in a long season", () => {
    // Honey with a 90-day shelf life in March: an October lot would be past its date.
    const dates = seededHarvestDates(honey, 90, bishkekNoon("2027-03-25"))
    expect(dates.productionDate).toBe("2027-01-24")
    expect(dates.bestBefore).toBe("2027-04-24")
  })

  it("reads the day in Bishkek: 31 October 19:00 UTC is already November there", () => {
    const dates = seededHarvestDates([11], 365, new Date("2026-10-31T19:00:00Z"))
    expect(dates.productionDate).toBe("2026-11-01")
  })

  it("dates a product sold all year 30 days back", () => {
    expect(seededHarvestDates([], 365, bishkekNoon("2026-12-05"))).toMatchObject({
      productionDate: "2026-11-05",
      lotYear: 2026,
      nextLotYear: 2027,
    })
  })

  it("gives every day of a year a lot on the shelf and a next lot with distinct numbers, the next one ahead", () => {
    for (const window of [apricotJam, honey, [8, 9, 10, 11, 12, 1, 2], [9, 10, 11, 12, 1, 2, 3, 4], []]) {
      for (let offset = 0; offset < 366; offset++) {
        const today = new Date(Date.UTC(2026, 0, 1, 6) + offset * 86_400_000)
        const dates = seededHarvestDates(window, 120, today)
        const todayDay = today.toISOString().slice(0, 10)
        expect(dates.lotYear).toBeLessThan(dates.nextLotYear)
        expect(dates.productionDate <= todayDay).toBe(true)
        expect(dates.nextProductionDate > todayDay).toBe(true)
      }
    }
  })
})
