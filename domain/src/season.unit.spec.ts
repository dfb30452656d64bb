import { describe, expect, it } from "vitest"
import {
  effectiveWindow,
  isAllYear,
  isInSeason,
  nextSeasonMonth,
  seasonStatus,
  seasonWindowOf,
  seasonWindowProblem,
} from "./season"

// Noon UTC on the 15th is 18:00 in Bishkek, the same month there.
const day = (year: number, month: number, date = 15, hour = 12) => new Date(Date.UTC(year, month - 1, date, hour))

describe("season windows", () => {
  const honey = [10, 11, 12, 1, 2, 3]
  const apricotJam = [7, 8, 9]

  it("wraps the new year: honey is in season from October through March", () => {
    expect(isInSeason(honey, day(2026, 12))).toBe(true)
    expect(isInSeason(honey, day(2027, 1))).toBe(true)
    expect(isInSeason(honey, day(2027, 4))).toBe(false)
    expect(nextSeasonMonth(honey, day(2027, 4))).toBe(10)
  })

  it("names the month the season opens next, across the new year", () => {
    expect(nextSeasonMonth(apricotJam, day(2026, 12))).toBe(7)
    expect(seasonStatus(apricotJam, day(2026, 12))).toEqual({ kind: "out-of-season", opensIn: 7 })
    expect(seasonStatus(apricotJam, day(2026, 8))).toEqual({ kind: "in-season" })
    // A window of one month, read in December: next year's month.
    expect(nextSeasonMonth([11], day(2026, 12))).toBe(11)
  })

  it("reads the month in Bishkek (UTC+6): 31 December 20:00 UTC is already January there", () => {
    expect(isInSeason([1], new Date(Date.UTC(2026, 11, 31, 20)))).toBe(true)
    expect(isInSeason([12], new Date(Date.UTC(2026, 11, 31, 20)))).toBe(false)
  })

  it("treats no months, or all twelve distinct months, as all year, and twelve entries with repeats as not", () => {
    expect(isAllYear([])).toBe(true)
    expect(isAllYear([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12])).toBe(true)
    const repeats = [1, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]
    expect(isAllYear(repeats)).toBe(false)
    expect(isInSeason(repeats, day(2026, 12))).toBe(false)
    expect(nextSeasonMonth(repeats, day(2026, 12))).toBe(1)
  })

  it("reads a window from metadata, dropping what is not a month, and says why a window cannot be stored", () => {
    expect(seasonWindowOf({ season_months: [7, 7, 13, "8", 9] })).toEqual([7, 9])
    expect(seasonWindowOf({})).toEqual([])
    expect(seasonWindowProblem([7, 8])).toBeUndefined()
    expect(seasonWindowProblem([7, 7])).toMatch(/listed twice/)
    expect(seasonWindowProblem([0])).toMatch(/not 1-12/)
    expect(effectiveWindow([7], [8])).toEqual([8])
    expect(effectiveWindow([7], undefined)).toEqual([7])
  })
})
