import { type Browser, chromium, devices } from "@playwright/test"
import type { Figure } from "./figures"
import { median, round } from "./stats"

/** The throttled connection and phone CPU the product page LCP (issue 5) is measured on. */
export const slow4g = { latencyMs: 150, downloadKbitPerSecond: 1600, uploadKbitPerSecond: 750, cpuSlowdown: 4 } as const

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

async function loadOnce(browser: Browser, url: string): Promise<LcpLoad & { requested: string[] }> {
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
    await cdp.send("Emulation.setCPUThrottlingRate", { rate: slow4g.cpuSlowdown })
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
 * The median LCP of `loads` cold loads of `url` in Chromium with a phone viewport, slow 4G and a
 * 4x slower CPU. Throws when a request to an origin other than `firstPartyOrigins` started before
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
  try {
    for (let index = 0; index < loads; index++) samples.push(await loadOnce(browser, url))
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
      `${phone?.viewport.width}x${phone?.viewport.height} phone, ${slow4g.latencyMs} ms / ${slow4g.downloadKbitPerSecond / 1000} Mbit/s down / ${slow4g.uploadKbitPerSecond} kbit/s up, CPU ${slow4g.cpuSlowdown}x slower`,
      `LCP element: ${elements.join(" | ")}`,
      `no third-party request before LCP; origins requested: ${origins.join(", ")}`,
    ].join("; "),
  }
}
