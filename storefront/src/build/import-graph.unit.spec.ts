import path from "node:path"
import { describe, expect, it } from "vitest"
import { groupGraph, type ImportGraph, importCycles, importGraph, importSpecifiers } from "./import-graph"

const src = path.resolve(import.meta.dirname, "..")
const relative = (file: string) => path.relative(src, file)

/**
 * A module's group: its feature folder (`features/cart`) or the build-time data (`data`). Pages
 * and layouts compose features and are left out: a feature's page template may use the layout
 * that holds other features' header parts without the features depending on each other.
 */
const groupOf = (file: string): string | undefined => {
  const [top, feature] = relative(file).split(path.sep)
  if (top === "features" && feature && !feature.includes(".")) return `features/${feature}`
  return top === "data" ? "data" : undefined
}

const graphOf = (edges: Record<string, string[]>): ImportGraph =>
  new Map(Object.entries(edges).map(([from, to]) => [from, new Set(to)]))

describe("the storefront's imports", () => {
  const graph = importGraph(src)

  it("are read from the sources: more than a handful of modules and edges", () => {
    expect(graph.size).toBeGreaterThan(50)
    expect(graph.get(path.join(src, "features/cart/shop.ts"))).toContain(path.join(src, "features/cart/cart-state.ts"))
  })

  it("form no cycle between modules", () => {
    expect(importCycles(graph).map((cycle) => cycle.map(relative))).toEqual([])
  })

  it("form no cycle between feature folders (and the build-time data)", () => {
    expect(importCycles(groupGraph(graph, groupOf))).toEqual([])
  })
})

describe("importSpecifiers", () => {
  it("finds value, type, side-effect, re-export and dynamic imports, across lines", () => {
    const source = [
      'import { a, type B } from "./a"',
      'import type { C } from "../c/c"',
      'import "./styles.css"',
      'export { d } from "./d"',
      "import {\n  e,\n  f as g,\n} from './e'",
      'const h = await import("./h")',
      'const text = "import nothing from here"',
    ].join("\n")
    expect(importSpecifiers(source).sort()).toEqual(["../c/c", "./a", "./d", "./e", "./h", "./styles.css"])
  })
})

describe("importCycles", () => {
  it("finds a cycle through several modules and leaves a chain alone", () => {
    expect(importCycles(graphOf({ a: ["b"], b: ["c"], c: ["a", "d"], d: [] }))).toEqual([["a", "b", "c"]])
    expect(importCycles(graphOf({ a: ["b"], b: ["c"], c: [] }))).toEqual([])
  })

  it("finds a cycle between folders that no single module closes", () => {
    const modules = graphOf({ "x/loader": ["y/rules"], "y/rules": [], "y/view": ["x/types"], "x/types": [] })
    expect(importCycles(modules)).toEqual([])
    expect(importCycles(groupGraph(modules, (module) => module.split("/")[0]))).toEqual([["x", "y"]])
  })
})
