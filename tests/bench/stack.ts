import { type ChildProcess, spawn } from "node:child_process"
import fs from "node:fs"
import path from "node:path"
import { repoRoot } from "../../scripts/lib/config"
import { OutputTail } from "./output-tail"
import { descendantsOf, isStillRunning, type ProcessInfo, readProcessTable } from "./processes"

const portFromEnv = (name: string, fallback: number): number => {
  const raw = process.env[name]
  if (!raw) return fallback
  const port = Number(raw)
  if (!Number.isInteger(port) || port < 1 || port > 65535) throw new Error(`${name} must be a port number, got ${raw}`)
  return port
}

/**
 * Ports of the benchmark's own stack, apart from `npm start`'s defaults so both can run at once
 * (`OVOP_BENCH_BACKEND_PORT`, `OVOP_BENCH_STOREFRONT_PORT`, `OVOP_BENCH_PG_PORT` move them, for two
 * checkouts benchmarking on one machine); `rulesOffBackend` is the second backend of the cart
 * rules measurement, the backend's port plus one unless `OVOP_BENCH_RULES_OFF_PORT` says otherwise.
 */
export const benchPorts = (() => {
  const backend = portFromEnv("OVOP_BENCH_BACKEND_PORT", 9100)
  return {
    backend,
    storefront: portFromEnv("OVOP_BENCH_STOREFRONT_PORT", 4421),
    postgres: portFromEnv("OVOP_BENCH_PG_PORT", 5533),
    rulesOffBackend: portFromEnv("OVOP_BENCH_RULES_OFF_PORT", backend + 1),
  } as const
})()

/** The line `scripts/start.ts` prints once the backend answers and the storefront is served. */
const readyLine = "The OVOP store is running"

const tsxBin = path.join(repoRoot, "node_modules", ".bin", "tsx")

/** A start that failed, with the stack's last output lines to explain why. */
export class StackStartError extends Error {
  constructor(
    message: string,
    readonly outputTail: string,
  ) {
    super(message)
  }
}

/** A stack started by `scripts/start.ts` that answered. */
export type RunningStack = {
  /** Pid of the start script (the tsx launcher), the root of the stack's process tree. */
  pid: number
  /** Seconds from spawning the start script to its ready line. */
  readySeconds: number
  /** Everything the start script printed so far. */
  output: () => string
  /** Stops the stack with SIGTERM and waits for it, killing whatever outlives the start script. */
  stop: () => Promise<void>
}

/** The environment `scripts/start.ts` runs with: the embedded default in `dataDir`, on the benchmark ports. */
export function stackEnvironment(dataDir: string): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    OVOP_DATA_DIR: dataDir,
    PORT: String(benchPorts.backend),
    STOREFRONT_PORT: String(benchPorts.storefront),
    OVOP_PG_PORT: String(benchPorts.postgres),
    MEDUSA_DISABLE_TELEMETRY: "true",
  }
  // An external database would make the figures depend on another server and spoil its data.
  delete env.DATABASE_URL
  return env
}

const exited = (child: ChildProcess): Promise<void> =>
  child.exitCode !== null || child.signalCode !== null
    ? Promise.resolve()
    : new Promise((resolve) => child.once("exit", () => resolve()))

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/** Stops of the stacks started and not yet stopped, so an interrupted benchmark can end even one still starting. */
const runningStops = new Set<() => Promise<void>>()

/** Adds `stop` to what `stopAllStacks` ends (a server a measurement started); returns its removal. */
export function trackStop(stop: () => Promise<void>): () => void {
  runningStops.add(stop)
  return () => runningStops.delete(stop)
}

/** Stops every stack this process started, in parallel. */
export async function stopAllStacks(): Promise<void> {
  await Promise.all([...runningStops].map((stop) => stop()))
}

const signal = (pid: number, name: NodeJS.Signals) => {
  try {
    process.kill(pid, name)
  } catch {
    // it ended in between
  }
}

/**
 * Ends what outlived the start script: first a grace period, since helpers such as esbuild's
 * service process only notice their parent is gone a moment later, then SIGTERM, then SIGKILL.
 * Returns the command lines of the processes it had to signal.
 */
