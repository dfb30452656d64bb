import { describe, expect, it } from "vitest"
import { barLength, linePoints, niceMaximum } from "./payout-report-chart"

describe("the payout reports' chart geometry", () => {
  it("tops the scale at 1, 2 or 5 times a power of ten", () => {
    expect(niceMaximum([4910, 1300])).toBe(5000)
    expect(niceMaximum([5001])).toBe(10_000)
    expect(niceMaximum([120])).toBe(200)
    expect(niceMaximum([])).toBe(1)
    expect(niceMaximum([-50])).toBe(1)
  })

  it("draws bars in proportion, nothing for a negative month", () => {
    expect(barLength(2500, 5000, 300)).toBe(150)
    expect(barLength(-450, 5000, 300)).toBe(0)
    expect(barLength(9000, 5000, 300)).toBe(300)
  })

  it("places a line's points from the bottom of the plot", () => {
    expect(linePoints([0, 50, 100], { start: 10, step: 20, height: 100, maximum: 100, top: 5 })).toBe(
      "10.0,105.0 30.0,55.0 50.0,5.0",
    )
  })
})
