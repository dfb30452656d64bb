import fs from "node:fs"
import path from "node:path"
import zlib from "node:zlib"
import { parseAttributes, referencedAssets, scriptGraph } from "../bench/html-assets"

/** The gzip level the weights are measured at: what the build's `.gz` twins use (and nginx's `gzip_static` serves). */
const gzipLevel = 9

const gzipBytes = (content: Buffer | string): number => zlib.gzipSync(content, { level: gzipLevel }).length

/**
 * What a first visit of one built page downloads before images, gzip-9, file by file: the HTML,
 * the stylesheets it links, the scripts it loads with what they import statically, and its first
 * screen: the HTML document plus its render-blocking stylesheets (`firstScreenBytes`).
 */
export type PageWeight = {
  htmlBytes: number
  cssBytes: number
  jsBytes: number
  /** HTML + CSS + JS. */
  totalBytes: number
  /**
   * The first screen: the gzipped HTML document plus the gzipped stylesheets that block rendering
   * (every `<link rel="stylesheet">` whose `media` is absent, `all` or `screen`). The browser can
   * paint only once it has both, so both must arrive in the first round trips: 14 KB is about the
   * first ten TCP segments a server sends before it waits for an acknowledgement.
   */
  firstScreenBytes: number
  cssFiles: string[]
  jsFiles: string[]
  /** References to other origins (not part of the build, not weighed). */
  external: string[]
}

const stylesheetLinkPattern = /<link\b([^>]*)>/gi

/** The stylesheets of `html` that block its first paint, as site paths resolved against `pagePath`. */
export function renderBlockingStylesheets(html: string, pagePath: string): string[] {
  const base = new URL(pagePath, "http://site.invalid")
  const sheets: string[] = []
  for (const match of html.matchAll(stylesheetLinkPattern)) {
    const attributes = parseAttributes(match[1] ?? "")
    const rel = (attributes.rel ?? "").toLowerCase().split(/\s+/)
    if (!rel.includes("stylesheet") || rel.includes("alternate") || !attributes.href) continue
    const media = (attributes.media ?? "all").trim().toLowerCase()
    if (media !== "" && media !== "all" && media !== "screen") continue
    const url = new URL(attributes.href, base)
    if (url.origin === base.origin && !sheets.includes(url.pathname)) sheets.push(url.pathname)
  }
  return sheets
}

/** The HTML file of a site path in a build (`/en/` -> `en/index.html`, `/404.html` as is). */
export function htmlFileOf(outDir: string, pagePath: string): string {
  return pagePath.endsWith(".html") ? path.join(outDir, pagePath) : path.join(outDir, pagePath, "index.html")
}

/** Weighs the built page at `pagePath` (e.g. `/en/`) in `outDir`: its HTML, stylesheets, scripts and first screen. */
export function pageWeight(outDir: string, pagePath: string): PageWeight {
  const html = fs.readFileSync(htmlFileOf(outDir, pagePath))
  const assets = referencedAssets(html.toString("utf8"), pagePath)
  const graph = scriptGraph(assets.js, (sitePath) => fs.readFileSync(path.join(outDir, sitePath), "utf8"))
  const weigh = (sitePath: string) => gzipBytes(fs.readFileSync(path.join(outDir, sitePath)))
  const sum = (sitePaths: readonly string[]) => sitePaths.reduce((total, p) => total + weigh(p), 0)
  const htmlBytes = gzipBytes(html)
  const cssBytes = sum(assets.css)
  const jsBytes = sum(graph.scripts)
  return {
    htmlBytes,
    cssBytes,
    jsBytes,
    totalBytes: htmlBytes + cssBytes + jsBytes,
    firstScreenBytes: htmlBytes + sum(renderBlockingStylesheets(html.toString("utf8"), pagePath)),
    cssFiles: assets.css,
    jsFiles: graph.scripts,
    external: [...assets.external, ...graph.external],
  }
}

/**
 * The page templates of the storefront (its `src/pages` files) as route patterns: `[locale]/products/[handle]`.
 * Dynamic segments are the bracketed ones; `index` names the folder itself.
 */
export function templatesOf(pagesDir: string): string[] {
  const templates: string[] = []
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name)
      if (entry.isDirectory()) walk(full)
      else if (entry.name.endsWith(".astro")) templates.push(path.relative(pagesDir, full).replace(/\.astro$/, ""))
    }
  }
  walk(pagesDir)
  return templates.sort()
}

/** The segments a template's pages have: `[locale]/products/index` -> `["[locale]", "products"]`. */
const templateSegments = (template: string) =>
  template.split("/").filter((segment, index, all) => !(segment === "index" && index === all.length - 1))

/**
 * The template a built page comes from: the one whose segments match the page's, literal ones
 * before dynamic ones (`/en/products/` is the listing, not a product). `/404.html` is the `404` page.
 */
