import fs from "node:fs"
import path from "node:path"

/** Snapshots older than this are removed (unless among the newest `keep`): no stack runs that long on an old build. */
const staleAfterMs = 24 * 60 * 60 * 1000

/**
 * A frozen copy of Medusa's build output (`.medusa/server`) for one set of backend inputs, in
 * `<snapshotsDir>/<key>`. Every stack runs from such a copy, so another start rebuilding
 * `.medusa/server` for different inputs never changes files under a running backend. The copy is
 * made once per key (into a temporary folder renamed into place) and reused afterwards. Call it
 * while holding the build lock. Old snapshots are removed, keeping the newest `keep`.
 */
export function snapshotBuild(serverDir: string, snapshotsDir: string, key: string, keep = 3): string {
  const target = path.join(snapshotsDir, key.slice(0, 16))
  if (!fs.existsSync(target)) {
    fs.mkdirSync(snapshotsDir, { recursive: true })
    const temporary = `${target}.partial-${process.pid}`
    fs.rmSync(temporary, { recursive: true, force: true })
    fs.cpSync(serverDir, temporary, { recursive: true })
    fs.renameSync(temporary, target)
  }
  const now = Date.now()
  fs.utimesSync(target, new Date(now), new Date(now))
  const others = fs
    .readdirSync(snapshotsDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && path.join(snapshotsDir, entry.name) !== target)
    .map((entry) => {
      const full = path.join(snapshotsDir, entry.name)
      return { full, mtime: fs.statSync(full).mtimeMs }
    })
    .sort((a, b) => b.mtime - a.mtime)
  for (const [index, snapshot] of others.entries()) {
    if (index >= keep - 1 && now - snapshot.mtime > staleAfterMs)
      fs.rmSync(snapshot.full, { recursive: true, force: true })
  }
  return target
}
