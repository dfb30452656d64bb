import { describe, expect, it } from "vitest"
import {
  compareWithBudgets,
  formatBudgetTable,
  medianFigures,
  parseBudgets,
  recordBaselineBudgets,
  serializeBudgets,
  summarizeFailingRows,
} from "./budgets"
import type { Figures } from "./figures"

const figures: Figures = {
  first_start_s: { value: 90.5, unit: "s", note: "backend build reused" },
  store_products_list_p95_ms: { value: 75, unit: "ms" },
  store_products_list_rps: { value: 120, unit: "req/s" },
  store_cart_create_p95_ms: { value: 20, unit: "ms", errors: 3 },
  home_html_gzip_bytes: { value: 1500, unit: "B" },
  home_js_gzip_bytes: { value: 0, unit: "B" },
}

describe("parseBudgets", () => {
  it("accepts max and min budgets with a source", () => {
    expect(
      parseBudgets({ a: { max: 1, source: "issue 2" }, b: { min: 2, source: "recorded baseline", extra: true } }),
    ).toEqual({ a: { max: 1, source: "issue 2" }, b: { min: 2, source: "recorded baseline" } })
  })

  it("names the malformed entry", () => {
    expect(() => parseBudgets([])).toThrow(/object/)
    expect(() => parseBudgets({ a: { max: "1", source: "x" } })).toThrow(/budget a: max/)
    expect(() => parseBudgets({ b: { source: "x" } })).toThrow(/budget b: needs max or min/)
    expect(() => parseBudgets({ c: { max: 1 } })).toThrow(/budget c: needs a source/)
  })
})

describe("compareWithBudgets", () => {
  const budgets = parseBudgets({
    first_start_s: { max: 120, source: "issue 2" },
    store_products_list_p95_ms: { max: 60, source: "issue 2" },
    store_products_list_rps: { min: 50, source: "recorded baseline" },
    store_cart_create_p95_ms: { max: 100, source: "recorded baseline" },
    later_start_s: { max: 30, source: "issue 2" },
  })
  const rows = compareWithBudgets(figures, budgets)
  const statusOf = (name: string) => rows.find((r) => r.figure === name)?.status

  it("marks figures within, over and without a budget", () => {
    expect(statusOf("first_start_s")).toBe("ok")
    expect(statusOf("store_products_list_p95_ms")).toBe("OVER")
    expect(statusOf("store_products_list_rps")).toBe("ok")
    expect(statusOf("home_html_gzip_bytes")).toBe("no budget")
  })

  it("flags a figure with failed requests even when it is within budget", () => {
    const row = rows.find((r) => r.figure === "store_cart_create_p95_ms")
    expect(row?.status).toBe("ERROR")
    expect(row?.note).toMatch(/3 failed requests/)
  })

  it("lists a budgeted figure that was not measured as missing, after the measured ones", () => {
    expect(rows.at(-1)).toMatchObject({ figure: "later_start_s", status: "MISSING" })
  })

  it("treats a rate below its minimum as over budget", () => {
    const [row] = compareWithBudgets(
      { store_products_list_rps: { value: 10, unit: "req/s" } },
      { store_products_list_rps: { min: 50, source: "recorded baseline" } },
    )
    expect(row?.status).toBe("OVER")
  })
})

describe("formatBudgetTable", () => {
  it("prints a note shared by consecutive figures once", () => {
    const table = formatBudgetTable(
      compareWithBudgets(
        {
          a_p50_ms: { value: 1, unit: "ms", note: "200 requests" },
          a_p95_ms: { value: 2, unit: "ms", note: "200 requests" },
        },
        {},
      ),
    )
    expect(table.match(/200 requests/g)).toHaveLength(1)
  })

  it("prints one aligned line per figure, with its note below", () => {
    const table = formatBudgetTable(
      compareWithBudgets(
        { first_start_s: figures.first_start_s as Figures[string], x_ms: { value: 5, unit: "ms" } },
        { first_start_s: { max: 120, source: "issue 2" } },
      ),
    )
    expect(table.split("\n")).toEqual([
      "figure          value  budget   status",
      "first_start_s  90.5 s  ≤ 120 s  ok",
      "    backend build reused",
      "x_ms             5 ms  -        no budget",
    ])
  })
})

