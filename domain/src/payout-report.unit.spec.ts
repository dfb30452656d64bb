import { describe, expect, it } from "vitest"
import {
  growthPercent,
  harvestSeasonOf,
  monthsOfPeriod,
  sameDayLastYear,
  sameMonthLastYear,
  womenShare,
} from "./payout-report"

describe("harvestSeasonOf", () => {
  it("names the catalogue's seasons from the month each window opens", () => {
    expect(harvestSeasonOf([7, 8, 9, 10, 11])).toBe("summer_autumn") // jams
    expect(harvestSeasonOf([8, 9, 10, 11, 12, 1, 2])).toBe("summer_autumn") // juices
    expect(harvestSeasonOf([9, 10, 11, 12, 1, 2, 3, 4])).toBe("summer_autumn") // dried fruit
    expect(harvestSeasonOf([10, 11, 12, 1, 2, 3])).toBe("winter") // honey
    expect(harvestSeasonOf([11, 12, 1, 2, 3, 4])).toBe("winter") // jerky
    expect(harvestSeasonOf([4, 5, 6])).toBe("spring")
  })

  it("sold all year when no month or all twelve are named", () => {
    expect(harvestSeasonOf([])).toBe("all_year")
    expect(harvestSeasonOf([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12])).toBe("all_year")
  })

  it("takes the longest run of a window in several runs, the earliest of equals", () => {
    expect(harvestSeasonOf([4, 11, 12, 1])).toBe("winter")
    expect(harvestSeasonOf([3, 4, 8, 9])).toBe("spring")
  })
})

describe("womenShare", () => {
  it("is the amount times the share of women members, rounded half away from zero to the som", () => {
    // Tosor: 11 women of 14 members. 1024 × 11 / 14 = 804.57 → 805.
    expect(womenShare(1024, 11, 14)).toBe(805)
    // 7 × 1 / 2 = 3.5 → 4; a debit rounds the same way, away from zero.
    expect(womenShare(7, 1, 2)).toBe(4)
    expect(womenShare(-7, 1, 2)).toBe(-4)
    expect(womenShare(1000, 12, 12)).toBe(1000)
  })

  it("is exact for amounts beyond a double's exact products", () => {
    // No group earns this, but the rule holds where amount × women passes 2^53 (doubles would round it).
    expect(womenShare(5_000_000_000_000_001, 2, 3)).toBe(3_333_333_333_333_334)
  })

  it("is 0 for a group with no member recorded, and women never exceed the members", () => {
    expect(womenShare(500, 0, 0)).toBe(0)
    expect(womenShare(500, 9, 6)).toBe(500)
  })
})

describe("growthPercent", () => {
  it("is the change over last year in percent with one decimal, half away from zero", () => {
    expect(growthPercent(160, 100)).toBe(60)
    expect(growthPercent(62_000, 38_750)).toBe(60) // 2013: 1.6 times the year before
    expect(growthPercent(1, 3)).toBe(-66.7)
    // 1/8 = 12.5 % exactly; 1/16 = 6.25 % → 6.3 (half away from zero), -6.25 % → -6.3.
    expect(growthPercent(17, 16)).toBe(6.3)
    expect(growthPercent(15, 16)).toBe(-6.3)
    expect(growthPercent(0, 500)).toBe(-100)
  })

  it('is null ("no data") when last year had nothing or less', () => {
    expect(growthPercent(500, 0)).toBeNull()
    expect(growthPercent(500, -20)).toBeNull()
  })
})

describe("periods", () => {
  it("moves a day and a month one year back, 29 February to the 28th", () => {
    expect(sameDayLastYear("2026-12-06")).toBe("2025-12-06")
    expect(sameDayLastYear("2028-02-29")).toBe("2027-02-28")
    expect(sameDayLastYear("2026-01-01")).toBe("2025-01-01")
    expect(sameMonthLastYear("2026-03")).toBe("2025-03")
  })

  it("lists every month of a period, across a new year", () => {
    expect(monthsOfPeriod("2025-11-15", "2026-02-01")).toEqual(["2025-11", "2025-12", "2026-01", "2026-02"])
    expect(monthsOfPeriod("2026-05-01", "2026-05-31")).toEqual(["2026-05"])
  })
})
