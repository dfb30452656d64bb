import { execFileSync } from "node:child_process"
import fs from "node:fs"
import os from "node:os"
import path from "node:path"
import { fileURLToPath } from "node:url"
import { repoRoot } from "../../scripts/lib/config"
import { isPortFree } from "../../scripts/lib/ports"
import {
  type Budgets,
  compareWithBudgets,
  formatBudgetTable,
  medianFigures,
  parseBudgets,
  recordBaselineBudgets,
  recordedHeadroom,
  serializeBudgets,
  summarizeFailingRows,
} from "./budgets"
import { describeLeftOut } from "./buyable"
import { type BenchResults, type Figures, timestampForFileName } from "./figures"
import { compareRuns, formatComparison, historyEntry, historyLine, latestRunAt, parseHistory } from "./history"
import { machineDescription, measurements } from "./measurements"
import { type BenchOptions, parseBenchOptions, usage } from "./options"
import { loadStoreContext } from "./scenarios"
import { benchPorts, type RunningStack, StackStartError, startStack, stopAllStacks } from "./stack"
import { round } from "./stats"
import { activeBuilds } from "./storefront"

const benchDir = path.dirname(fileURLToPath(import.meta.url))
const budgetsFile = path.join(benchDir, "budgets.json")
const resultsDir = path.join(benchDir, "results")
// Kept in the repository: one JSON line per run, for `--compare`.
const historyFile = path.join(benchDir, "history.jsonl")
const backendBuildMarker = path.join(repoRoot, "backend", ".medusa", "server", ".ovop-build")
// Held by a start script while it builds the backend; ours waits for it, which inflates first_start_s.
const backendBuildLock = path.join(repoRoot, "backend", ".medusa", ".build-lock")
const dataParent = path.join(repoRoot, ".tmp", "bench-data")
// A cold first start builds the backend and the storefront on a slow machine; later starts only boot.
const firstStartTimeoutMs = 20 * 60_000
const laterStartTimeoutMs = 5 * 60_000

let options: BenchOptions
try {
  options = parseBenchOptions(process.argv.slice(2))
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error))
  process.exit(2)
}
if (options.help) {
  console.log(usage)
  process.exit(0)
}

const readHistory = () => (fs.existsSync(historyFile) ? parseHistory(fs.readFileSync(historyFile, "utf8")) : [])

if (options.compare) {
  const history = readHistory()
  const base = latestRunAt(history, options.compare)
  const current = history.at(-1)
  if (!base || !current) {
    console.error(
      `✖ no run recorded at a commit starting ${options.compare} in ${path.relative(repoRoot, historyFile)}`,
    )
    process.exit(1)
  }
  console.log(formatComparison(base, current, compareRuns(base, current)))
  process.exit(0)
}

/** The commit checked out, and whether tracked files differ from it. */
function currentCommit(): { commit: string; dirty: boolean } {
  try {
    const commit = execFileSync("git", ["rev-parse", "HEAD"], { cwd: repoRoot, encoding: "utf8" }).trim()
    const changes = execFileSync("git", ["status", "--porcelain", "--untracked-files=no"], {
      cwd: repoRoot,
      encoding: "utf8",
    })
    return { commit, dirty: changes.trim() !== "" }
  } catch {
    return { commit: "unknown", dirty: true }
  }
}

const readBudgets = (): Budgets => parseBudgets(JSON.parse(fs.readFileSync(budgetsFile, "utf8")))
// A malformed budgets file should fail in a second, not after the whole run.
let budgets = readBudgets()

for (const [what, port] of Object.entries(benchPorts)) {
  if (!(await isPortFree(port))) {
    console.error(`✖ port ${port} (${what} of the benchmark stack) is in use: is another benchmark running?`)
    process.exit(1)
  }
}

// Other work on the machine (a build, a test run) shifts every figure: each run records the load.
fs.mkdirSync(dataParent, { recursive: true })
// The state of the run in progress; each of `--runs` starts afresh.
let dataDir = ""
let storefrontOutDir = ""
let figures: Figures = {}
let failures: string[] = []
let stack: RunningStack | undefined
let keepDataDir = options.keep
let interrupted = false

