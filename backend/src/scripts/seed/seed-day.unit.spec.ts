import { describe, expect, it } from "vitest"
import { resolveSeedDay } from "./seed-day"

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
