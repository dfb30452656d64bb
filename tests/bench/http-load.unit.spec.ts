import { describe, expect, it } from "vitest"
import { runLatency, runThroughput, type ScenarioClient } from "./http-load"

const answering = (statuses: number[]): ScenarioClient => {
  let index = 0
  return { send: async () => new Response("body", { status: statuses[index++ % statuses.length] }) }
}

describe("runLatency", () => {
  it("measures every request after the warm-up", async () => {
    let sent = 0
    const client: ScenarioClient = {
      send: async () => {
        sent++
        return new Response("{}")
      },
    }
    const run = await runLatency(client, 3, 10)
    expect(sent).toBe(13)
    expect(run.samplesMs).toHaveLength(10)
    expect(run.errors).toBe(0)
  })

  it("counts non-2xx answers and thrown requests as errors, keeping the first reason", async () => {
    const run = await runLatency(answering([200, 500, 404]), 0, 6)
    expect(run.errors).toBe(4)
    expect(run.firstError).toBe("HTTP 500: body")
    const refused = await runLatency({ send: () => Promise.reject(new Error("ECONNREFUSED")) }, 1, 2)
    expect(refused).toMatchObject({ errors: 3, firstError: "warm-up: ECONNREFUSED" })
  })

  it("counts a failed set-up as an error and skips that request", async () => {
    let sent = 0
    const run = await runLatency(
      {
        prepare: () => Promise.reject(new Error("no cart")),
        send: async () => {
          sent++
          return new Response("{}")
        },
      },
      0,
      2,
    )
    expect(sent).toBe(0)
    expect(run).toMatchObject({ errors: 2, firstError: "set-up failed: no cart", samplesMs: [] })
  })
})

describe("runThroughput", () => {
  it("gives each worker its own client and counts their requests and errors", async () => {
    let clients = 0
    const run = await runThroughput(
      () => {
        clients++
        return answering([200, 503])
      },
      3,
      20,
    )
    expect(clients).toBe(3)
    expect(run.requests).toBeGreaterThan(0)
    expect(run.errors).toBeGreaterThan(0)
    expect(run.firstError).toBe("HTTP 503: body")
    // Every answered request is timed, for the p95 under concurrency.
    expect(run.samplesMs).toHaveLength(run.requests)
  })
})