/** A fresh, empty data folder for one run. */
function newDataDir(): void {
  dataDir = fs.mkdtempSync(path.join(dataParent, "run-"))
  // mkdtemp makes it private, but a root-run embedded PostgreSQL drops to the `postgres` user and must enter it.
  fs.chmodSync(dataDir, 0o755)
  storefrontOutDir = path.join(dataDir, "bench-storefront-dist")
}

const seconds = (begin: number) => round((performance.now() - begin) / 1000, 1)

function record(measured: Figures): void {
  for (const [name, figure] of Object.entries(measured)) {
    figures[name] = figure
    const flag = figure.errors ? `  (${figure.errors} errors)` : ""
    console.log(`  ${name} = ${figure.value} ${figure.unit}${flag}`)
  }
}

function fail(what: string, error: unknown): void {
  const message = error instanceof Error ? error.message : String(error)
  failures.push(`${what}: ${message.split("\n")[0]}`)
  console.error(`✖ ${what}: ${message}`)
  if (error instanceof StackStartError && error.outputTail) {
    console.error(`  last lines of the start script:\n${error.outputTail.replace(/^/gm, "  │ ")}`)
    // Its logs are the only account of what went wrong.
    keepDataDir = true
  }
}

async function stopStack(): Promise<void> {
  const running = stack
  stack = undefined
  if (!running) return
  const begin = performance.now()
  console.log("▶ stopping the stack…")
  await running.stop()
  console.log(`✔ stopping the stack (${seconds(begin)} s)`)
}

function removeDataDir(): void {
  if (!dataDir) return
  if (keepDataDir) console.log(`data folder kept: ${dataDir}`)
  else fs.rmSync(dataDir, { recursive: true, force: true })
}

async function interrupt(signal: string): Promise<void> {
  if (interrupted) return
  interrupted = true
  console.error(`\n${signal}: stopping the stack before exiting…`)
  for (const build of activeBuilds) build.kill("SIGTERM")
  // Not just `stack`: a stack still starting is not assigned yet.
  await stopAllStacks()
  console.error("✔ stopped")
  removeDataDir()
  process.exit(130)
}
process.on("SIGINT", () => void interrupt("SIGINT"))
process.on("SIGTERM", () => void interrupt("SIGTERM"))

async function timedStart(label: string, timeoutMs: number): Promise<RunningStack> {
  console.log(`▶ ${label}…`)
  const started = await startStack(dataDir, timeoutMs)
  stack = started
  console.log(`✔ ${label} (${round(started.readySeconds, 1)} s)`)
  return started
}

async function measureAll(): Promise<number | undefined> {
  if (options.cold) {
    fs.rmSync(backendBuildMarker, { force: true })
    console.log("  --cold: removed the backend build marker, so the first start rebuilds the backend")
  }
  const lockHeld = fs.existsSync(backendBuildLock)
  if (lockHeld) console.warn("! another start script holds the backend build lock: the first start waits for it")
  const first = await timedStart("first start (fresh data folder)", firstStartTimeoutMs)
  const builtBackend = first.output().includes("building the backend")
  const firstStartNotes = [
    builtBackend
      ? "cold: backend build, migrations, seed, admin user, storefront build"
      : "backend build reused (--cold includes it); migrations, seed, admin user, storefront build",
    lockHeld ? "includes a wait for another process's backend build" : undefined,
  ]
  record({
    first_start_s: {
      value: round(first.readySeconds, 1),
      unit: "s",
      note: firstStartNotes.filter(Boolean).join("; "),
    },
  })
  await stopStack()

  const later = await timedStart("later start (same data folder)", laterStartTimeoutMs)
  record({ later_start_s: { value: round(later.readySeconds, 1), unit: "s" } })

  const store = await loadStoreContext(`http://localhost:${benchPorts.backend}`, path.join(dataDir, "storefront.json"))
  console.log(
    `  catalogue: ${store.handles.length} products; ${store.variantIds.length} variants can be bought today (left out: ${describeLeftOut(store.leftOut)})`,
  )
  for (const measurement of measurements) {
    if (interrupted) break
    if (options.only && !options.only.test(measurement.title)) continue
    console.log(`▶ ${measurement.title}…`)
    const begin = performance.now()
    try {
      record(await measurement.measure({ options, stack: later, store, dataDir, storefrontOutDir }))
      console.log(`✔ ${measurement.title} (${seconds(begin)} s)`)
    } catch (error) {
      fail(measurement.title, error)
    }
  }
  return store.handles.length
}

