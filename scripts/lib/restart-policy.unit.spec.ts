import { describe, expect, it } from "vitest"
import { describeDuration, RestartPolicy } from "./restart-policy"

const limits = { maxRestarts: 3, windowMs: 60_000, firstDelayMs: 1_000, maxDelayMs: 3_000 }
const second = 1_000

describe("RestartPolicy", () => {
  it("restarts a part that dies, waiting twice as long after each exit in the window, up to the cap", () => {
    const policy = new RestartPolicy(limits)
    expect(policy.onExit(0)).toEqual({ restart: true, delayMs: 1_000, attempt: 1 })
    expect(policy.onExit(10 * second)).toEqual({ restart: true, delayMs: 2_000, attempt: 2 })
    expect(policy.onExit(20 * second)).toEqual({ restart: true, delayMs: 3_000, attempt: 3 })
  })

  it("gives up when a part dies more often than the limit within one window", () => {
    const policy = new RestartPolicy(limits)
    for (const at of [0, 2, 5]) expect(policy.onExit(at * second).restart).toBe(true)
    expect(policy.onExit(9 * second)).toEqual({ restart: false, exitsInWindow: 4 })
  })

  it("forgets exits older than the window: a part that dies now and then is always restarted", () => {
    const policy = new RestartPolicy(limits)
    for (let hour = 0; hour < 10; hour++) {
      expect(policy.onExit(hour * 3_600 * second)).toEqual({ restart: true, delayMs: 1_000, attempt: 1 })
    }
  })

  it("counts only the exits inside the window that ends now", () => {
    const policy = new RestartPolicy(limits)
    policy.onExit(0)
    policy.onExit(30 * second)
    policy.onExit(50 * second)
    // The exit at 0 s has left the window; 30 s, 50 s and 70 s remain.
    expect(policy.onExit(70 * second)).toEqual({ restart: true, delayMs: 3_000, attempt: 3 })
    expect(policy.onExit(75 * second)).toEqual({ restart: false, exitsInWindow: 4 })
  })

  it("by default allows five restarts in five minutes", () => {
    const policy = new RestartPolicy()
    const delays = [0, 1, 2, 3, 4].map((n) => policy.onExit(n * second))
    expect(delays.map((decision) => (decision.restart ? decision.delayMs : null))).toEqual([
      1_000, 2_000, 4_000, 8_000, 16_000,
    ])
    expect(policy.onExit(5 * second).restart).toBe(false)
  })
})

describe("describeDuration", () => {
  it("says whole minutes in minutes and the rest in seconds", () => {
    expect(describeDuration(300_000)).toBe("5 min")
    expect(describeDuration(16_000)).toBe("16 s")
    expect(describeDuration(1_500)).toBe("1.5 s")
  })
})
