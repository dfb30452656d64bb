/** Prints one step's start and its duration; rethrows a failure as a `StepError` naming the step. */
export class StepError extends Error {
  constructor(
    readonly step: string,
    readonly hint: string,
  ) {
    super(`${step} failed: ${hint}`)
  }
}

const started = Date.now()

/** Seconds since the process started, for the closing line. */
export function elapsedSeconds(): string {
  return ((Date.now() - started) / 1000).toFixed(1)
}

/** Runs `work` as a named step, printing what it does and how long it took. */
export async function step<T>(name: string, work: () => Promise<T>): Promise<T> {
  const begin = Date.now()
  console.log(`▶ ${name}…`)
  try {
    const result = await work()
    console.log(`✔ ${name} (${((Date.now() - begin) / 1000).toFixed(1)} s)`)
    return result
  } catch (error) {
    if (error instanceof StepError) throw error
    const message = error instanceof Error ? error.message : String(error)
    throw new StepError(name, message)
  }
}

/** Prints a note that belongs to the current step. */
export function note(message: string): void {
  console.log(`  ${message}`)
}
