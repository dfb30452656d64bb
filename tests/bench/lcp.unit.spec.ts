import { describe, expect, it } from "vitest"
import { thirdPartyOriginsBefore } from "./lcp"

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
