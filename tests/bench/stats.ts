/** Latency percentiles of one sequential run, in milliseconds. */
export type LatencySummary = { p50: number; p95: number; count: number }

/**
 * The `p`-th percentile of `samples` by the nearest-rank method: always one of the samples, so a
 * p95 over 200 requests is the tenth slowest one rather than an interpolation between two.
 */
export function percentile(samples: readonly number[], p: number): number {
  if (samples.length === 0) throw new Error("percentile of no samples")
  if (!(p > 0 && p <= 100)) throw new Error(`percentile ${p} is outside (0, 100]`)
  const sorted = [...samples].sort((a, b) => a - b)
  const rank = Math.ceil((p / 100) * sorted.length)
  return sorted[rank - 1] as number
}

/**
 * p50 and p95 of the samples. No p99: over a few hundred requests it is one or two outliers, which
 * a busy machine moves by half from run to run, so a budget on it guards nothing (issue 18).
 */
export function summarizeLatencies(samples: readonly number[]): LatencySummary {
  return {
    p50: percentile(samples, 50),
    p95: percentile(samples, 95),
    count: samples.length,
  }
}

/** Requests per second over a run's wall-clock time; 0 for a run that took no time. */
export function requestsPerSecond(requests: number, elapsedMs: number): number {
  return elapsedMs > 0 ? (requests * 1000) / elapsedMs : 0
}

/** Rounds to `digits` decimals, for figures that are not meaningful beyond that. */
export function round(value: number, digits: number): number {
  const factor = 10 ** digits
  return Math.round(value * factor) / factor
}

/** The median of `values` (the mean of the two middle ones for an even count). */
export function median(values: readonly number[]): number {
  if (values.length === 0) throw new Error("median of no values")
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2
    ? (sorted[middle] as number)
    : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2
}
