import fs from "node:fs"
import os from "node:os"
import path from "node:path"
import { measureCartRules } from "./cart-rules"
import type { Figures } from "./figures"
import { runLatency, runThroughput, type ScenarioClient } from "./http-load"
import { measureLcp } from "./lcp"
import type { BenchOptions } from "./options"
import { backendRssKb, descendantsOf, readProcessTable } from "./processes"
import { type HttpScenario, httpScenarios, type StoreContext } from "./scenarios"
import { benchPorts, type RunningStack } from "./stack"
import { percentile, round, summarizeLatencies } from "./stats"
import { astroCacheDirs, buildStorefront, heaviestProductPage, homePageWeight, productPageWeight } from "./storefront"
import { measureSuggestions } from "./suggestions"

/** What a measurement can use: the flags, the running stack (started twice already) and the store behind it. */
export type RunContext = {
  options: BenchOptions
  stack: RunningStack
  store: StoreContext
  dataDir: string
  /** Output folder of the benchmark's own storefront builds (not the one the start script serves). */
  storefrontOutDir: string
}

/** One step of the benchmark against the running stack; it returns the figures it measured. */
export type Measurement = { title: string; measure: (run: RunContext) => Promise<Figures> }

/** Latency percentiles (sequential, after a warm-up) and throughput (concurrent) of one HTTP scenario. */
export function httpMeasurement(scenario: HttpScenario): Measurement {
  return {
    title: scenario.name,
    measure: async ({ options, store }) => {
      const latency = await runLatency(scenario.newClient(store), options.warmup, options.requests)
      const throughput = await runThroughput(
        () => scenario.newClient(store),
        options.concurrency,
        options.durationSeconds * 1000,
      )
      const withScenarioNote = (note: string) => (scenario.note ? `${note}; ${scenario.note}` : note)
      const latencyNote = withScenarioNote(
        latency.firstError ? `first error: ${latency.firstError}` : `${latency.samplesMs.length} sequential requests`,
      )
      const figures: Figures = {}
      if (latency.samplesMs.length) {
        const summary = summarizeLatencies(latency.samplesMs)
        for (const [percentileName, value] of [
          ["p50", summary.p50],
          ["p95", summary.p95],
        ] as const) {
          figures[`${scenario.name}_${percentileName}_ms`] = {
            value: round(value, 1),
            unit: "ms",
            note: latencyNote,
            ...(latency.errors && { errors: latency.errors }),
          }
        }
      }
      figures[`${scenario.name}_rps`] = {
        value: round(throughput.requestsPerSecond, 1),
        unit: "req/s",
        note: withScenarioNote(
          throughput.firstError
            ? `first error: ${throughput.firstError}`
            : `${throughput.requests} requests, ${options.concurrency} concurrent clients, ${options.durationSeconds} s`,
        ),
        ...(throughput.errors && { errors: throughput.errors }),
      }
      if (scenario.concurrentP95 && throughput.samplesMs.length) {
        figures[`${scenario.name}_concurrent_p95_ms`] = {
          value: round(percentile(throughput.samplesMs, 95), 1),
          unit: "ms",
          note: withScenarioNote(
            `p95 of the ${throughput.samplesMs.length} requests of ${options.concurrency} concurrent clients over ${options.durationSeconds} s`,
          ),
          ...(throughput.errors && { errors: throughput.errors }),
        }
      }
      return figures
    },
  }
}

const backendMemory: Measurement = {
  title: "backend resident memory",
  measure: async ({ stack }) => {
    const processes = readProcessTable()
    const backendKb = backendRssKb(stack.pid, processes)
    if (backendKb === undefined) throw new Error("no `medusa start` process under the start script")
    const stackKb = descendantsOf(stack.pid, processes).reduce((sum, p) => sum + p.rssKb, 0)
    return {
      backend_rss_mb: {
        value: round(backendKb / 1024, 1),
        unit: "MB",
        note: `after the HTTP load; whole stack with PostgreSQL ${round(stackKb / 1024, 0)} MB (shared memory counted per process)`,
      },
    }
  },
}

/** A client that sends each scenario's request in turn: the mixed load of the soak. */
function mixedClient(store: StoreContext): ScenarioClient {
  const clients = httpScenarios.map((scenario) => scenario.newClient(store))
  let index = 0
  let current = clients[0] as ScenarioClient
  return {
    prepare: async () => {
      current = clients[index++ % clients.length] as ScenarioClient
      await current.prepare?.()
    },
    send: () => current.send(),
  }
}

