import { describe, expect, it } from "vitest"
import { median, percentile, requestsPerSecond, round, summarizeLatencies } from "./stats"

describe("percentile", () => {
  it("picks the nearest-rank sample of unsorted input", () => {
    const samples = [5, 1, 4, 2, 3, 10, 9, 8, 7, 6]
    expect(percentile(samples, 50)).toBe(5)
    expect(percentile(samples, 95)).toBe(10)
    expect(percentile(samples, 10)).toBe(1)
    expect(percentile(samples, 100)).toBe(10)
  })

  it("gives the second slowest of 200 samples as p99", () => {
    const samples = Array.from({ length: 200 }, (_, i) => i + 1)
    expect(percentile(samples, 99)).toBe(198)
    expect(percentile(samples, 95)).toBe(190)
    expect(percentile(samples, 50)).toBe(100)
  })

  it("returns the only sample of a single-sample run", () => {
    expect(percentile([42], 99)).toBe(42)
  })

  it("rejects an empty run and a percentile out of range", () => {
    expect(() => percentile([], 50)).toThrow(/no samples/)
    expect(() => percentile([1], 0)).toThrow(/outside/)
    expect(() => percentile([1], 101)).toThrow(/outside/)
  })

  it("does not reorder the caller's array", () => {
    const samples = [3, 1, 2]
    percentile(samples, 50)
    expect(samples).toEqual([3, 1, 2])
  })
})

describe("summarizeLatencies", () => {
  it("reports p50, p95 and the sample count, no p99", () => {
    const samples = Array.from({ length: 100 }, (_, i) => 100 - i)
    expect(summarizeLatencies(samples)).toEqual({ p50: 50, p95: 95, count: 100 })
  })
})

describe("requestsPerSecond", () => {
  it("divides the requests by the elapsed time", () => {
    expect(requestsPerSecond(150, 5000)).toBe(30)
  })

  it("is 0 for a run that took no time", () => {
    expect(requestsPerSecond(0, 0)).toBe(0)
  })
})

describe("round", () => {
  it("keeps the requested number of decimals", () => {
    expect(round(12.3456, 1)).toBe(12.3)
    expect(round(12.35, 0)).toBe(12)
  })
})

describe("median", () => {
  it("takes the middle value of an odd count, unsorted input", () => {
    expect(median([1800, 1200, 1500])).toBe(1500)
  })

  it("takes the mean of the two middle values of an even count", () => {
    expect(median([4, 1, 3, 2])).toBe(2.5)
  })

  it("refuses no values", () => {
    expect(() => median([])).toThrow("no values")
  })
})
