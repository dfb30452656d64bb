/** What one `npm run bench` does, from its command-line flags. */
export type BenchOptions = {
  /** Delete the backend build marker first, so `first_start_s` includes `medusa build`. */
  cold: boolean
  /** Keep the temporary data folder (database, logs, storefront builds) after the run. */
  keep: boolean
  /** Sequential requests per HTTP scenario for the latency percentiles. */
  requests: number
  /** Untimed requests per HTTP scenario before it is measured. */
  warmup: number
  /** Length of each throughput run, in seconds. */
  durationSeconds: number
  /** Concurrent clients of each throughput run. */
  concurrency: number
  /** Minutes of mixed load before the backend's memory is read again. */
  soakMinutes: number
  /** Whole runs in a row; with `record`, the budgets come from their medians. */
  runs: number
  /** Set the `recorded baseline` budgets in budgets.json from the median of the runs, with headroom. */
  record: boolean
  /** Run only the measurements whose title matches this pattern (the two starts always run). */
  only?: RegExp
  /** Print the change of each figure against the history's run at this commit, instead of measuring. */
  compare?: string
  help: boolean
}

/** The usage text printed by `--help`. */
export const usage = `Usage: npm run bench -- [flags]

  --cold              delete the backend build marker first, so first_start_s includes the backend build
  --keep              keep the temporary data folder under .tmp/bench-data after the run
  --requests N        sequential requests per HTTP scenario for p50/p95 (default 200)
  --warmup N          untimed requests per HTTP scenario before measuring (default 50)
  --duration S        seconds of each throughput run (default 5)
  --concurrency N     concurrent clients of each throughput run (default 8)
  --soak-minutes M    minutes of mixed load before backend_rss_after_soak_mb (default 10; e.g. 1 for a quick run)
  --runs N            whole runs in a row (default 1); each is appended to tests/bench/history.jsonl
  --record            set the "recorded baseline" budgets from the median of the runs, with headroom
                      (use with --runs 3 or more, on a quiet machine)
  --only PATTERN      run only the measurements whose title matches PATTERN (a regular expression,
                      e.g. "cart" or "store_search|memory"); the two starts are always measured
  --compare COMMIT    print each figure of the latest recorded run against the run recorded at COMMIT
                      (a commit hash or its prefix), as ratios; measures nothing
  --help              print this text`

const defaults: BenchOptions = {
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
}

const booleanFlags = {
  "--cold": "cold",
  "--keep": "keep",
  "--record": "record",
  // The older name of --record.
  "--record-budgets": "record",
  "--help": "help",
} as const
const numberFlags = {
  "--requests": { key: "requests", min: 1, whole: true },
  "--warmup": { key: "warmup", min: 0, whole: true },
  "--duration": { key: "durationSeconds", min: 0.1, whole: false },
  "--concurrency": { key: "concurrency", min: 1, whole: true },
  "--soak-minutes": { key: "soakMinutes", min: 0.1, whole: false },
  "--runs": { key: "runs", min: 1, whole: true },
} as const

/** Parses the flags after `npm run bench --`; throws on an unknown flag or a bad number. */
export function parseBenchOptions(argv: readonly string[]): BenchOptions {
  const options = { ...defaults }
  for (let index = 0; index < argv.length; index++) {
    const arg = argv[index] as string
    const [flag, inlineValue] = arg.includes("=") ? arg.split("=", 2) : [arg, undefined]
    if (flag === undefined) continue
    if (flag in booleanFlags) {
      if (inlineValue !== undefined) throw new Error(`${flag} takes no value`)
      options[booleanFlags[flag as keyof typeof booleanFlags]] = true
    } else if (flag in numberFlags) {
      const { key, min, whole } = numberFlags[flag as keyof typeof numberFlags]
      const raw = inlineValue ?? argv[++index]
      const value = Number(raw)
      if (raw === undefined || raw === "" || !Number.isFinite(value) || value < min) {
        throw new Error(`${flag} needs a number ≥ ${min}, got ${raw ?? "nothing"}`)
      }
      if (whole && !Number.isInteger(value)) throw new Error(`${flag} needs a whole number`)
      options[key] = value
    } else if (flag === "--only") {
      const raw = inlineValue ?? argv[++index]
      if (!raw) throw new Error("--only needs a pattern")
      try {
        options.only = new RegExp(raw, "i")
      } catch {
        throw new Error(`--only: ${raw} is not a regular expression`)
      }
    } else if (flag === "--compare") {
      const raw = inlineValue ?? argv[++index]
      if (!raw || !/^[0-9a-f]{4,40}$/i.test(raw))
        throw new Error(`--compare needs a commit hash, got ${raw ?? "nothing"}`)
      options.compare = raw.toLowerCase()
    } else throw new Error(`unknown flag ${arg}\n\n${usage}`)
  }
  return options
}
