import { afterEach, beforeEach, describe, expect, it, vi } from "vitest"
import {
  isStorefrontContentEvent,
  RebuildScheduler,
  requestStorefrontRebuild,
  storefrontRebuildConfig,
} from "./storefront-rebuild"

describe("RebuildScheduler", () => {
  beforeEach(() => {
    vi.useFakeTimers()
  })
  afterEach(() => {
    vi.useRealTimers()
  })

  const schedulerWith = (quietMs: number, maxWaitMs: number) => {
    const fire = vi.fn()
    return { fire, scheduler: new RebuildScheduler({ quietMs, maxWaitMs }, fire) }
  }

  it("asks once after the quiet period, however many changes came before it", () => {
    const { fire, scheduler } = schedulerWith(30_000, 300_000)
    scheduler.notify()
    vi.advanceTimersByTime(10_000)
    scheduler.notify()
    vi.advanceTimersByTime(10_000)
    scheduler.notify()
    vi.advanceTimersByTime(29_999)
    expect(fire).not.toHaveBeenCalled()
    vi.advanceTimersByTime(1)
    expect(fire).toHaveBeenCalledTimes(1)
    expect(scheduler.pending).toBe(false)
    vi.advanceTimersByTime(600_000)
    expect(fire).toHaveBeenCalledTimes(1)
  })

  it("asks at the latest after the maximum wait while changes keep coming", () => {
    const { fire, scheduler } = schedulerWith(30_000, 120_000)
    for (let second = 0; second < 119; second += 10) {
      scheduler.notify()
      vi.advanceTimersByTime(10_000)
    }
    // 120 s after the first change, with a change 10 s ago.
    expect(fire).toHaveBeenCalledTimes(1)
    scheduler.notify()
    vi.advanceTimersByTime(30_000)
    expect(fire).toHaveBeenCalledTimes(2)
  })

  it("does nothing without a change, and forgets a waiting change when cancelled", () => {
    const { fire, scheduler } = schedulerWith(1_000, 5_000)
    vi.advanceTimersByTime(10_000)
    scheduler.notify()
    expect(scheduler.pending).toBe(true)
    scheduler.cancel()
    vi.advanceTimersByTime(10_000)
    expect(fire).not.toHaveBeenCalled()
  })

  it("schedules a new rebuild for a change made while the last one is being asked for", async () => {
    let finishAsking: () => void = () => {}
    const fire = vi.fn(() => new Promise<void>((resolve) => (finishAsking = resolve)))
    const scheduler = new RebuildScheduler({ quietMs: 1_000, maxWaitMs: 5_000 }, fire)
    scheduler.notify()
    vi.advanceTimersByTime(1_000)
    expect(fire).toHaveBeenCalledTimes(1)
    scheduler.notify()
    finishAsking()
    await vi.advanceTimersByTimeAsync(1_000)
    expect(fire).toHaveBeenCalledTimes(2)
  })
})

describe("isStorefrontContentEvent", () => {
  it.each([
    "product.updated",
    "product-variant.updated",
    "product-category.created",
    "product-collection.deleted",
    "product.product-image.created",
    "pricing.price.updated",
    "pricing.price-list.created",
    "translation.updated",
    "translation.translation.created",
    "producerGroup.producer-group.updated",
  ])("%s changes the storefront", (name) => {
    expect(isStorefrontContentEvent(name)).toBe(true)
  })

  it.each([
    "inventory-level.updated",
    "order.placed",
    "cart.updated",
    "auth.password_reset",
    "harvest.harvest-lot.updated",
  ])("%s does not", (name) => {
    expect(isStorefrontContentEvent(name)).toBe(false)
  })
})

describe("storefrontRebuildConfig", () => {
  it("defaults to a 30 s quiet period and a 5 min maximum wait, with no hook", () => {
    expect(storefrontRebuildConfig({})).toEqual({
      url: undefined,
      token: undefined,
      quietMs: 30_000,
      maxWaitMs: 300_000,
    })
  })

  it("reads fractions of a second, and never waits less at most than at least", () => {
    expect(
      storefrontRebuildConfig({
        OVOP_STOREFRONT_REBUILD_URL: "http://127.0.0.1:4999/rebuild",
        OVOP_STOREFRONT_REBUILD_TOKEN: "local-token",
        OVOP_STOREFRONT_REBUILD_QUIET_SECONDS: "0.5",
        OVOP_STOREFRONT_REBUILD_MAX_WAIT_SECONDS: "0.2",
      }),
    ).toEqual({ url: "http://127.0.0.1:4999/rebuild", token: "local-token", quietMs: 500, maxWaitMs: 500 })
  })

  it("asks nowhere when the hook is off", () => {
    expect(storefrontRebuildConfig({ OVOP_STOREFRONT_REBUILD_URL: "off" }).url).toBeUndefined()
  })

  it("refuses a quiet period that is not a number", () => {
    expect(() => storefrontRebuildConfig({ OVOP_STOREFRONT_REBUILD_QUIET_SECONDS: "soon" })).toThrow(
      /OVOP_STOREFRONT_REBUILD_QUIET_SECONDS=soon/,
    )
  })
})

describe("requestStorefrontRebuild", () => {
  it("posts the reason with the token as a bearer, and reports a refusal", async () => {
    const fetchImpl = vi.fn(
      async (_url: string | URL | Request, _init?: RequestInit) => new Response(null, { status: 202 }),
    )
    await requestStorefrontRebuild({ url: "http://hook.test/rebuild", token: "t0k" }, "product.updated", fetchImpl)
    const [url, init] = fetchImpl.mock.calls[0] ?? []
    expect(url).toBe("http://hook.test/rebuild")
    expect(init?.method).toBe("POST")
    expect(init?.headers).toMatchObject({ authorization: "Bearer t0k" })
    expect(JSON.parse(String(init?.body))).toEqual({ reason: "product.updated" })

    fetchImpl.mockResolvedValueOnce(new Response(null, { status: 401 }))
    await expect(
      requestStorefrontRebuild({ url: "http://hook.test/rebuild", token: "bad" }, "x", fetchImpl),
    ).rejects.toThrow(/answered 401/)
  })
})