const backendRssMb = (stack: RunningStack): number => {
  const backendKb = backendRssKb(stack.pid, readProcessTable())
  if (backendKb === undefined) throw new Error("no `medusa start` process under the start script")
  return round(backendKb / 1024, 1)
}

/**
 * The backend's resident memory after `--soak-minutes` of mixed load (every HTTP scenario in turn,
 * from the concurrent clients), and how much it grew over the soak: a leak shows as growth.
 */
const soakMemory: Measurement = {
  title: "backend memory after mixed load",
  measure: async ({ options, stack, store }) => {
    const before = backendRssMb(stack)
    const durationMs = options.soakMinutes * 60_000
    const run = await runThroughput(() => mixedClient(store), options.concurrency, durationMs)
    const after = backendRssMb(stack)
    const how = `${options.soakMinutes} min of mixed load (${httpScenarios.length} scenarios in turn), ${options.concurrency} concurrent clients, ${run.requests} requests`
    return {
      backend_rss_after_soak_mb: {
        value: after,
        unit: "MB",
        note: run.firstError ? `${how}; first error: ${run.firstError}` : how,
        ...(run.errors && { errors: run.errors }),
      },
      backend_rss_soak_growth_mb: {
        value: round(after - before, 1),
        unit: "MB",
        note: `from ${before} MB before the soak`,
      },
    }
  },
}

const storefrontBuilds: Measurement = {
  title: "storefront build (cold, then warm)",
  measure: async ({ dataDir, storefrontOutDir }) => {
    for (const dir of [...astroCacheDirs, storefrontOutDir]) fs.rmSync(dir, { recursive: true, force: true })
    const logs = path.join(dataDir, "logs")
    const cold = await buildStorefront(dataDir, storefrontOutDir, path.join(logs, "bench-storefront-cold.log"))
    const warm = await buildStorefront(dataDir, storefrontOutDir, path.join(logs, "bench-storefront-warm.log"))
    return {
      storefront_build_cold_s: { value: round(cold, 1), unit: "s", note: "Astro caches and output removed first" },
      storefront_build_warm_s: { value: round(warm, 1), unit: "s", note: "Astro caches kept from the cold build" },
    }
  },
}

const homePage: Measurement = {
  title: "home page weight",
  measure: async ({ storefrontOutDir }) => homePageWeight(storefrontOutDir),
}

const productPage: Measurement = {
  title: "product page weight",
  measure: async ({ storefrontOutDir }) => productPageWeight(storefrontOutDir),
}

const productPageLcp: Measurement = {
  title: "product page LCP (phone, slow 4G, Chromium)",
  measure: async ({ dataDir }) => {
    // The pages the stack's storefront server serves (the start script's build in the data folder).
    const pagePath = heaviestProductPage(path.join(dataDir, "storefront-dist"))
    const storefront = `http://localhost:${benchPorts.storefront}`
    // The store API is ours too: the page's islands call it.
    const firstParty = [storefront, `http://localhost:${benchPorts.backend}`]
    return { product_page_lcp_ms: await measureLcp(`${storefront}${pagePath}`, firstParty) }
  },
}

const searchSuggestions: Measurement = {
  title: "search suggestions, keystroke to paint (Chromium)",
  measure: async ({ store }) =>
    measureSuggestions(`http://localhost:${benchPorts.storefront}/en/search/`, store.searchTerms.slice(0, 8)),
}

const cartRules: Measurement = {
  title: "add to cart with and without the cart rules",
  measure: measureCartRules,
}

/**
 * Everything measured against the running stack, in order; memory comes after the HTTP load on
 * purpose, then again after the soak, and the cart rules comparison last, since it runs a second backend beside the stack.
 */
export const measurements: Measurement[] = [
  ...httpScenarios.map(httpMeasurement),
  backendMemory,
  soakMemory,
  storefrontBuilds,
  homePage,
  productPage,
  productPageLcp,
  searchSuggestions,
  cartRules,
]

/** The machine the figures were taken on, for comparing runs. */
export function machineDescription(): { cpus: number; node: string } {
  return { cpus: os.cpus().length, node: process.version }
}
