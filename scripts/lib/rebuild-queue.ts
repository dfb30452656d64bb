/**
 * The storefront's build slot: one build at a time; requests arriving during a build are
 * coalesced into one follow-up build, which starts when the running one ends (whether it
 * succeeded or failed), so the last change is always built.
 */
export type RebuildSlot = "idle" | "building" | "building-with-follow-up"
export type RebuildSignal = "request" | "finish"
type Transition = { next: RebuildSlot; startBuild: boolean }

const transitions: Record<RebuildSlot, Partial<Record<RebuildSignal, Transition>>> = {
  idle: { request: { next: "building", startBuild: true } },
  building: {
    request: { next: "building-with-follow-up", startBuild: false },
    finish: { next: "idle", startBuild: false },
  },
  "building-with-follow-up": {
    request: { next: "building-with-follow-up", startBuild: false },
    finish: { next: "building", startBuild: true },
  },
}

/** The slot after `signal`, and whether a build starts now; a build cannot finish while none runs. */
export function nextRebuildSlot(slot: RebuildSlot, signal: RebuildSignal): Transition {
  const transition = transitions[slot][signal]
  if (!transition) throw new Error(`a storefront build cannot ${signal} while the slot is ${slot}`)
  return transition
}

/** Runs `build` for requests, one at a time, coalescing the requests made during a build. */
export class RebuildQueue {
  private current: RebuildSlot = "idle"
  private idleWaiters: (() => void)[] = []

  constructor(
    private readonly build: () => Promise<void>,
    private readonly onFailure: (error: unknown) => void = () => {},
  ) {}

  /** The slot's state: idle, building, or building with a follow-up waiting. */
  get slot(): RebuildSlot {
    return this.current
  }

  /** Asks for a build: starts one now, or marks one to follow the running build. */
  request(): RebuildSlot {
    this.apply("request")
    return this.current
  }

  /** Resolves once no build runs and none is waiting. */
  whenIdle(): Promise<void> {
    if (this.current === "idle") return Promise.resolve()
    return new Promise((resolve) => this.idleWaiters.push(resolve))
  }

  private apply(signal: RebuildSignal): void {
    const { next, startBuild } = nextRebuildSlot(this.current, signal)
    this.current = next
    if (startBuild) void this.run()
    if (next === "idle") for (const resolve of this.idleWaiters.splice(0)) resolve()
  }

  private async run(): Promise<void> {
    try {
      await this.build()
    } catch (error) {
      this.onFailure(error)
    }
    this.apply("finish")
  }
}
