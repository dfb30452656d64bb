import fs from "node:fs"

/** One process as read from /proc; `startTime` (clock ticks after boot) tells it apart from a later one with its pid. */
export type ProcessInfo = { pid: number; parentPid: number; startTime: number; argv: string[]; rssKb: number }

/** The fields of /proc/<pid>/stat a process tree needs (its command name may itself hold spaces and parentheses). */
export function parseStat(statText: string): { state: string; parentPid: number; startTime: number } {
  // Fields after the name, from field 3 (state) on: field n is at index n - 3.
  const fields = statText.slice(statText.lastIndexOf(")") + 2).split(" ")
  const parentPid = Number(fields[1])
  const startTime = Number(fields[19])
  if (!Number.isInteger(parentPid) || !Number.isInteger(startTime)) {
    throw new Error(`unexpected /proc stat line: ${statText.slice(0, 80)}`)
  }
  return { state: fields[0] ?? "", parentPid, startTime }
}

/** Resident memory in kB from the text of /proc/<pid>/status; 0 for kernel threads and zombies, which have none. */
export function parseVmRssKb(statusText: string): number {
  const match = /^VmRSS:\s+(\d+)\s+kB/m.exec(statusText)
  return match ? Number(match[1]) : 0
}

/** Every process below `rootPid` in the tree, children before grandchildren. */
export function descendantsOf(rootPid: number, processes: readonly ProcessInfo[]): ProcessInfo[] {
  const found: ProcessInfo[] = []
  const frontier = [rootPid]
  for (let parent = frontier.shift(); parent !== undefined; parent = frontier.shift()) {
    for (const child of processes) {
      if (child.parentPid === parent && !found.includes(child)) {
        found.push(child)
        frontier.push(child.pid)
      }
    }
  }
  return found
}

/** True for the `medusa start` process, however it was launched (`node …/.bin/medusa start` or the bin itself). */
export function isMedusaStart(argv: readonly string[]): boolean {
  const binIndex = argv.findIndex((arg) => /(^|\/)medusa(\.js)?$/.test(arg) || /@medusajs\/cli\/cli\.js$/.test(arg))
  return binIndex >= 0 && argv[binIndex + 1] === "start"
}

/** The first `medusa start` process below `rootPid`: the backend a start script runs. */
export function backendProcess(rootPid: number, processes: readonly ProcessInfo[]): ProcessInfo | undefined {
  return descendantsOf(rootPid, processes).find((p) => isMedusaStart(p.argv))
}

/**
 * The resident memory of the backend, in kB: the first `medusa start` process below `rootPid`
 * plus its own descendants (workers, if Medusa forks any). Undefined when no such process runs.
 */
export function backendRssKb(rootPid: number, processes: readonly ProcessInfo[]): number | undefined {
  const backend = backendProcess(rootPid, processes)
  if (!backend) return undefined
  return [backend, ...descendantsOf(backend.pid, processes)].reduce((sum, p) => sum + p.rssKb, 0)
}

/** A snapshot of every process of this machine (Linux only); processes that end while it is read are skipped. */
export function readProcessTable(): ProcessInfo[] {
  const processes: ProcessInfo[] = []
  for (const entry of fs.readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue
    try {
      const { parentPid, startTime } = parseStat(fs.readFileSync(`/proc/${entry}/stat`, "utf8"))
      const status = fs.readFileSync(`/proc/${entry}/status`, "utf8")
      const argv = fs.readFileSync(`/proc/${entry}/cmdline`, "utf8").split("\0").filter(Boolean)
      processes.push({ pid: Number(entry), parentPid, startTime, argv, rssKb: parseVmRssKb(status) })
    } catch {
      // the process ended between listing and reading
    }
  }
  return processes
}

/** True while `process` still runs: same pid and start time (not a later process given its pid), not a zombie. */
export function isStillRunning(target: Pick<ProcessInfo, "pid" | "startTime">): boolean {
  try {
    const stat = parseStat(fs.readFileSync(`/proc/${target.pid}/stat`, "utf8"))
    return stat.startTime === target.startTime && stat.state !== "Z"
  } catch {
    return false
  }
}

/** The variables of a `/proc/<pid>/environ` text (NUL-separated `NAME=value` entries). */
export function parseEnviron(environText: string): Record<string, string> {
  const variables: Record<string, string> = {}
  for (const entry of environText.split("\0")) {
    const equals = entry.indexOf("=")
    if (equals > 0) variables[entry.slice(0, equals)] = entry.slice(equals + 1)
  }
  return variables
}

/** The environment a running process was started with (Linux only; readable for our own processes). */
export function readProcessEnvironment(pid: number): Record<string, string> {
  return parseEnviron(fs.readFileSync(`/proc/${pid}/environ`, "utf8"))
}

/** The boot time, in seconds since the epoch, from the text of /proc/stat (its `btime` line). */
export function parseBootTimeSeconds(procStatText: string): number {
  const match = /^btime\s+(\d+)$/m.exec(procStatText)
  if (!match) throw new Error("no btime line in /proc/stat")
  return Number(match[1])
}

/**
 * When a process started, in epoch milliseconds, from its start time in clock ticks after boot
 * (`ProcessInfo.startTime`); Linux counts 100 ticks a second on every platform Node runs on.
 */
export function processStartedAtMs(startTimeTicks: number, bootTimeSeconds: number, ticksPerSecond = 100): number {
  return (bootTimeSeconds + startTimeTicks / ticksPerSecond) * 1000
}

/** When a running process started, in epoch milliseconds (Linux only). */
export function readProcessStartedAtMs(process: Pick<ProcessInfo, "startTime">): number {
  return processStartedAtMs(process.startTime, parseBootTimeSeconds(fs.readFileSync("/proc/stat", "utf8")))
}