/** One whole run: a fresh stack, every measurement, its results file and its history line. */
async function runOnce(): Promise<BenchResults> {
  newDataDir()
  figures = {}
  failures = []
  // The code measured is the code checked out when the run starts.
  const { commit, dirty } = currentCommit()
  const loadAtStart = round(os.loadavg()[0] ?? 0, 2)
  if (loadAtStart > os.cpus().length / 2) {
    console.warn(
      `! load average ${loadAtStart} on ${os.cpus().length} CPUs: the machine is busy, figures will be noisy`,
    )
  }
  let catalogueProducts: number | undefined
  try {
    catalogueProducts = await measureAll()
  } catch (error) {
    fail("benchmark run", error)
  } finally {
    await stopStack()
  }
  if (interrupted) await new Promise(() => {})
  removeDataDir()

  const recordedAt = new Date().toISOString()
  const results: BenchResults = {
    recorded_at: recordedAt,
    machine: machineDescription(),
    run: {
      cold: options.cold,
      requests: options.requests,
      warmup: options.warmup,
      throughput_s: options.durationSeconds,
      concurrency: options.concurrency,
      soak_minutes: options.soakMinutes,
      load_average_at_start: loadAtStart,
      load_average_at_end: round(os.loadavg()[0] ?? 0, 2),
      ...(catalogueProducts !== undefined && { catalogue_products: catalogueProducts }),
    },
    figures,
    failures,
  }
  fs.mkdirSync(resultsDir, { recursive: true })
  const resultsJson = `${JSON.stringify(results, null, 2)}\n`
  fs.writeFileSync(path.join(resultsDir, "latest.json"), resultsJson)
  fs.writeFileSync(path.join(resultsDir, `${timestampForFileName(recordedAt)}.json`), resultsJson)
  if (Object.keys(figures).length) {
    fs.appendFileSync(historyFile, historyLine(historyEntry(results, commit, dirty)))
  }
  return results
}

const runs: BenchResults[] = []
for (let index = 1; index <= options.runs; index++) {
  if (options.runs > 1) console.log(`\n━━ run ${index} of ${options.runs} ━━`)
  runs.push(await runOnce())
}
const lastRun = runs.at(-1) as BenchResults
// Several runs are judged on their medians, as the recorded budgets are set.
const judged = runs.length > 1 ? medianFigures(runs.map((run) => run.figures)) : lastRun.figures

if (options.record) {
  const recorded = recordBaselineBudgets(judged, budgets, recordedHeadroom)
  const changed = Object.keys(recorded).filter(
    (name) => JSON.stringify(recorded[name]) !== JSON.stringify(budgets[name]),
  )
  budgets = recorded
  fs.writeFileSync(budgetsFile, serializeBudgets(budgets))
  console.log(
    `\nrecorded baseline budgets in budgets.json from ${runs.length === 1 ? "one run (use --runs 3 or more)" : `the medians of ${runs.length} runs`}: ${changed.join(", ") || "none changed"}`,
  )
}

// A partial run (--only) is judged on what it measured: the other budgets are not missing, only not asked for.
const judgedBudgets = options.only
  ? Object.fromEntries(Object.entries(budgets).filter(([name]) => name in judged))
  : budgets
const rows = compareWithBudgets(judged, judgedBudgets)
// With nothing measured (the stack did not start) the table would only list every budget as missing.
if (Object.keys(judged).length) {
  if (runs.length > 1) console.log(`\nmedians of ${runs.length} runs:`)
  console.log(`\n${formatBudgetTable(rows)}`)
}
console.log(`\nresults: ${path.relative(repoRoot, path.join(resultsDir, "latest.json"))}`)
console.log(`history: ${path.relative(repoRoot, historyFile)} (npm run bench -- --compare <commit>)`)
const allFailures = runs.flatMap((run) => run.failures)
for (const failure of allFailures) console.log(`failed step: ${failure}`)
const failingLines = summarizeFailingRows(rows)
for (const line of failingLines) console.log(line)
if (!failingLines.length && !allFailures.length) console.log("every figure is within its budget")
process.exit(failingLines.length || allFailures.length ? 1 : 0)
