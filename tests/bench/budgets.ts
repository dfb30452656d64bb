import type { Figures } from "./figures"

/**
 * The accepted bound of one figure: `max` for times, sizes and memory, `min` for throughput
 * (where a higher value is better), and where the number comes from.
 */
export type Budget = { max?: number; min?: number; source: string }

/** Budgets by figure name, as in `tests/bench/budgets.json`. */
export type Budgets = Record<string, Budget>

/** How a figure compares with its budget. */
export type BudgetStatus = "ok" | "OVER" | "ERROR" | "MISSING" | "no budget"

/** One line of the comparison table. */
export type BudgetRow = { figure: string; value: string; budget: string; status: BudgetStatus; note?: string }

const isFiniteNumber = (value: unknown): value is number => typeof value === "number" && Number.isFinite(value)

/** Validates the parsed content of budgets.json, naming the first entry that is malformed. */
export function parseBudgets(json: unknown): Budgets {
  if (typeof json !== "object" || json === null || Array.isArray(json)) {
    throw new Error("budgets.json must hold an object of figure name to budget")
  }
  const budgets: Budgets = {}
  for (const [name, entry] of Object.entries(json)) {
    const { max, min, source } = (entry ?? {}) as Record<string, unknown>
    if (max !== undefined && !isFiniteNumber(max)) throw new Error(`budget ${name}: max is not a number`)
    if (min !== undefined && !isFiniteNumber(min)) throw new Error(`budget ${name}: min is not a number`)
    if (max === undefined && min === undefined) throw new Error(`budget ${name}: needs max or min`)
    if (typeof source !== "string" || source === "") throw new Error(`budget ${name}: needs a source`)
    budgets[name] = { ...(max !== undefined && { max }), ...(min !== undefined && { min }), source }
  }
  return budgets
}

function describeBudget(budget: Budget | undefined, unit: string): string {
  if (!budget) return "-"
  const bounds = [
    budget.max !== undefined ? `≤ ${budget.max} ${unit}`.trimEnd() : undefined,
    budget.min !== undefined ? `≥ ${budget.min} ${unit}`.trimEnd() : undefined,
  ]
  return bounds.filter(Boolean).join(", ")
}

function isWithin(value: number, budget: Budget): boolean {
  return (budget.max === undefined || value <= budget.max) && (budget.min === undefined || value >= budget.min)
}

/**
 * Compares every figure with its budget, in the order the figures were measured, then lists
 * budgeted figures that were not measured at all (a step failed or a scenario was dropped).
 */
export function compareWithBudgets(figures: Figures, budgets: Budgets): BudgetRow[] {
  const rows: BudgetRow[] = Object.entries(figures).map(([name, figure]) => {
    const budget = budgets[name]
    const status: BudgetStatus = figure.errors
      ? "ERROR"
      : !budget
        ? "no budget"
        : isWithin(figure.value, budget)
          ? "ok"
          : "OVER"
    return {
      figure: name,
      value: `${figure.value} ${figure.unit}`,
      budget: describeBudget(budget, figure.unit),
      status,
      note: [figure.errors ? `${figure.errors} failed requests` : undefined, figure.note].filter(Boolean).join("; "),
    }
  })
  for (const [name, budget] of Object.entries(budgets)) {
    if (!(name in figures))
      rows.push({ figure: name, value: "-", budget: describeBudget(budget, ""), status: "MISSING" })
  }
  return rows
}

/** The comparison as a fixed-width text table, with notes on the lines below their figure. */
export function formatBudgetTable(rows: readonly BudgetRow[]): string {
  const header: BudgetRow = { figure: "figure", value: "value", budget: "budget", status: "ok" }
  const widths = {
    figure: Math.max(...[header, ...rows].map((r) => r.figure.length)),
    value: Math.max(...[header, ...rows].map((r) => r.value.length)),
    budget: Math.max(...[header, ...rows].map((r) => r.budget.length)),
  }
  const line = (figure: string, value: string, budget: string, status: string) =>
    `${figure.padEnd(widths.figure)}  ${value.padStart(widths.value)}  ${budget.padEnd(widths.budget)}  ${status}`.trimEnd()
  const lines = [line("figure", "value", "budget", "status")]
  let previousNote: string | undefined
  for (const row of rows) {
    lines.push(line(row.figure, row.value, row.budget, row.status))
    // The percentiles of one scenario share their note: print it once.
    if (row.note && row.note !== previousNote) lines.push(`    ${row.note}`)
    previousNote = row.note
  }
  return lines.join("\n")
}