async function killLeftovers(seen: readonly ProcessInfo[]): Promise<string[]> {
  const alive = () => seen.filter(isStillRunning)
  for (let waited = 0; alive().length && waited < 3_000; waited += 100) await sleep(100)
  const leftovers = alive().map((p) => `${p.pid} ${p.argv.join(" ").slice(0, 100)}`)
  for (const p of alive()) signal(p.pid, "SIGTERM")
  for (let waited = 0; alive().length && waited < 10_000; waited += 200) await sleep(200)
  for (const p of alive()) signal(p.pid, "SIGKILL")
  return leftovers
}

/**
 * Spawns `scripts/start.ts` in its own process group (so a Ctrl-C reaches the benchmark, which
 * then stops the stack in order) and waits for its ready line or for the storefront to answer.
 * Its console output goes to `<dataDir>/bench-stack.log` as well.
 */
export async function startStack(dataDir: string, timeoutMs: number): Promise<RunningStack> {
  const begin = performance.now()
  const log = fs.createWriteStream(path.join(dataDir, "bench-stack.log"), { flags: "a" })
  const tail = new OutputTail(40)
  let output = ""
  const child = spawn(tsxBin, ["scripts/start.ts"], {
    cwd: repoRoot,
    env: stackEnvironment(dataDir),
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
  })
  const pid = child.pid
  if (pid === undefined) throw new StackStartError("could not spawn scripts/start.ts", "")

  let ready = false
  let readyAt = 0
  const onOutput = (chunk: Buffer) => {
    const text = chunk.toString()
    output += text
    tail.push(text)
    log.write(text)
    if (!ready && output.includes(readyLine)) {
      ready = true
      readyAt = performance.now()
    }
  }
  child.stdout?.on("data", onOutput)
  child.stderr?.on("data", onOutput)

  // Processes seen below the start script: PostgreSQL is re-parented to init if the script dies first.
  const seen = new Map<string, ProcessInfo>()
  const rememberTree = () => {
    for (const p of descendantsOf(pid, readProcessTable())) seen.set(`${p.pid}@${p.startTime}`, p)
  }

  let stopped: Promise<void> | undefined
  const stop = (): Promise<void> => {
    stopped ??= (async () => {
      if (child.exitCode === null && child.signalCode === null) {
        rememberTree()
        child.kill("SIGTERM")
        await Promise.race([exited(child), sleep(60_000)])
        if (child.exitCode === null && child.signalCode === null) {
          console.error("  the stack did not stop within 60 s: killing its process group")
          signal(-pid, "SIGKILL")
          await exited(child)
        }
      }
      const leftovers = await killLeftovers([...seen.values()])
      if (leftovers.length) console.error(`  killed processes the stack left behind:\n    ${leftovers.join("\n    ")}`)
      await new Promise((resolve) => log.end(resolve))
      runningStops.delete(stop)
    })()
    return stopped
  }
  runningStops.add(stop)

  const storefrontUrl = `http://localhost:${benchPorts.storefront}/`
  const deadline = begin + timeoutMs
  let nextTreeSnapshot = 0
  while (!ready) {
    // Often enough to know every process the start script spawns, rarely enough not to slow it.
    if (performance.now() > nextTreeSnapshot) {
      rememberTree()
      nextTreeSnapshot = performance.now() + 2_000
    }
    if (child.exitCode !== null || child.signalCode !== null) {
      await stop()
      throw new StackStartError(
        `the start script exited (${child.exitCode ?? child.signalCode}) before it was ready`,
        tail.text(),
      )
    }
    if (performance.now() > deadline) {
      await stop()
      throw new StackStartError(`the stack was not ready within ${timeoutMs / 1000} s`, tail.text())
    }
    // The storefront is served last, so its answer means ready even if the ready line changes wording.
    const polledAt = performance.now()
    if (await answers(storefrontUrl)) {
      ready = true
      readyAt = polledAt
    } else await sleep(100)
  }
  rememberTree()
  return { pid, readySeconds: (readyAt - begin) / 1000, output: () => output, stop }
}

async function answers(url: string): Promise<boolean> {
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(1000) })
    await response.arrayBuffer()
    return response.ok
  } catch {
    return false
  }
}
