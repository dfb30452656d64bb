/** One measured figure as it is written to the results file. */
export type Figure = {
  value: number
  unit: string
  note?: string
  /** Failed requests (non-2xx or no answer) behind this figure; a figure with errors is not trusted. */
  errors?: number
}

/** Every figure of one run, by name (e.g. `store_products_list_p95_ms`). */
export type Figures = Record<string, Figure>

/** The results file: `tests/bench/results/latest.json` and its timestamped copies. */
export type BenchResults = {
  recorded_at: string
  machine: { cpus: number; node: string }
  run: Record<string, string | number | boolean>
  figures: Figures
  /** Steps that failed outright, so their figures are missing. */
  failures: string[]
}

/** A file-name-safe form of an ISO timestamp, for the timestamped copy of the results. */
export function timestampForFileName(isoTimestamp: string): string {
  return isoTimestamp.replace(/\.\d+Z$/, "Z").replace(/:/g, "-")
}
