import type { ChildProcess } from "node:child_process"
import { describeDuration, RestartPolicy } from "./restart-policy"

/** A long-running part of `npm start` (the backend, the storefront server), as the supervisor starts it. */
export type SupervisedPart = {
  /** How the log names it: "the backend". */
  name: string
  /** Its output file, named in the log lines. */
  logFile: string
  spawn: () => ChildProcess
  /** Resolves once a started process serves; rejects when it does not (it is then ended). */
  ready: (child: ChildProcess) => Promise<void>
}

/**
 * Keeps one part running: after its first start has succeeded, an exit that is not a stop prints
 * what died and restarts it after the policy's backoff; when the policy gives up (the part dies
 * over and over) it prints so and calls `onGiveUp`. A failed first start is the caller's error.
 */
export class Supervisor {
  private current: ChildProcess | undefined
  private running = false
  private stopped = false
  private restartTimer: NodeJS.Timeout | undefined

  constructor(
    private readonly part: SupervisedPart,
    private readonly onGiveUp: () => void,
    private readonly policy = new RestartPolicy(),
  ) {}

  /** The process running now, if any. */
  get child(): ChildProcess | undefined {
    return this.current
  }

  /** Starts the part and waits until it serves; throws if it does not. */
  async start(): Promise<void> {
    const child = this.launch()
    await this.part.ready(child)
    this.running = true
  }

  /** Ends the part (SIGTERM) and waits for it, at most `timeoutMs`; no restart follows. */
  async stop(timeoutMs = 10_000): Promise<void> {
    this.stopped = true
    clearTimeout(this.restartTimer)
    const child = this.current
    if (!child || child.exitCode !== null || child.signalCode !== null) return
    const exited = new Promise((resolve) => child.once("exit", resolve))
    child.kill("SIGTERM")
    await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, timeoutMs).unref())])
  }

  private launch(): ChildProcess {
    const child = this.part.spawn()
    this.current = child
    child.once("exit", (code, signal) => {
      // A Ctrl-C reaches every process of the terminal's group: let the stop that follows decide first.
      setImmediate(() => this.exited(child, code, signal))
    })
    return child
  }

  private exited(child: ChildProcess, code: number | null, signal: NodeJS.Signals | null): void {
    if (this.stopped || !this.running || child !== this.current) return
    const { name, logFile } = this.part
    const how = signal ? `signal ${signal}` : `code ${code}`
    const decision = this.policy.onExit(Date.now())
    const { maxRestarts, windowMs } = this.policy.limits
    if (!decision.restart) {
      console.error(
        `✖ ${name} exited (${how}): ${decision.exitsInWindow} exits within ${describeDuration(windowMs)}, more than the ${maxRestarts} restarts allowed; stopping the store; see ${logFile}`,
      )
      this.onGiveUp()
      return
    }
    console.error(
      `✖ ${name} exited (${how}); restarting it in ${describeDuration(decision.delayMs)} (restart ${decision.attempt} of at most ${maxRestarts} within ${describeDuration(windowMs)}); see ${logFile}`,
    )
    this.restartTimer = setTimeout(() => {
      if (this.stopped) return
      const restarted = this.launch()
      this.part.ready(restarted).then(
        () => {
          if (!this.stopped) console.log(`✔ ${name} is running again`)
        },
        () => {
          // Not serving: end it, and its exit counts against the policy like any other.
          if (restarted.exitCode === null && restarted.signalCode === null) restarted.kill("SIGKILL")
        },
      )
    }, decision.delayMs)
  }
}
