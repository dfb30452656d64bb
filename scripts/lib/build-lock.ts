import fs from "node:fs"
import path from "node:path"

/** How old a lock may get before it is taken to be left over from a process that died. */
const staleAfterMs = 15 * 60_000

/**
 * Runs `work` while holding a lock folder, so two start scripts (npm start, the end-to-end
 * tests, the benchmark) never write the same build output at once. Waits for a held lock;
 * breaks one older than 15 minutes.
 */
export async function withBuildLock<T>(lockDir: string, work: () => Promise<T>): Promise<T> {
  for (;;) {
    try {
      fs.mkdirSync(lockDir, { recursive: false })
      break
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === "ENOENT") {
        fs.mkdirSync(path.dirname(lockDir), { recursive: true })
        continue
      }
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error
      const age = Date.now() - (fs.statSync(lockDir, { throwIfNoEntry: false })?.mtimeMs ?? Date.now())
      if (age > staleAfterMs) fs.rmSync(lockDir, { recursive: true, force: true })
      else await new Promise((resolve) => setTimeout(resolve, 500))
    }
  }
  try {
    return await work()
  } finally {
    fs.rmSync(lockDir, { recursive: true, force: true })
  }
}
