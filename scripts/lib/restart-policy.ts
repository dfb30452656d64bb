/** How often a part of `npm start` may die and be restarted before the start gives up. */
export type RestartLimits = {
  /** Restarts allowed within `windowMs`; one more exit in that window stops the start. */
  maxRestarts: number
  windowMs: number
  /** The wait before the first restart in the window; it doubles with each further one. */
  firstDelayMs: number
  maxDelayMs: number
}

/** Five restarts in five minutes, waiting 1, 2, 4, 8, 16 s: a part that dies at once in a loop stops the start within a minute. */
export const defaultRestartLimits: RestartLimits = {
  maxRestarts: 5,
  windowMs: 5 * 60_000,
  firstDelayMs: 1_000,
  maxDelayMs: 30_000,
}

/** What to do about an exit: restart after `delayMs` (the `attempt`th restart in the window), or give up. */
export type RestartDecision =
  | { restart: true; delayMs: number; attempt: number }
  | { restart: false; exitsInWindow: number }

/**
 * The restart rule of one supervised part (the backend, the storefront server): each unexpected
 * exit is restarted after a backoff that doubles with every exit still inside the window, until
 * more than `maxRestarts` exits fall in one window. Exits older than the window are forgotten, so
 * a part that crashes once a day is always restarted after the first delay. Pure: the caller
 * passes the clock.
 */
export class RestartPolicy {
  private exits: number[] = []

  constructor(readonly limits: RestartLimits = defaultRestartLimits) {}

  /** Records an exit at `now` (ms) and decides. */
  onExit(now: number): RestartDecision {
    this.exits = this.exits.filter((at) => now - at < this.limits.windowMs)
    this.exits.push(now)
    const attempt = this.exits.length
    if (attempt > this.limits.maxRestarts) return { restart: false, exitsInWindow: attempt }
    const delayMs = Math.min(this.limits.maxDelayMs, this.limits.firstDelayMs * 2 ** (attempt - 1))
    return { restart: true, delayMs, attempt }
  }
}

/** "5 min", "30 s": a window or delay as the log says it. */
export function describeDuration(ms: number): string {
  return ms >= 60_000 && ms % 60_000 === 0 ? `${ms / 60_000} min` : `${Math.round(ms / 100) / 10} s`
}