describe("summarizeFailingRows", () => {
  it("names the figures over budget, errored and not measured, one kind a line", () => {
    const rows = compareWithBudgets(figures, {
      store_products_list_p95_ms: { max: 60, source: "issue 2" },
      later_start_s: { max: 30, source: "issue 2" },
      backend_rss_mb: { max: 800, source: "issue 2" },
    })
    expect(summarizeFailingRows(rows)).toEqual([
      "over budget: store_products_list_p95_ms",
      "errored (failed requests): store_cart_create_p95_ms",
      "not measured: later_start_s, backend_rss_mb",
    ])
  })

  it("is empty when every figure is within budget", () => {
    expect(summarizeFailingRows(compareWithBudgets({ a_s: { value: 1, unit: "s" } }, {}))).toEqual([])
  })
})

describe("recordBaselineBudgets", () => {
  it("records budgets above times and below rates, skipping errored and zero figures", () => {
    const budgets = recordBaselineBudgets(figures, { first_start_s: { max: 120, source: "issue 2" } }, () => 1.5)
    expect(budgets).toEqual({
      first_start_s: { max: 120, source: "issue 2" },
      store_products_list_p95_ms: { max: 113, source: "recorded baseline" },
      store_products_list_rps: { min: 80, source: "recorded baseline" },
      home_html_gzip_bytes: { max: 2250, source: "recorded baseline" },
    })
  })

  it("replaces earlier recorded budgets but keeps those of figures not measured cleanly", () => {
    const budgets = recordBaselineBudgets(
      figures,
      {
        home_html_gzip_bytes: { max: 900, source: "recorded baseline" },
        store_cart_create_p95_ms: { max: 50, source: "recorded baseline" },
      },
      () => 1.5,
    )
    expect(budgets.home_html_gzip_bytes).toEqual({ max: 2250, source: "recorded baseline" })
    expect(budgets.store_cart_create_p95_ms).toEqual({ max: 50, source: "recorded baseline" })
  })
})

describe("recordBaselineBudgets with the default headroom", () => {
  it("keeps a tenth of a request per second for slow scenarios, rather than a minimum of 0", () => {
    expect(recordBaselineBudgets({ add_rps: { value: 1.4, unit: "req/s" } }, {}).add_rps).toEqual({
      min: 0.9,
      source: "recorded baseline",
    })
  })

  it("gives timings 1.5x and byte sizes 1.1x of the median", () => {
    const budgets = recordBaselineBudgets(figures, {})
    expect(budgets.store_products_list_p95_ms).toEqual({ max: 113, source: "recorded baseline" })
    expect(budgets.home_html_gzip_bytes).toEqual({ max: 1650, source: "recorded baseline" })
  })
})

describe("medianFigures", () => {
  it("takes each figure's median over the runs, leaving out the runs where it errored", () => {
    const runs: Figures[] = [
      { a_p95_ms: { value: 30, unit: "ms" }, b_rps: { value: 10, unit: "req/s" } },
      { a_p95_ms: { value: 10, unit: "ms" }, b_rps: { value: 99, unit: "req/s", errors: 4 } },
      { a_p95_ms: { value: 20, unit: "ms" }, b_rps: { value: 14, unit: "req/s" } },
    ]
    expect(medianFigures(runs)).toEqual({
      a_p95_ms: { value: 20, unit: "ms", note: "median of 3 runs" },
      b_rps: { value: 12, unit: "req/s", note: "median of 2 runs" },
    })
  })

  it("keeps a figure that errored in every run as errored, so it gets no budget", () => {
    const errored = { value: 5, unit: "ms", errors: 2 }
    const medians = medianFigures([{ c_p95_ms: errored }, { c_p95_ms: errored }])
    expect(medians.c_p95_ms?.errors).toBe(2)
    expect(recordBaselineBudgets(medians, {})).toEqual({})
  })
})

describe("serializeBudgets", () => {
  it("writes one budget a line, and reads back the same", () => {
    const budgets = { a_s: { max: 120, source: "issue 2" }, b_rps: { min: 16, source: "recorded baseline" } }
    const text = serializeBudgets(budgets)
    expect(text).toBe(
      '{\n  "a_s": { "max": 120, "source": "issue 2" },\n  "b_rps": { "min": 16, "source": "recorded baseline" }\n}\n',
    )
    expect(parseBudgets(JSON.parse(text))).toEqual(budgets)
  })
})
