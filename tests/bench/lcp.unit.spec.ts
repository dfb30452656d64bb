import { describe, expect, it } from "vitest"
import { cpuSlowdownFor, thirdPartyOriginsBefore } from "./lcp"

describe("thirdPartyOriginsBefore", () => {
  const firstParty = ["http://localhost:4421", "http://localhost:9100"]
  const resources = [
    { url: "http://localhost:4421/_astro/global.css", startMs: 400 },
    { url: "https://fonts.example/inter.woff2", startMs: 450 },
    { url: "http://localhost:9100/store/products?handle=jam", startMs: 900 },
    { url: "https://fonts.example/inter-bold.woff2", startMs: 460 },
    { url: "https://analytics.example/collect", startMs: 2400 },
  ]

  it("lists each other origin requested up to the LCP once", () => {
    expect(thirdPartyOriginsBefore(resources, 1200, firstParty)).toEqual(["https://fonts.example"])
  })

  it("ignores what starts after the LCP and first-party requests", () => {
    expect(thirdPartyOriginsBefore(resources, 420, firstParty)).toEqual([])
  })
})

describe("cpuSlowdownFor", () => {
  it("slows the host down to the mid-tier phone, at most 4x and never below 1x", () => {
    expect(cpuSlowdownFor(1800)).toBe(4)
    expect(cpuSlowdownFor(3600)).toBe(4)
    expect(cpuSlowdownFor(1100)).toBe(2.4)
    expect(cpuSlowdownFor(450)).toBe(1)
    expect(cpuSlowdownFor(200)).toBe(1)
  })

  it("takes a fixed slowdown from the environment, and the constant when the host could not be measured", () => {
    expect(cpuSlowdownFor(1100, { OVOP_BENCH_CPU_SLOWDOWN: "4" })).toBe(4)
    expect(cpuSlowdownFor(1100, { OVOP_BENCH_CPU_SLOWDOWN: "fast" })).toBe(2.4)
    expect(cpuSlowdownFor(Number.NaN)).toBe(4)
  })
})
