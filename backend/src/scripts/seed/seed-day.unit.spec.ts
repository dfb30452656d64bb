import { associationDay } from "@ovop/domain"
import { describe, expect, it } from "vitest"
import { resolveSeedDay, seedRunDay } from "./seed-day"

const today = new Date("2026-12-06T08:00:00Z")

describe("resolveSeedDay", () => {
  it("keeps a fixed date as written", () => {
    expect(resolveSeedDay("2024-03-01", today)).toBe("2024-03-01")
  })

  it("counts days from the day the seed runs, across months and years", () => {
    expect(resolveSeedDay("today", today)).toBe("2026-12-06")
    expect(resolveSeedDay("today+455d", today)).toBe("2028-03-05")
    expect(resolveSeedDay("today-640d", today)).toBe("2025-03-06")
    expect(resolveSeedDay("today+26d", today)).toBe("2027-01-01")
  })

  it("refuses anything else, naming the value", () => {
    expect(() => resolveSeedDay("today+2y", today)).toThrow(/"today\+2y" is not a date/)
    expect(() => resolveSeedDay("06.12.2026", today)).toThrow(/not a date/)
  })
})

describe("seedRunDay", () => {
  const now = new Date("2026-12-06T23:59:30Z")

  it("is now unless OVOP_SEED_DAY names a day", () => {
    expect(seedRunDay(undefined, now)).toBe(now)
    expect(seedRunDay("", now)).toBe(now)
  })

  it("reads OVOP_SEED_DAY as the same calendar day in UTC and in Bishkek", () => {
    const day = seedRunDay("2027-03-01", now)
    expect(resolveSeedDay("today", day)).toBe("2027-03-01")
    expect(associationDay(day)).toBe("2027-03-01")
  })

  it("refuses a value that is not a calendar day, naming it", () => {
    expect(() => seedRunDay("2027-02-30", now)).toThrow(/OVOP_SEED_DAY "2027-02-30" is not a calendar day/)
    expect(() => seedRunDay("tomorrow", now)).toThrow(/not a calendar day/)
  })
})
