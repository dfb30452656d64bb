import fs from "node:fs"
import path from "node:path"
import { describe, expect, it } from "vitest"
import en from "./json/en.json"
import ru from "./json/ru.json"

type Tree = { [key: string]: string | Tree }

/** Every key of a catalogue, plural forms (`_one`, `_few`, ...) folded into their base key. */
function keysOf(tree: Tree, prefix = ""): Set<string> {
  const keys = new Set<string>()
  for (const [key, value] of Object.entries(tree)) {
    const name = `${prefix}${key.replace(/_(zero|one|two|few|many|other)$/, "")}`
    if (typeof value === "string") keys.add(name)
    else for (const nested of keysOf(value, `${name}.`)) keys.add(nested)
  }
  return keys
}

/** The admin extension sources (pages, widgets, components, their helpers). */
function adminSources(dir = path.join(__dirname, "..")): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name)
    if (entry.isDirectory()) return adminSources(full)
    return /\.tsx?$/.test(entry.name) && !entry.name.includes(".spec.") ? [full] : []
  })
}

describe("the admin's texts", () => {
  const english = keysOf(en as Tree)
  const russian = keysOf(ru as Tree)

  it("are written in Russian for every English key, and no more", () => {
    expect([...english].filter((key) => !russian.has(key))).toEqual([])
    expect([...russian].filter((key) => !english.has(key))).toEqual([])
  })

  it("hold every key a project page or widget asks for, so each switches to Russian with the admin", () => {
    const missing: string[] = []
    for (const file of adminSources()) {
      const source = fs.readFileSync(file, "utf8")
      for (const match of source.matchAll(/\bt\(\s*"([A-Za-z0-9_.]+)"/g)) {
        const key = match[1] ?? ""
        if (!english.has(key) || !russian.has(key)) missing.push(`${path.basename(file)}: ${key}`)
      }
    }
    expect(missing).toEqual([])
  })
})
