import { describe, expect, it } from "vitest"
import { daysToBestBefore, isPastBestBefore } from "./best-before"

describe("best-before", () => {
  const bestBefore = "2026-12-05T00:00:00.000Z"

  it("sells through the best-before day in Bishkek and not after it", () => {
    expect(isPastBestBefore(bestBefore, new Date("2026-12-05T17:59:00Z"))).toBe(false)
    // 18:00 UTC is midnight in Bishkek (UTC+6): the 6th has begun there.
    expect(isPastBestBefore(bestBefore, new Date("2026-12-05T18:00:00Z"))).toBe(true)
    expect(isPastBestBefore(new Date(bestBefore), new Date("2027-01-01T00:00:00Z"))).toBe(true)
  })

  it("never passes without a date", () => {
    expect(isPastBestBefore(null, new Date("2030-01-01T00:00:00Z"))).toBe(false)
    expect(daysToBestBefore(undefined, new Date())).toBeNull()
  })

  it("counts whole Bishkek days, negative once passed", () => {
    expect(daysToBestBefore(bestBefore, new Date("2026-12-01T06:00:00Z"))).toBe(4)
    expect(daysToBestBefore(bestBefore, new Date("2026-12-05T06:00:00Z"))).toBe(0)
    expect(daysToBestBefore(bestBefore, new Date("2026-12-07T06:00:00Z"))).toBe(-2)
  })
})