/** The `source` of a budget taken from a measurement rather than set by an issue. */
export const recordedBaseline = "recorded baseline"

/**
 * The headroom of a recorded budget over the median it was set from: 1.5 for timings, rates and
 * memory, which move with the machine's load; 1.1 for byte sizes, which only move with the code.
 */
export function recordedHeadroom(unit: string): number {
  return unit === "B" ? 1.1 : 1.5
}

/**
 * The median of each figure over several runs, leaving out the runs where it errored; a figure
 * that errored in every run keeps the last run's errored value (so it gets no budget).
 */
export function medianFigures(runs: readonly Figures[]): Figures {
  const medians: Figures = {}
  const names = [...new Set(runs.flatMap((figures) => Object.keys(figures)))]
  for (const name of names) {
    const measured = runs.map((figures) => figures[name]).filter((figure) => figure !== undefined)
    const clean = measured.filter((figure) => !figure.errors)
    const last = measured.at(-1)
    if (!last) continue
    if (!clean.length) {
      medians[name] = last
      continue
    }
    const values = clean.map((figure) => figure.value).sort((a, b) => a - b)
    const middle = Math.floor(values.length / 2)
    const value =
      values.length % 2 ? (values[middle] as number) : ((values[middle - 1] as number) + (values[middle] as number)) / 2
    medians[name] = { value, unit: last.unit, note: `median of ${clean.length} run${clean.length === 1 ? "" : "s"}` }
  }
  return medians
}

/**
 * Fresh `recorded baseline` budgets from `figures` (the medians of several runs): the value times
 * its headroom (`recordedHeadroom`) for figures capped by `max`, divided by it for rates. Budgets an
 * issue set are kept, as are recorded ones of figures not measured cleanly this time. A figure
 * measured as 0 (no script on the page yet) gets none: a budget of 0 would only say "unchanged".
 */
export function recordBaselineBudgets(
  figures: Figures,
  existing: Budgets,
  headroom: (unit: string) => number = recordedHeadroom,
): Budgets {
  const budgets: Budgets = { ...existing }
  for (const [name, figure] of Object.entries(figures)) {
    const current = existing[name]
    if ((current && current.source !== recordedBaseline) || figure.errors || figure.value === 0) continue
    const factor = headroom(figure.unit)
    budgets[name] =
      figure.unit === "req/s"
        ? // One decimal: a slow scenario's 1.4 req/s would floor to a useless minimum of 0.
          { min: Math.floor((figure.value / factor) * 10) / 10, source: recordedBaseline }
        : // Rounded first: 1500 × 1.1 is 1650.0000000000002 in floating point.
          { max: Math.ceil(Math.round(figure.value * factor * 1e6) / 1e6), source: recordedBaseline }
  }
  return budgets
}

/** budgets.json text: one figure a line, so a diff shows which budget changed. */
export function serializeBudgets(budgets: Budgets): string {
  const lines = Object.entries(budgets).map(([name, budget]) => {
    const fields = [
      budget.max !== undefined ? `"max": ${budget.max}` : undefined,
      budget.min !== undefined ? `"min": ${budget.min}` : undefined,
      `"source": ${JSON.stringify(budget.source)}`,
    ]
    return `  ${JSON.stringify(name)}: { ${fields.filter(Boolean).join(", ")} }`
  })
  return `{\n${lines.join(",\n")}\n}\n`
}

/** The closing lines of a run: which figures are over budget, errored or missing; empty when all is well. */
export function summarizeFailingRows(rows: readonly BudgetRow[]): string[] {
  const names = (status: BudgetStatus) =>
    rows
      .filter((r) => r.status === status)
      .map((r) => r.figure)
      .join(", ")
  return [
    ["over budget", names("OVER")],
    ["errored (failed requests)", names("ERROR")],
    ["not measured", names("MISSING")],
  ]
    .filter(([, list]) => list)
    .map(([label, list]) => `${label}: ${list}`)
}
