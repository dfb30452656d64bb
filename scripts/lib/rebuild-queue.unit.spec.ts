import { describe, expect, it, vi } from "vitest"
import { nextRebuildSlot, RebuildQueue } from "./rebuild-queue"

/** A build that finishes (or fails) when the test says so. */
function controlledBuilds() {
  const pending: { resolve: () => void; reject: (error: Error) => void }[] = []
  const build = vi.fn(() => new Promise<void>((resolve, reject) => pending.push({ resolve, reject })))
  const settle = async (outcome: "succeed" | "fail") => {
    const next = pending.shift()
    if (!next) throw new Error("no build is running")
    if (outcome === "succeed") next.resolve()
    else next.reject(new Error("astro build exited with 1"))
    // Let the queue see the outcome.
    await new Promise((resolve) => setImmediate(resolve))
  }
  return { build, settle }
}

describe("nextRebuildSlot", () => {
  it("starts a build from idle, and a follow-up when a build ends with requests waiting", () => {
    expect(nextRebuildSlot("idle", "request")).toEqual({ next: "building", startBuild: true })
    expect(nextRebuildSlot("building", "request")).toEqual({ next: "building-with-follow-up", startBuild: false })
    expect(nextRebuildSlot("building-with-follow-up", "request")).toEqual({
      next: "building-with-follow-up",
      startBuild: false,
    })
    expect(nextRebuildSlot("building-with-follow-up", "finish")).toEqual({ next: "building", startBuild: true })
    expect(nextRebuildSlot("building", "finish")).toEqual({ next: "idle", startBuild: false })
  })

  it("refuses a build finishing while none runs", () => {
    expect(() => nextRebuildSlot("idle", "finish")).toThrow(/cannot finish while the slot is idle/)
  })
})

describe("RebuildQueue", () => {
  it("coalesces the requests made during a build into one follow-up build", async () => {
    const { build, settle } = controlledBuilds()
    const queue = new RebuildQueue(build)
    expect(queue.request()).toBe("building")
    expect(queue.request()).toBe("building-with-follow-up")
    expect(queue.request()).toBe("building-with-follow-up")
    expect(build).toHaveBeenCalledTimes(1)
    await settle("succeed")
    expect(build).toHaveBeenCalledTimes(2)
    expect(queue.slot).toBe("building")
    await settle("succeed")
    expect(queue.slot).toBe("idle")
    expect(build).toHaveBeenCalledTimes(2)
    await queue.whenIdle()
  })

  it("reports a failed build and still runs the follow-up", async () => {
    const { build, settle } = controlledBuilds()
    const onFailure = vi.fn()
    const queue = new RebuildQueue(build, onFailure)
    queue.request()
    queue.request()
    const idle = vi.fn()
    void queue.whenIdle().then(idle)
    await settle("fail")
    expect(onFailure).toHaveBeenCalledWith(expect.objectContaining({ message: "astro build exited with 1" }))
    expect(build).toHaveBeenCalledTimes(2)
    expect(idle).not.toHaveBeenCalled()
    await settle("succeed")
    expect(idle).toHaveBeenCalledTimes(1)
  })
})
