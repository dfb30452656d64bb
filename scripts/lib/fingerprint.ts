import { createHash } from "node:crypto"
import fs from "node:fs"
import path from "node:path"

const skipped = new Set(["node_modules", ".medusa", "dist", ".astro", ".cache"])

function walk(entry: string, hash: ReturnType<typeof createHash>, root: string): void {
  const stat = fs.statSync(entry, { throwIfNoEntry: false })
  if (!stat) return
  if (stat.isDirectory()) {
    for (const name of fs.readdirSync(entry).sort()) {
      if (!skipped.has(name)) walk(path.join(entry, name), hash, root)
    }
    return
  }
  hash.update(path.relative(root, entry))
  hash.update(fs.readFileSync(entry))
}

/** A hash of the files under `entries` (skipping build output), to skip builds whose inputs did not change. */
export function fingerprint(root: string, entries: string[], extra = ""): string {
  const hash = createHash("sha256")
  for (const entry of entries) walk(path.join(root, entry), hash, root)
  hash.update(extra)
  return hash.digest("hex")
}
