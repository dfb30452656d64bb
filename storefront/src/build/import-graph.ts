import fs from "node:fs"
import path from "node:path"

/**
 * The storefront's own import graph, read from its sources (`.ts` and the frontmatter and
 * scripts of `.astro` files), for the test that keeps it free of cycles. Only relative imports
 * count: packages and Astro's virtual modules cannot import our files back.
 */

/** Module → the modules it imports (absolute paths). */
export type ImportGraph = Map<string, Set<string>>

// `import x from "…"`, `import type { X } from "…"`, `import "…"`, `export { x } from "…"`, `import("…")`.
const staticImport = /(?:^|[\s;])(?:import|export)\s+(?:type\s+)?(?:[\w*${},\s]+?\s+from\s+)?["']([^"']+)["']/g
const dynamicImport = /\bimport\(\s*["']([^"']+)["']\s*\)/g

/** The specifiers a module's source imports, type-only imports included (they are dependencies too). */
export function importSpecifiers(source: string): string[] {
  return [...source.matchAll(staticImport), ...source.matchAll(dynamicImport)].map((match) => match[1] ?? "")
}

const resolve = (from: string, specifier: string): string | undefined => {
  if (!specifier.startsWith(".")) return undefined
  const target = path.resolve(path.dirname(from), specifier)
  return [target, `${target}.ts`, path.join(target, "index.ts")].find(
    (candidate) => fs.existsSync(candidate) && fs.statSync(candidate).isFile(),
  )
}

const isModule = (file: string) => /\.(ts|astro)$/.test(file) && !/\.spec\.ts$/.test(file)

/** The import graph of every module under `root` (tests left out: they may import across folders freely). */
export function importGraph(root: string): ImportGraph {
  const files = (fs.readdirSync(root, { recursive: true, encoding: "utf8" }) as string[])
    .map((file) => path.join(root, file))
    .filter(isModule)
  return new Map(
    files.map((file) => {
      const targets = importSpecifiers(fs.readFileSync(file, "utf8"))
        .map((specifier) => resolve(file, specifier))
        .filter((target): target is string => target !== undefined && target !== file)
      return [file, new Set(targets)]
    }),
  )
}

/**
 * The graph between groups of modules: an edge where a module of one group imports one of
 * another. `groupOf` names a module's group, or undefined to leave it out (with its edges).
 */
export function groupGraph(graph: ImportGraph, groupOf: (module: string) => string | undefined): ImportGraph {
  const groups: ImportGraph = new Map()
  for (const [module, targets] of graph) {
    const from = groupOf(module)
    if (from === undefined) continue
    const edges = groups.get(from) ?? new Set<string>()
    groups.set(from, edges)
    for (const target of targets) {
      const to = groupOf(target)
      if (to !== undefined && to !== from) edges.add(to)
    }
  }
  return groups
}

/** The cycles of a graph: each strongly connected set of two or more nodes, sorted (Tarjan's algorithm). */
export function importCycles(graph: ImportGraph): string[][] {
  let counter = 0
  const index = new Map<string, number>()
  const low = new Map<string, number>()
  const stack: string[] = []
  const onStack = new Set<string>()
  const cycles: string[][] = []
  const visit = (node: string) => {
    index.set(node, counter)
    low.set(node, counter)
    counter++
    stack.push(node)
    onStack.add(node)
    for (const next of graph.get(node) ?? []) {
      if (!index.has(next)) {
        visit(next)
        low.set(node, Math.min(low.get(node) ?? 0, low.get(next) ?? 0))
      } else if (onStack.has(next)) low.set(node, Math.min(low.get(node) ?? 0, index.get(next) ?? 0))
    }
    if (low.get(node) !== index.get(node)) return
    const component: string[] = []
    for (let member = stack.pop(); member !== undefined; member = stack.pop()) {
      onStack.delete(member)
      component.push(member)
      if (member === node) break
    }
    if (component.length > 1) cycles.push(component.sort())
  }
  for (const node of graph.keys()) if (!index.has(node)) visit(node)
  return cycles
}
