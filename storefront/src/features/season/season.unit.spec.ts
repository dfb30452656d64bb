import { describe, expect, it } from "vitest"
import {
  associationMonth,
  buildDate,
  isInSeason,
  monthName,
  nextSeasonMonth,
  seasonStatus,
  seasonWindowOf,
} from "./season"

// The seed's windows: jam from the summer harvest, honey over the winter (wrapping the new year), felt all year.
const jam = [7, 8, 9, 10, 11]
const honey = [10, 11, 12, 1, 2, 3]
const felt = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]
const midMay = new Date("2026-05-15T06:00:00Z")

describe("associationMonth", () => {
  it("reads the month on Bishkek's calendar, six hours ahead of UTC", () => {
    expect(associationMonth(new Date("2026-04-30T17:59:00Z"))).toBe(4)
    expect(associationMonth(new Date("2026-04-30T18:00:00Z"))).toBe(5)
    expect(associationMonth(new Date("2026-12-31T18:30:00Z"))).toBe(1)
  })
})

describe("isInSeason and nextSeasonMonth", () => {
  it("puts jam out of season in May, back in July", () => {
    expect(isInSeason(jam, midMay)).toBe(false)
    expect(nextSeasonMonth(jam, midMay)).toBe(7)
  })

  it("follows a window across the new year", () => {
    expect(isInSeason(honey, new Date("2027-01-10T06:00:00Z"))).toBe(true)
    expect(isInSeason(honey, midMay)).toBe(false)
    expect(nextSeasonMonth(honey, midMay)).toBe(10)
    // In late autumn, jam's next season is the following July.
    expect(nextSeasonMonth(jam, new Date("2026-12-01T06:00:00Z"))).toBe(7)
  })

  it("gives no month while the product is in season", () => {
    expect(nextSeasonMonth(jam, new Date("2026-07-01T06:00:00Z"))).toBeUndefined()
  })

  it("treats an empty or full window as all year", () => {
    expect(seasonStatus(felt, midMay)).toEqual({ kind: "all-year" })
    expect(seasonStatus([], midMay)).toEqual({ kind: "all-year" })
    expect(seasonStatus(honey, new Date("2026-11-02T06:00:00Z"))).toEqual({ kind: "in-season" })
    expect(seasonStatus(honey, midMay)).toEqual({ kind: "out-of-season", opensIn: 10 })
  })
})

describe("seasonWindowOf", () => {
  it("reads metadata.season_months, dropping what is not a month", () => {
    expect(seasonWindowOf({ season_months: [10, 11, 12, 1] })).toEqual([10, 11, 12, 1])
    expect(seasonWindowOf({ season_months: [0, 7, "8", 7, 13, 8.5] })).toEqual([7])
    expect(seasonWindowOf({ kind: "craft" })).toEqual([])
    expect(seasonWindowOf(null)).toEqual([])
  })
})

describe("monthName", () => {
  it("names the month standalone in each language", () => {
    expect(monthName(7, "en")).toBe("July")
    expect(monthName(7, "ja")).toBe("7月")
    expect(monthName(7, "ru")).toBe("июль")
    expect(monthName(7, "ky")).toBe("июль")
    expect(monthName(10, "ru")).toBe("октябрь")
    expect(monthName(10, "ky")).toBe("октябрь")
  })
})

describe("buildDate", () => {
  const now = new Date("2026-08-20T03:00:00Z")

  it("is the build's own time unless OVOP_STOREFRONT_TODAY names a day", () => {
    expect(buildDate({}, now)).toBe(now)
    expect(buildDate({ OVOP_STOREFRONT_TODAY: "" }, now)).toBe(now)
  })

  it("reads OVOP_STOREFRONT_TODAY as that day in Bishkek", () => {
    const day = buildDate({ OVOP_STOREFRONT_TODAY: "2026-05-01" }, now)
    expect(associationMonth(day)).toBe(5)
    expect(new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Bishkek" }).format(day)).toBe("2026-05-01")
  })

  it("fails the build on a day that is not YYYY-MM-DD", () => {
    expect(() => buildDate({ OVOP_STOREFRONT_TODAY: "15.05.2026" })).toThrow(/YYYY-MM-DD/)
    expect(() => buildDate({ OVOP_STOREFRONT_TODAY: "2026-02-30" })).toThrow(/2026-02-30/)
  })
})
