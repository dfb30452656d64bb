import { describe, expect, it } from "vitest"
import { parseBenchOptions } from "./options"

describe("parseBenchOptions", () => {
  it("uses the defaults without flags", () => {
    expect(parseBenchOptions([])).toEqual({
      cold: false,
      keep: false,
      requests: 200,
      warmup: 50,
      durationSeconds: 5,
      concurrency: 8,
      soakMinutes: 10,
      runs: 1,
      record: false,
      help: false,
    })
  })

  it("reads boolean flags and numbers given as a separate or inline value", () => {
    const options = parseBenchOptions(["--cold", "--keep", "--requests", "50", "--duration=2.5", "--concurrency=4"])
    expect(options).toMatchObject({ cold: true, keep: true, requests: 50, durationSeconds: 2.5, concurrency: 4 })
  })

  it("reads the soak length, the number of runs, the recording mode and the commit to compare with", () => {
    expect(parseBenchOptions(["--soak-minutes", "0.5", "--runs=3", "--record", "--compare", "AE39CD5"])).toMatchObject({
      soakMinutes: 0.5,
      runs: 3,
      record: true,
      compare: "ae39cd5",
    })
    expect(parseBenchOptions(["--record-budgets"]).record).toBe(true)
    expect(() => parseBenchOptions(["--compare"])).toThrow(/--compare needs a commit/)
    expect(() => parseBenchOptions(["--compare", "HEAD~1"])).toThrow(/--compare needs a commit/)
    expect(() => parseBenchOptions(["--runs", "1.5"])).toThrow(/whole number/)
  })

  it("reads which measurements to run as a case-insensitive pattern", () => {
    expect(parseBenchOptions(["--only", "Cart|memory"]).only?.test("add to cart with and without the cart rules")).toBe(
      true,
    )
    expect(() => parseBenchOptions(["--only", "("])).toThrow(/not a regular expression/)
  })

  it("accepts no warm-up", () => {
    expect(parseBenchOptions(["--warmup", "0"]).warmup).toBe(0)
  })

  it("rejects unknown flags, missing and bad numbers", () => {
    expect(() => parseBenchOptions(["--fast"])).toThrow(/unknown flag --fast/)
    expect(() => parseBenchOptions(["--requests"])).toThrow(/--requests needs a number/)
    expect(() => parseBenchOptions(["--requests", "0"])).toThrow(/≥ 1/)
    expect(() => parseBenchOptions(["--requests", "2.5"])).toThrow(/whole number/)
    expect(() => parseBenchOptions(["--cold=yes"])).toThrow(/takes no value/)
  })
})
