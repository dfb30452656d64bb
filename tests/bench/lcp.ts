import { type Browser, chromium, devices } from "@playwright/test"
import type { Figure } from "./figures"
import { median, round } from "./stats"

/**
 * The throttled connection and phone CPU the product page LCP (issue 5) is measured on: Lighthouse's
 * mobile profile, slow 4G and at most a 4x slower CPU (see `cpuSlowdownFor`).
 */
export const slow4g = { latencyMs: 150, downloadKbitPerSecond: 1600, uploadKbitPerSecond: 750, cpuSlowdown: 4 } as const

/**
 * The phone the CPU slowdown emulates, as a Lighthouse BenchmarkIndex. Lighthouse's constant 4x
 * turns a high-end desktop (index 1500-2000) into a mid-tier phone: about 450. Its documentation
 * ("Calibrating the CPU slowdown", docs/throttling.md) says to lower the multiplier on a weaker
 * host, or the page is measured on a slower phone than meant. A quiet 2-core machine here scores
 * about 2,200 (a high-end desktop): 4x.
 */
export const MID_TIER_PHONE_INDEX = 450

/**
 * The CPU slowdown that makes a host of `hostIndex` run like the mid-tier phone: host ÷ target,
 * to one decimal, never below 1 (a host slower than the phone is not sped up) nor above 4
 * (Lighthouse's constant). `OVOP_BENCH_CPU_SLOWDOWN` fixes it instead (4 for the plain profile).
 */
export function cpuSlowdownFor(hostIndex: number, env: NodeJS.ProcessEnv = process.env): number {
  const fixed = Number(env.OVOP_BENCH_CPU_SLOWDOWN)
  if (env.OVOP_BENCH_CPU_SLOWDOWN && Number.isFinite(fixed) && fixed >= 1) return fixed
  if (!Number.isFinite(hostIndex) || hostIndex <= 0) return slow4g.cpuSlowdown
  return Math.min(slow4g.cpuSlowdown, Math.max(1, Math.round((hostIndex / MID_TIER_PHONE_INDEX) * 10) / 10))
}

// Lighthouse's BenchmarkIndex (core/lib/page-functions.js, Apache-2.0), the measure its throttling
// table is written in: string building (garbage collection) and array copying, each for 500 ms,
// iterations per second ÷ 10, averaged. Run in the page as a string, like the LCP reader below.
const benchmarkIndexScript = `(() => {
  const gc = () => {
    const start = Date.now()
    let iterations = 0
    while (Date.now() - start < 500) {
      let s = ""
      for (let j = 0; j < 10000; j++) s += "a"
      if (s.length === 1) throw new Error("never")
      iterations++
    }
    return Math.round(iterations / 10 / ((Date.now() - start) / 1000))
  }
  const noGc = () => {
    const a = []
    const b = []
    for (let i = 0; i < 100000; i++) a[i] = b[i] = i
    const start = Date.now()
    let iterations = 0
    while (iterations % 10 !== 0 || Date.now() - start < 500) {
      const from = iterations % 2 === 0 ? a : b
      const to = iterations % 2 === 0 ? b : a
      for (let j = 0; j < from.length; j++) to[j] = from[j]
      iterations++
    }
    return Math.round(iterations / 10 / ((Date.now() - start) / 1000))
  }
  return (gc() + noGc()) / 2
})()`

/** This host's BenchmarkIndex in `browser`, unthrottled: the median of three runs. */
async function hostBenchmarkIndex(browser: Browser): Promise<number> {
  const context = await browser.newContext()
  try {
    const page = await context.newPage()
    const runs: number[] = []
    for (let run = 0; run < 3; run++) runs.push(Number(await page.evaluate(benchmarkIndexScript)))
    return median(runs)
  } finally {
    await context.close()
  }
}

/** Debian's Chromium, as in the end-to-end tests (never a downloaded browser). */
const chromiumPath = process.env.CHROMIUM_PATH || "/usr/bin/chromium"
const phone = devices["Pixel 7"]

/** A request the page made, with when it started (ms after navigation start, the clock LCP uses). */
export type ResourceStart = { url: string; startMs: number }

/** The origins of the requests started before `lcpMs` that are none of `firstPartyOrigins`, each once. */
export function thirdPartyOriginsBefore(
  resources: readonly ResourceStart[],
  lcpMs: number,
  firstPartyOrigins: readonly string[],
): string[] {
  const origins: string[] = []
  for (const resource of resources) {
    if (resource.startMs > lcpMs) continue
    const origin = new URL(resource.url).origin
    if (!firstPartyOrigins.includes(origin) && !origins.includes(origin)) origins.push(origin)
  }
  return origins
}

