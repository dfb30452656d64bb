import fs from "node:fs"
import path from "node:path"
import { fileURLToPath } from "node:url"
import { describe, expect, it } from "vitest"

// Rules both sides need live once, in @ovop/domain (domain/). These checks fail when a copy of
// one grows back somewhere else: a hand-written language list, the storefront's default address,
// a som formatter, an English refusal parsed back into another language.

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..")
const sourceFolders = ["backend/src", "storefront/src", "seed/src", "scripts"]
const skipped = new Set(["node_modules", ".medusa", "dist", ".astro", "generated"])

function sourceFiles(folder: string): string[] {
  const found: string[] = []
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      if (skipped.has(entry.name)) continue
      const full = path.join(dir, entry.name)
      if (entry.isDirectory()) walk(full)
      else if (/\.(ts|tsx|astro|mjs)$/.test(entry.name) && !/\.spec\.ts$/.test(entry.name)) found.push(full)
    }
  }
  walk(path.join(repoRoot, folder))
  return found
}

const files = sourceFolders.flatMap(sourceFiles)
const offenders = (pattern: RegExp) =>
  files.filter((file) => pattern.test(fs.readFileSync(file, "utf8"))).map((file) => path.relative(repoRoot, file))

describe("one home for the shop's rules", () => {
  it("reads the source files it guards", () => {
    expect(files.length).toBeGreaterThan(100)
  })

  it("defines the list of languages only in @ovop/domain", () => {
    // Any array literal naming three or four of the shop's languages, in any order.
    const list = /\[\s*(?:"(?:en|ja|ru|ky)"\s*,\s*){2,3}"(?:en|ja|ru|ky)"\s*,?\s*\]/
    expect(offenders(list)).toEqual([])
  })

  it("reads the storefront's default address only in @ovop/domain", () => {
    expect(offenders(/localhost:4321/)).toEqual([])
  })

  it("formats the som only in @ovop/domain", () => {
    expect(offenders(/`\$\{\w+\}\\u00a0сом`/)).toEqual([])
  })

  it("never reads a refusal back from its words: no English refusal text and no match on Medusa's stock message", () => {
    expect(offenders(/is out of season|is fully pre-ordered|Not enough stock available/)).toEqual([])
  })
})