export function templateOf(pagePath: string, templates: readonly string[]): string | undefined {
  if (pagePath.endsWith(".html")) {
    const name = pagePath.replace(/^\//, "").replace(/\.html$/, "")
    return templates.find((template) => template === name)
  }
  const segments = pagePath.split("/").filter(Boolean)
  const candidates = templates
    .map((template) => ({ template, parts: templateSegments(template) }))
    .filter(
      ({ parts }) =>
        parts.length === segments.length &&
        parts.every((part, index) => (part.startsWith("[") && part.endsWith("]")) || part === segments[index]),
    )
  const literalCount = (parts: string[]) => parts.filter((part) => !part.startsWith("[")).length
  candidates.sort((a, b) => literalCount(b.parts) - literalCount(a.parts))
  return candidates[0]?.template
}

/** Every HTML page of a build as a site path (`/en/products/jam/`, `/404.html`), in name order. */
export function builtPages(outDir: string): string[] {
  const pages: string[] = []
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name)
      const sitePath = `/${path.relative(outDir, full).split(path.sep).join("/")}`
      if (entry.isDirectory()) walk(full)
      else if (entry.name === "index.html") pages.push(sitePath.replace(/index\.html$/, ""))
      else if (entry.name.endsWith(".html")) pages.push(sitePath)
    }
  }
  walk(outDir)
  return pages.sort()
}

/** The measures a template's budget can limit. */
export const measures = [
  ["html", "htmlBytes"],
  ["css", "cssBytes"],
  ["js", "jsBytes"],
  ["total", "totalBytes"],
  ["firstScreen", "firstScreenBytes"],
] as const

/** A measure of a page: `html`, `css`, `js`, `total` or `firstScreen`. */
export type Measure = (typeof measures)[number][0]

/** One limit, in gzip-9 bytes, and where it comes from (an issue, or a recorded baseline). */
export type ByteLimit = { max: number; source: string }

/** The limits of one template, each optional. */
export type TemplateBudget = Partial<Record<Measure, ByteLimit>>

/** The budgets file: a default for every template (`*`) and the templates with limits of their own. */
export type PageWeightBudgets = Record<string, TemplateBudget>

/** A limit a page went over. */
export type PageOverBudget = { pagePath: string; template: string; measure: Measure; bytes: number } & ByteLimit

/** Each limit of a template: its own, else the default (`*`)'s, so a template lists only what differs. */
export function budgetFor(template: string, budgets: PageWeightBudgets): TemplateBudget {
  return { ...budgets["*"], ...budgets[template] }
}

/** The limits `weight` goes over on page `pagePath` of `template`; empty when the page is within its budget. */
export function overBudget(
  pagePath: string,
  template: string,
  weight: PageWeight,
  budgets: PageWeightBudgets,
): PageOverBudget[] {
  const limits = budgetFor(template, budgets)
  const over: PageOverBudget[] = []
  for (const [measure, field] of measures) {
    const limit = limits[measure]
    if (limit && weight[field] > limit.max) over.push({ pagePath, template, measure, bytes: weight[field], ...limit })
  }
  return over
}

/** A line a person can act on: which page, which measure, by how much, and whose limit it is. */
export function describeOver(over: PageOverBudget): string {
  return `${over.pagePath} (${over.template}): ${over.measure} ${over.bytes} B gzip > ${over.max} B (${over.source}), ${over.bytes - over.max} B over`
}

/** Reads and checks the budgets file (keys starting with `$` are comments): every limit needs a positive max and a source. */
export function parsePageWeightBudgets(json: unknown): PageWeightBudgets {
  if (typeof json !== "object" || json === null || Array.isArray(json))
    throw new Error("page weight budgets must be an object of template to budget")
  const budgets: PageWeightBudgets = {}
  const known = new Set<string>(measures.map(([measure]) => measure))
  for (const [template, entry] of Object.entries(json)) {
    if (template.startsWith("$")) continue
    if (typeof entry !== "object" || entry === null) throw new Error(`page weight budget ${template}: not an object`)
    const budget: TemplateBudget = {}
    for (const [measure, limit] of Object.entries(entry)) {
      if (!known.has(measure)) throw new Error(`page weight budget ${template}: unknown measure ${measure}`)
      const { max, source } = (limit ?? {}) as Record<string, unknown>
      if (typeof max !== "number" || !Number.isFinite(max) || max <= 0)
        throw new Error(`page weight budget ${template}.${measure}: max must be a positive number of bytes`)
      if (typeof source !== "string" || !source)
        throw new Error(`page weight budget ${template}.${measure}: needs a source`)
      budget[measure as Measure] = { max, source }
    }
    budgets[template] = budget
  }
  return budgets
}

/** Weighs every built page, checks it against its template's budget and returns what is over, and the pages weighed. */
export function checkBuild(
  outDir: string,
  templates: readonly string[],
  budgets: PageWeightBudgets,
): {
  over: PageOverBudget[]
  weighed: { pagePath: string; template: string; weight: PageWeight }[]
  unknown: string[]
} {
  const over: PageOverBudget[] = []
  const weighed: { pagePath: string; template: string; weight: PageWeight }[] = []
  const unknown: string[] = []
  for (const pagePath of builtPages(outDir)) {
    const template = templateOf(pagePath, templates)
    if (!template) {
      unknown.push(pagePath)
      continue
    }
    const weight = pageWeight(outDir, pagePath)
    weighed.push({ pagePath, template, weight })
    over.push(...overBudget(pagePath, template, weight, budgets))
  }
  return { over, weighed, unknown }
}