/** One cold load: its LCP, the element behind it and the requests the page made. */
type LcpLoad = { lcpMs: number; element: string; resources: ResourceStart[] }

// Runs in the page, as a string so no helper of the TypeScript loader leaks into it. The observer,
// buffered, reports the LCP candidates painted so far; the last one is the page's LCP.
const readLcpScript = `new Promise((resolve) => {
  new PerformanceObserver((list) => {
    const entries = list.getEntries()
    const last = entries[entries.length - 1]
    const element = last.element
    resolve({
      lcpMs: last.startTime,
      element: element
        ? element.tagName.toLowerCase() + (element.currentSrc ? " " + new URL(element.currentSrc).pathname : "")
        : last.url || "(removed element)",
      resources: performance
        .getEntriesByType("resource")
        .map((entry) => ({ url: entry.name, startMs: entry.startTime })),
    })
  }).observe({ type: "largest-contentful-paint", buffered: true })
  setTimeout(() => resolve(null), 15000)
})`

async function loadOnce(
  browser: Browser,
  url: string,
  cpuSlowdown: number,
): Promise<LcpLoad & { requested: string[] }> {
  // A fresh context per load: an empty cache, as on a first visit.
  const context = await browser.newContext({ ...phone })
  try {
    const page = await context.newPage()
    const requested: string[] = []
    page.on("request", (request) => requested.push(request.url()))
    const cdp = await context.newCDPSession(page)
    await cdp.send("Network.enable")
    await cdp.send("Network.emulateNetworkConditions", {
      offline: false,
      latency: slow4g.latencyMs,
      downloadThroughput: (slow4g.downloadKbitPerSecond * 1000) / 8,
      uploadThroughput: (slow4g.uploadKbitPerSecond * 1000) / 8,
    })
    await cdp.send("Emulation.setCPUThrottlingRate", { rate: cpuSlowdown })
    const response = await page.goto(url, { waitUntil: "load", timeout: 120_000 })
    if (!response?.ok()) throw new Error(`${url} answered ${response?.status() ?? "nothing"}`)
    const load = (await page.evaluate(readLcpScript)) as LcpLoad | null
    if (!load) throw new Error(`no largest-contentful-paint entry for ${url}`)
    return { ...load, requested }
  } finally {
    await context.close()
  }
}

/**
 * The median LCP of `loads` cold loads of `url` in Chromium with a phone viewport, slow 4G and the
 * CPU slowed to the mid-tier phone's speed (`cpuSlowdownFor` the host, measured first). Throws when a request to an origin other than `firstPartyOrigins` started before
 * the LCP (a font or script host in the way of the first paint).
 */
export async function measureLcp(url: string, firstPartyOrigins: readonly string[], loads = 3): Promise<Figure> {
  const browser = await chromium.launch({
    executablePath: chromiumPath,
    headless: true,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  })
  const samples: (LcpLoad & { requested: string[] })[] = []
  let hostIndex = 0
  let cpuSlowdown: number = slow4g.cpuSlowdown
  try {
    hostIndex = await hostBenchmarkIndex(browser)
    cpuSlowdown = cpuSlowdownFor(hostIndex)
    for (let index = 0; index < loads; index++) samples.push(await loadOnce(browser, url, cpuSlowdown))
  } finally {
    await browser.close()
  }
  for (const sample of samples) {
    const thirdParty = thirdPartyOriginsBefore(sample.resources, sample.lcpMs, firstPartyOrigins)
    if (thirdParty.length)
      throw new Error(`requests to ${thirdParty.join(", ")} started before the LCP (${round(sample.lcpMs, 0)} ms)`)
  }
  const origins = [...new Set(samples.flatMap((s) => s.requested.map((request) => new URL(request).origin)))]
  const elements = [...new Set(samples.map((s) => s.element))]
  const { pathname } = new URL(url)
  return {
    value: round(median(samples.map((s) => s.lcpMs)), 0),
    unit: "ms",
    note: [
      `median of ${loads} cold loads of ${pathname} (${samples.map((s) => round(s.lcpMs, 0)).join(", ")} ms)`,
      `${phone?.viewport.width}x${phone?.viewport.height} phone, ${slow4g.latencyMs} ms / ${slow4g.downloadKbitPerSecond / 1000} Mbit/s down / ${slow4g.uploadKbitPerSecond} kbit/s up, CPU ${cpuSlowdown}x slower (host BenchmarkIndex ${round(hostIndex, 0)}, the phone's ${MID_TIER_PHONE_INDEX})`,
      `LCP element: ${elements.join(" | ")}`,
      `no third-party request before LCP; origins requested: ${origins.join(", ")}`,
    ].join("; "),
  }
}
