import type { BenchResults } from "./figures"

/**
 * One line of `tests/bench/history.jsonl`: the figures of one run with the commit they were
 * measured on (`dirty` when the worktree had uncommitted changes) and the machine's state, so a
 * later run can be compared with it as ratios.
 */
export type HistoryEntry = {
  commit: string
  dirty: boolean
  recorded_at: string
  machine: BenchResults["machine"]
  load_average_at_start?: number
  figures: Record<string, { value: number; unit: string; errors?: number }>
}

/** The history line of a run: its figures without their notes (the results file keeps those). */
export function historyEntry(results: BenchResults, commit: string, dirty: boolean): HistoryEntry {
  const figures: HistoryEntry["figures"] = {}
  for (const [name, { value, unit, errors }] of Object.entries(results.figures)) {
    figures[name] = { value, unit, ...(errors ? { errors } : {}) }
  }
  const load = results.run.load_average_at_start
  return {
    commit,
    dirty,
    recorded_at: results.recorded_at,
    machine: results.machine,
    ...(typeof load === "number" && { load_average_at_start: load }),
    figures,
  }
}

/** One JSON line, newline-terminated, to append to the history file. */
export const historyLine = (entry: HistoryEntry): string => `${JSON.stringify(entry)}\n`

/** The entries of a history file, oldest first; a malformed line is named by its number. */
export function parseHistory(text: string): HistoryEntry[] {
  return text
    .split("\n")
    .map((line, index) => ({ line: line.trim(), number: index + 1 }))
    .filter(({ line }) => line !== "")
    .map(({ line, number }) => {
      try {
        const entry = JSON.parse(line) as HistoryEntry
        if (typeof entry.commit !== "string" || typeof entry.figures !== "object" || entry.figures === null)
          throw new Error("no commit or figures")
        return entry
      } catch (error) {
        throw new Error(`history line ${number} is not a run: ${(error as Error).message}`)
      }
    })
}

/** The latest run recorded at a commit whose hash starts with `commitPrefix`, if any. */
export function latestRunAt(history: readonly HistoryEntry[], commitPrefix: string): HistoryEntry | undefined {
  const prefix = commitPrefix.toLowerCase()
  return [...history].reverse().find((entry) => entry.commit.toLowerCase().startsWith(prefix))
}

/** Units where a higher figure is better; everything else (times, bytes, memory, ratios) is better lower. */
const higherIsBetter = new Set(["req/s"])

/** Changes within this fraction either way are read as noise, not as better or worse. */
export const noiseFraction = 0.1

/** How one figure moved between two runs. */
export type ComparisonRow = {
  figure: string
  unit: string
  base?: number
  current?: number
  /** current / base; absent when either side is missing, errored or the base is 0. */
  ratio?: number
  verdict: "worse" | "better" | "same" | "new" | "gone" | "errored"
}

/**
 * Each figure of `current` against the same figure of `base`, as current / base. A change beyond
 * `noiseFraction` is `worse` or `better` by the figure's direction (req/s up is better, all else
 * down); figures only one run has are `new` or `gone`; one errored on either side is `errored`.
 */
export function compareRuns(base: HistoryEntry, current: HistoryEntry): ComparisonRow[] {
  const rows: ComparisonRow[] = []
  for (const [figure, now] of Object.entries(current.figures)) {
    const before = base.figures[figure]
    if (!before) {
      rows.push({ figure, unit: now.unit, current: now.value, verdict: "new" })
      continue
    }
    const row: ComparisonRow = { figure, unit: now.unit, base: before.value, current: now.value, verdict: "same" }
    if (now.errors || before.errors) row.verdict = "errored"
    else if (before.value !== 0) {
      row.ratio = now.value / before.value
      const change = higherIsBetter.has(now.unit) ? 1 / row.ratio : row.ratio
      row.verdict = change > 1 + noiseFraction ? "worse" : change < 1 - noiseFraction ? "better" : "same"
    } else if (now.value !== 0) row.verdict = higherIsBetter.has(now.unit) ? "better" : "worse"
    rows.push(row)
  }
  for (const [figure, before] of Object.entries(base.figures)) {
    if (!(figure in current.figures)) rows.push({ figure, unit: before.unit, base: before.value, verdict: "gone" })
  }
  return rows
}

const runLabel = (entry: HistoryEntry) =>
  `${entry.commit.slice(0, 10)}${entry.dirty ? " (uncommitted changes)" : ""} on ${entry.recorded_at.slice(0, 16).replace("T", " ")} UTC, load ${entry.load_average_at_start ?? "?"}`

/** The comparison as a text table: figure, base, current, ratio, verdict; the worse ones listed at the end. */
export function formatComparison(base: HistoryEntry, current: HistoryEntry, rows: readonly ComparisonRow[]): string {
  const value = (n: number | undefined, unit: string) => (n === undefined ? "-" : `${n} ${unit}`)
  const table = rows.map((row) => [
    row.figure,
    value(row.base, row.unit),
    value(row.current, row.unit),
    row.ratio === undefined ? "-" : `${row.ratio.toFixed(2)}x`,
    row.verdict,
  ])
  const header = ["figure", "base", "current", "ratio", ""]
  const widths = header.map((_, column) => Math.max(...[header, ...table].map((cells) => (cells[column] ?? "").length)))
  const line = (cells: string[]) =>
    cells
      .map((cell, column) =>
        column === 0 || column === 4 ? cell.padEnd(widths[column] ?? 0) : cell.padStart(widths[column] ?? 0),
      )
      .join("  ")
      .trimEnd()
  const worse = rows.filter((row) => row.verdict === "worse").map((row) => row.figure)
  return [
    `base:    ${runLabel(base)}`,
    `current: ${runLabel(current)}`,
    `ratio = current / base; req/s is better higher, everything else lower; within ±${noiseFraction * 100}% counts as the same`,
    "",
    line(header),
    ...table.map(line),
    "",
    worse.length
      ? `worse by more than ${noiseFraction * 100}%: ${worse.join(", ")}`
      : "nothing worse by more than the noise",
  ].join("\n")
}
