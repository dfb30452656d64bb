import fs from "node:fs"
import path from "node:path"

/** A route the project adds: its method and its URL as Medusa registers it (`/admin/producer-groups/:id`). */
export type ProjectRoute = { method: string; path: string; file: string }

const METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE", "OPTIONS", "HEAD"]

/** The methods a route file exports (`export async function POST`, `export const GET = ...`). */
export function exportedMethods(source: string): string[] {
  const found = new Set<string>()
  const exported = /export\s+(?:async\s+)?(?:function\s*\*?\s*|const\s+|let\s+)([A-Z]+)\b/g
  for (const match of source.matchAll(exported)) {
    if (match[1] && METHODS.includes(match[1])) found.add(match[1])
  }
  return [...found]
}

/** The URL of a route file under the api folder: `[id]` folders become `:id`. */
export function routePathOf(apiDir: string, file: string): string {
  const folder = path.relative(apiDir, path.dirname(file))
  const segments = folder
    .split(path.sep)
    .filter(Boolean)
    .map((segment) => segment.replace(/^\[(.+)\]$/, ":$1"))
  return `/${segments.join("/")}`
}

/** Every route file under `apiDir` and the methods it exports, so a route added later is found without a list. */
export function projectRoutes(apiDir: string): ProjectRoute[] {
  const routes: ProjectRoute[] = []
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name)
      if (entry.isDirectory()) walk(full)
      else if (/^route\.(ts|js)$/.test(entry.name)) {
        for (const method of exportedMethods(fs.readFileSync(full, "utf8"))) {
          routes.push({ method, path: routePathOf(apiDir, full), file: path.relative(apiDir, full) })
        }
      }
    }
  }
  walk(apiDir)
  return routes.sort((a, b) => `${a.path} ${a.method}`.localeCompare(`${b.path} ${b.method}`))
}
