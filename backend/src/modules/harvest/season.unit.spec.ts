import { describe, expect, it } from "vitest"
import { assertSeasonWindow, associationMonth, effectiveWindow, isInSeason, nextSeasonMonth } from "./season"

const jams = [7, 8, 9, 10, 11]
const honey = [10, 11, 12, 1, 2, 3]

describe("isInSeason", () => {
  it("sells jam from July to November", () => {
    expect(isInSeason(jams, new Date("2026-07-15T12:00:00Z"))).toBe(true)
    expect(isInSeason(jams, new Date("2026-11-30T12:00:00Z"))).toBe(true)
    expect(isInSeason(jams, new Date("2026-12-15T12:00:00Z"))).toBe(false)
    expect(isInSeason(jams, new Date("2026-06-15T12:00:00Z"))).toBe(false)
  })

  it("follows a window that wraps the new year (honey, October to March)", () => {
    expect(isInSeason(honey, new Date("2026-12-31T12:00:00Z"))).toBe(true)
    expect(isInSeason(honey, new Date("2027-01-10T12:00:00Z"))).toBe(true)
    expect(isInSeason(honey, new Date("2027-03-31T12:00:00Z"))).toBe(true)
    expect(isInSeason(honey, new Date("2027-04-01T12:00:00Z"))).toBe(false)
    expect(isInSeason(honey, new Date("2026-09-30T12:00:00Z"))).toBe(false)
  })

  it("reads the month in Bishkek: 30 June 19:00 UTC is already July there", () => {
    expect(isInSeason(jams, new Date("2026-06-30T19:00:00Z"))).toBe(true)
    expect(isInSeason(jams, new Date("2026-06-30T17:00:00Z"))).toBe(false)
  })

  it("treats an empty or a full window as all year (felt, yarn)", () => {
    expect(isInSeason([], new Date("2026-02-01T00:00:00Z"))).toBe(true)
    expect(isInSeason([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12], new Date("2026-02-01T00:00:00Z"))).toBe(true)
  })
})

describe("nextSeasonMonth", () => {
  it("names the month the season opens next", () => {
    expect(nextSeasonMonth(jams, new Date("2026-12-15T12:00:00Z"))).toBe(7)
    expect(nextSeasonMonth(honey, new Date("2026-05-01T12:00:00Z"))).toBe(10)
  })

  it("wraps into next year", () => {
    expect(nextSeasonMonth([1, 2], new Date("2026-11-15T12:00:00Z"))).toBe(1)
  })

  it("is undefined in season and for all-year goods", () => {
    expect(nextSeasonMonth(jams, new Date("2026-08-01T12:00:00Z"))).toBeUndefined()
    expect(nextSeasonMonth([], new Date("2026-08-01T12:00:00Z"))).toBeUndefined()
  })
})

describe("effectiveWindow", () => {
  it("prefers the variant's own window", () => {
    expect(effectiveWindow(jams, [8, 9])).toEqual([8, 9])
    expect(effectiveWindow(jams, null)).toEqual(jams)
    expect(effectiveWindow(null, undefined)).toEqual([])
  })
})

describe("assertSeasonWindow", () => {
  it("accepts distinct months 1-12 and refuses anything else", () => {
    expect(() => assertSeasonWindow(honey)).not.toThrow()
    expect(() => assertSeasonWindow([0])).toThrow(/1-12/)
    expect(() => assertSeasonWindow([13])).toThrow(/1-12/)
    expect(() => assertSeasonWindow([2.5])).toThrow(/1-12/)
    expect(() => assertSeasonWindow([3, 3])).toThrow(/twice/)
  })
})

describe("associationMonth", () => {
  it("is the month in Bishkek", () => {
    expect(associationMonth(new Date("2026-12-31T18:30:00Z"))).toBe(1)
  })
})
