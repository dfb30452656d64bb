/**
 * When staff change what the static storefront shows (products, variants, prices, categories,
 * collections, producer groups, translations), the storefront is rebuilt. Edits come in bursts
 * (one product save emits a handful of events; staff fix ten prices in a row), so a rebuild is
 * asked for only after a quiet period, and at the latest after a maximum wait.
 */

/** What the scheduler needs from time; the real clock in production, a fake one in tests. */
export type RebuildClock = {
  now: () => number
  setTimeout: (callback: () => void, ms: number) => unknown
  clearTimeout: (handle: unknown) => void
}

/** The process's own clock; its timers do not keep the process alive. */
export const systemClock: RebuildClock = {
  now: () => Date.now(),
  setTimeout: (callback, ms) => {
    const handle = setTimeout(callback, ms)
    handle.unref?.()
    return handle
  },
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
}

/** The storefront rebuild settings, from the environment. */
export type StorefrontRebuildConfig = {
  /** Where to ask for a rebuild (the start script's local hook, or a CI/deploy build hook); unset: never. */
  url: string | undefined
  /** Sent as `authorization: Bearer <token>` when set. */
  token: string | undefined
  /** Quiet period after the last change before asking (ms). */
  quietMs: number
  /** Longest a change waits for its rebuild while edits keep coming (ms). */
  maxWaitMs: number
}

function seconds(value: string | undefined, fallback: number, name: string): number {
  if (value === undefined || value === "") return fallback
  const parsed = Number(value)
  if (!Number.isFinite(parsed) || parsed < 0) throw new Error(`${name}=${value} must be a number of seconds (>= 0)`)
  return parsed
}

/** Reads the rebuild settings: `OVOP_STOREFRONT_REBUILD_URL` (unset or `off`: none), `_TOKEN`, `_QUIET_SECONDS` (30), `_MAX_WAIT_SECONDS` (300). */
export function storefrontRebuildConfig(env: NodeJS.ProcessEnv): StorefrontRebuildConfig {
  const quietMs = seconds(env.OVOP_STOREFRONT_REBUILD_QUIET_SECONDS, 30, "OVOP_STOREFRONT_REBUILD_QUIET_SECONDS") * 1000
  const maxWaitMs =
    seconds(env.OVOP_STOREFRONT_REBUILD_MAX_WAIT_SECONDS, 300, "OVOP_STOREFRONT_REBUILD_MAX_WAIT_SECONDS") * 1000
  return {
    // "off" switches rebuilds off under `npm start` too (it otherwise sets its local hook).
    url:
      env.OVOP_STOREFRONT_REBUILD_URL && env.OVOP_STOREFRONT_REBUILD_URL !== "off"
        ? env.OVOP_STOREFRONT_REBUILD_URL
        : undefined,
    token: env.OVOP_STOREFRONT_REBUILD_TOKEN || undefined,
    quietMs,
    maxWaitMs: Math.max(maxWaitMs, quietMs),
  }
}

// Events whose data the built pages carry. Stock is left out on purpose: the product pages'
// island shows live stock, and a rebuild per sale would never settle.
const contentEvent = [
  // Workflow events of the product module: product, variant (its prices included), option,
  // type, tag, image, category, collection.
  /^product(-[a-z-]+)?\.(created|updated|deleted|restored)$/,
  // The modules' own entity events: "product.*", "pricing.*" (prices, price lists).
  /^(product|pricing)\.[a-z-]+\.(created|updated|deleted|restored|attached|detached)$/,
  // Translations (Medusa's workflows and the translation module's entity events).
  /^translation\.(created|updated|deleted)$/,
  /^translation\.[a-z-]+\.(created|updated|deleted|restored)$/,
  // Our producer groups (the module's entity events) and the product <-> group link.
  /producer[-_]?group/i,
]

/** True when an event changes what the static storefront shows. */
export function isStorefrontContentEvent(eventName: string): boolean {
  return contentEvent.some((pattern) => pattern.test(eventName))
}

/**
 * Debounces rebuild requests: `notify()` on every change; `fire` runs once the changes have
 * been quiet for `quietMs`, or `maxWaitMs` after the first change still waiting, whichever
 * comes first. Changes during a running `fire` schedule the next one.
 */
export class RebuildScheduler {
  private timer: unknown
  private firstChangeAt: number | undefined

  constructor(
    private readonly options: { quietMs: number; maxWaitMs: number },
    private readonly fire: () => Promise<void> | void,
    private readonly clock: RebuildClock = systemClock,
  ) {}

  /** Records a change; (re)arms the timer. */
  notify(): void {
    const now = this.clock.now()
    this.firstChangeAt ??= now
    const deadline = Math.min(now + this.options.quietMs, this.firstChangeAt + this.options.maxWaitMs)
    if (this.timer !== undefined) this.clock.clearTimeout(this.timer)
    this.timer = this.clock.setTimeout(() => void this.flush(), Math.max(0, deadline - now))
  }

  /** True while a change waits for its rebuild. */
  get pending(): boolean {
    return this.firstChangeAt !== undefined
  }

  /** Drops a waiting change without asking (shutdown). */
  cancel(): void {
    if (this.timer !== undefined) this.clock.clearTimeout(this.timer)
    this.timer = undefined
    this.firstChangeAt = undefined
  }

  private async flush(): Promise<void> {
    this.timer = undefined
    this.firstChangeAt = undefined
    await this.fire()
  }
}

/** Asks for a rebuild: one POST to the hook (2xx expected), with the token as a bearer when set. */
export async function requestStorefrontRebuild(
  config: Pick<StorefrontRebuildConfig, "url" | "token">,
  reason: string,
  fetchImpl: typeof fetch = fetch,
): Promise<void> {
  if (!config.url) return
  const response = await fetchImpl(config.url, {
    method: "POST",
    headers: {
      "content-type": "application/json",
      ...(config.token ? { authorization: `Bearer ${config.token}` } : {}),
    },
    body: JSON.stringify({ reason }),
    signal: AbortSignal.timeout(10_000),
  })
  if (!response.ok) throw new Error(`the storefront rebuild hook answered ${response.status}`)
}
