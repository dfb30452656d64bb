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
  /** Set `recorded baseline` budgets (1.5 × measured) in budgets.json for figures without an issue's budget. */
  recordBudgets: boolean
  help: boolean
}

/** The usage text printed by `--help`. */
export const usage = `Usage: npm run bench -- [flags]

  --cold              delete the backend build marker first, so first_start_s includes the backend build
  --keep              keep the temporary data folder under .tmp/bench-data after the run
  --requests N        sequential requests per HTTP scenario for p50/p95/p99 (default 200)
  --warmup N          untimed requests per HTTP scenario before measuring (default 50)
  --duration S        seconds of each throughput run (default 5)
  --concurrency N     concurrent clients of each throughput run (default 8)
  --record-budgets    set "recorded baseline" budgets (1.5 x measured) for every figure without an issue's budget
  --help              print this text`

const defaults: BenchOptions = {
  cold: false,
  keep: false,
  requests: 200,
  warmup: 50,
  durationSeconds: 5,
  concurrency: 8,
  recordBudgets: false,
  help: false,
}

const booleanFlags = {
  "--cold": "cold",
  "--keep": "keep",
  "--record-budgets": "recordBudgets",
  "--help": "help",
} as const
const numberFlags = {
  "--requests": { key: "requests", min: 1 },
  "--warmup": { key: "warmup", min: 0 },
  "--duration": { key: "durationSeconds", min: 0.1 },
  "--concurrency": { key: "concurrency", min: 1 },
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
      const { key, min } = numberFlags[flag as keyof typeof numberFlags]
      const raw = inlineValue ?? argv[++index]
      const value = Number(raw)
      if (raw === undefined || raw === "" || !Number.isFinite(value) || value < min) {
        throw new Error(`${flag} needs a number ≥ ${min}, got ${raw ?? "nothing"}`)
      }
      if (key !== "durationSeconds" && !Number.isInteger(value)) throw new Error(`${flag} needs a whole number`)
      options[key] = value
    } else throw new Error(`unknown flag ${arg}\n\n${usage}`)
  }
  return options
}
