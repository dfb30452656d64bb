import { requestsPerSecond } from "./stats"

/** One client of an HTTP scenario; each concurrent worker gets its own, so state such as a cart is not shared. */
export type ScenarioClient = {
  /** Untimed set-up before each measured request (e.g. a fresh cart every few adds). */
  prepare?: () => Promise<void>
  /** The measured request; its body is read to the end inside the timing. */
  send: () => Promise<Response>
}

/** What went wrong in a run: how many requests failed and the first reason, to report it. */
export type ErrorTally = { errors: number; firstError?: string }

/** A sequential run: one duration per measured request, in milliseconds. */
export type LatencyRun = ErrorTally & { samplesMs: number[] }

/** A concurrent run of fixed length, with the duration of every request that got an answer. */
export type ThroughputRun = ErrorTally & { requestsPerSecond: number; requests: number; samplesMs: number[] }

/** One request: `sent` is false when its set-up failed, so there is nothing to time. */
type Attempt = { sent: boolean; ms: number; error?: string }

function recordError(tally: ErrorTally, error: string): void {
  tally.errors++
  tally.firstError ??= error
}

async function attempt(client: ScenarioClient): Promise<Attempt> {
  try {
    await client.prepare?.()
  } catch (error) {
    return { sent: false, ms: 0, error: `set-up failed: ${error instanceof Error ? error.message : String(error)}` }
  }
  const begin = performance.now()
  try {
    const response = await client.send()
    const body = await response.text()
    const ms = performance.now() - begin
    return response.ok
      ? { sent: true, ms }
      : { sent: true, ms, error: `HTTP ${response.status}: ${body.slice(0, 200)}` }
  } catch (error) {
    return { sent: true, ms: performance.now() - begin, error: error instanceof Error ? error.message : String(error) }
  }
}

/**
 * Sends `warmup` untimed requests, then `count` sequential measured ones. Failed requests are
 * counted (warm-up ones too: they mean the scenario is broken) and still timed when they got an answer.
 */
export async function runLatency(client: ScenarioClient, warmup: number, count: number): Promise<LatencyRun> {
  const run: LatencyRun = { samplesMs: [], errors: 0 }
  for (let i = 0; i < warmup; i++) {
    const result = await attempt(client)
    if (result.error) recordError(run, `warm-up: ${result.error}`)
  }
  for (let i = 0; i < count; i++) {
    const result = await attempt(client)
    if (result.error) recordError(run, result.error)
    if (result.sent) run.samplesMs.push(result.ms)
  }
  return run
}

/**
 * Runs `concurrency` clients in a closed loop for `durationMs`. The rate is measured requests over
 * the wall-clock time, so a client's untimed set-up (a fresh cart) slows it, as it slows a shopper.
 */
export async function runThroughput(
  newClient: () => ScenarioClient,
  concurrency: number,
  durationMs: number,
): Promise<ThroughputRun> {
  const run: ThroughputRun = { requestsPerSecond: 0, requests: 0, errors: 0, samplesMs: [] }
  const begin = performance.now()
  const deadline = begin + durationMs
  const worker = async (): Promise<void> => {
    const client = newClient()
    while (performance.now() < deadline) {
      const result = await attempt(client)
      if (result.error) recordError(run, result.error)
      if (result.sent) {
        run.requests++
        run.samplesMs.push(result.ms)
      }
    }
  }
  await Promise.all(Array.from({ length: concurrency }, worker))
  run.requestsPerSecond = requestsPerSecond(run.requests, performance.now() - begin)
  return run
}
