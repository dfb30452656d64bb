import fs from "node:fs"
import path from "node:path"

/** How old a lock may get before it is taken to be left over from a process that died. */
const staleAfterMs = 15 * 60_000

/**
 * Runs `work` while holding a lock folder, so two start scripts (npm start, the end-to-end
 * tests, the benchmark) never write the same build output at once. Waits for a held lock;
 * breaks one whose owner process is gone, or one older than 15 minutes.
 */
export async function withBuildLock<T>(lockDir: string, work: () => Promise<T>): Promise<T> {
  let waiting = false
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
      if (age > staleAfterMs || !isOwnerAlive(lockDir)) fs.rmSync(lockDir, { recursive: true, force: true })
      else {
        if (!waiting) console.log(`  waiting for another start to finish building (${lockDir})`)
        waiting = true
        await new Promise((resolve) => setTimeout(resolve, 500))
      }
    }
  }
  fs.writeFileSync(path.join(lockDir, "owner"), String(process.pid))
  try {
    return await work()
  } finally {
    fs.rmSync(lockDir, { recursive: true, force: true })
  }
}

/** False when the lock names its owner and that process is gone (it died holding the lock). */
function isOwnerAlive(lockDir: string): boolean {
  let owner: number
  try {
    owner = Number(fs.readFileSync(path.join(lockDir, "owner"), "utf8"))
  } catch {
    // A lock just taken may not name its owner yet, or was released meanwhile: look again later.
    return true
  }
  if (!Number.isInteger(owner) || owner <= 0) return true
  try {
    process.kill(owner, 0)
    return true
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM"
  }
}
