import { describe, expect, it } from "vitest"
import {
  compareRuns,
  formatComparison,
  type HistoryEntry,
  historyEntry,
  historyLine,
  latestRunAt,
  parseHistory,
} from "./history"

const run = (
  commit: string,
  figures: HistoryEntry["figures"],
  recordedAt = "2026-12-05T08:00:00.000Z",
): HistoryEntry => ({
  commit,
  dirty: false,
  recorded_at: recordedAt,
  machine: { cpus: 2, node: "v22.23.0" },
  load_average_at_start: 0.4,
  figures,
})

const base = run("ae39cd5f00000000000000000000000000000000", {
  store_products_list_p95_ms: { value: 20, unit: "ms" },
  store_products_list_rps: { value: 100, unit: "req/s" },
  product_page_gzip_bytes: { value: 11000, unit: "B" },
  store_cart_add_item_p95_ms: { value: 150, unit: "ms" },
  store_cart_create_p95_ms: { value: 80, unit: "ms" },
  home_js_gzip_bytes: { value: 0, unit: "B" },
})
const current = run(
  "b1c2d3e400000000000000000000000000000000",
  {
    store_products_list_p95_ms: { value: 30, unit: "ms" },
    store_products_list_rps: { value: 80, unit: "req/s" },
    product_page_gzip_bytes: { value: 11500, unit: "B" },
    store_cart_add_item_p95_ms: { value: 120, unit: "ms" },
    store_cart_create_p95_ms: { value: 85, unit: "ms", errors: 2 },
    home_js_gzip_bytes: { value: 500, unit: "B" },
    store_search_p95_ms: { value: 40, unit: "ms" },
  },
  "2026-12-06T09:30:00.000Z",
)

describe("compareRuns", () => {
  it("gives each figure as current / base and reads the direction from its unit", () => {
    const rows = compareRuns(base, current)
    const byFigure = Object.fromEntries(rows.map((row) => [row.figure, row]))
    expect(byFigure.store_products_list_p95_ms).toMatchObject({ ratio: 1.5, verdict: "worse" })
    // Fewer requests a second is worse, though the ratio is below 1.
    expect(byFigure.store_products_list_rps).toMatchObject({ ratio: 0.8, verdict: "worse" })
    // +4.5% is within the noise.
    expect(byFigure.product_page_gzip_bytes?.verdict).toBe("same")
    expect(byFigure.store_cart_add_item_p95_ms).toMatchObject({ ratio: 0.8, verdict: "better" })
    expect(byFigure.store_cart_create_p95_ms).toMatchObject({ verdict: "errored" })
    expect(byFigure.store_cart_create_p95_ms?.ratio).toBeUndefined()
    // From nothing to something: no ratio, but worse.
    expect(byFigure.home_js_gzip_bytes).toMatchObject({ verdict: "worse" })
    expect(byFigure.store_search_p95_ms).toMatchObject({ verdict: "new", current: 40 })
  })

  it("lists a figure the current run no longer has as gone", () => {
    const rows = compareRuns(current, base)
    expect(rows.find((row) => row.figure === "store_search_p95_ms")).toEqual({
      figure: "store_search_p95_ms",
      unit: "ms",
      base: 40,
      verdict: "gone",
    })
  })
})

describe("formatComparison", () => {
  it("prints both runs, a ratio per figure and the figures that got worse", () => {
    const text = formatComparison(base, current, compareRuns(base, current))
    const lines = text.split("\n")
    expect(lines[0]).toBe("base:    ae39cd5f00 on 2026-12-05 08:00 UTC, load 0.4")
    expect(lines[1]).toBe("current: b1c2d3e400 on 2026-12-06 09:30 UTC, load 0.4")
    expect(lines.find((line) => line.startsWith("store_products_list_p95_ms"))).toMatch(
      /^store_products_list_p95_ms\s+20 ms\s+30 ms\s+1\.50x\s+worse$/,
    )
    expect(lines.find((line) => line.startsWith("store_products_list_rps"))).toMatch(
      /100 req\/s\s+80 req\/s\s+0\.80x\s+worse$/,
    )
    expect(lines.find((line) => line.startsWith("store_search_p95_ms"))).toMatch(/-\s+40 ms\s+-\s+new$/)
    expect(lines.at(-1)).toBe(
      "worse by more than 10%: store_products_list_p95_ms, store_products_list_rps, home_js_gzip_bytes",
    )
  })

  it("says so when nothing got worse", () => {
    expect(formatComparison(base, base, compareRuns(base, base)).split("\n").at(-1)).toBe(
      "nothing worse by more than the noise",
    )
  })
})

describe("the history file", () => {
  it("writes one line per run without the notes, and reads it back", () => {
    const entry = historyEntry(
      {
        recorded_at: "2026-12-06T09:30:00.000Z",
        machine: { cpus: 2, node: "v22.23.0" },
        run: { load_average_at_start: 1.2 },
        figures: { store_search_p95_ms: { value: 40, unit: "ms", note: "q filter" } },
        failures: [],
      },
      "b1c2d3e4",
      true,
    )
    const line = historyLine(entry)
    expect(line.endsWith("\n")).toBe(true)
    expect(line.trimEnd()).not.toContain("\n")
    expect(parseHistory(`${historyLine(base)}\n${line}`)).toEqual([
      base,
      {
        commit: "b1c2d3e4",
        dirty: true,
        recorded_at: "2026-12-06T09:30:00.000Z",
        machine: { cpus: 2, node: "v22.23.0" },
        load_average_at_start: 1.2,
        figures: { store_search_p95_ms: { value: 40, unit: "ms" } },
      },
    ])
  })

  it("names a malformed line", () => {
    expect(() => parseHistory(`${historyLine(base)}not json\n`)).toThrow(/history line 2/)
  })

  it("finds the latest run at a commit by its prefix", () => {
    const again = { ...base, recorded_at: "2026-12-05T10:00:00.000Z" }
    expect(latestRunAt([base, current, again], "AE39")).toBe(again)
    expect(latestRunAt([base, current], "ffff")).toBeUndefined()
  })
})
