/** The stylesheets and scripts a page loads, as site paths (e.g. `/_astro/index.Bx1.css`). */
export type PageAssets = { css: string[]; js: string[]; external: string[] }

const tagPattern = /<(link|script)\b([^>]*)>/gi
const attributePattern = /([^\s=/>]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+)))?/g

/** The attributes of one start tag, names lower-cased, valueless attributes as "". */
export function parseAttributes(source: string): Record<string, string> {
  const attributes: Record<string, string> = {}
  for (const match of source.matchAll(attributePattern)) {
    const name = match[1]?.toLowerCase()
    if (name) attributes[name] = match[2] ?? match[3] ?? match[4] ?? ""
  }
  return attributes
}

/**
 * The CSS and JS files `html` references through `<link rel="stylesheet">`, `<script src>` and
 * `<link rel="modulepreload">`, resolved against the page's path (`/en/`). Each file is listed
 * once; references to another origin are returned apart since they are not part of the build.
 */
export function referencedAssets(html: string, pagePath: string): PageAssets {
  const base = new URL(pagePath, "http://site.invalid")
  const assets: PageAssets = { css: [], js: [], external: [] }
  const add = (list: string[], reference: string) => {
    const url = new URL(reference, base)
    if (url.origin !== base.origin) {
      if (!assets.external.includes(url.href)) assets.external.push(url.href)
    } else if (!list.includes(url.pathname)) list.push(url.pathname)
  }
  for (const match of html.matchAll(tagPattern)) {
    const attributes = parseAttributes(match[2] ?? "")
    if (match[1]?.toLowerCase() === "script") {
      if (attributes.src) add(assets.js, attributes.src)
      continue
    }
    const rel = (attributes.rel ?? "").toLowerCase().split(/\s+/)
    if (!attributes.href) continue
    if (rel.includes("stylesheet")) add(assets.css, attributes.href)
    else if (rel.includes("modulepreload")) add(assets.js, attributes.href)
  }
  return assets
}

// `import … from "x"`, `import "x"` and `export … from "x"` of built (possibly minified) ES
// modules; `import("x")` is left out: a dynamic import is not loaded with the page.
const staticImportPattern = /\b(?:import|export)\s*(?:[^"'();=]*?\bfrom\s*)?["']([^"']+)["']/g

/** The specifiers a built ES module imports statically, in order, each once. */
export function staticImports(source: string): string[] {
  const specifiers: string[] = []
  for (const match of source.matchAll(staticImportPattern)) {
    const specifier = match[1]
    if (specifier && !specifiers.includes(specifier)) specifiers.push(specifier)
  }
  return specifiers
}

/**
 * Every same-origin script a page loads at start: its `entries` (site paths) and, transitively,
 * what they import statically, each once. `readScript` gives the source of a site path; imports
 * of another origin or of a bare package name cannot be in the build and are returned apart.
 */
export function scriptGraph(
  entries: readonly string[],
  readScript: (sitePath: string) => string,
): { scripts: string[]; external: string[] } {
  const scripts: string[] = []
  const external: string[] = []
  const pending = [...entries]
  for (let sitePath = pending.shift(); sitePath !== undefined; sitePath = pending.shift()) {
    if (scripts.includes(sitePath)) continue
    scripts.push(sitePath)
    const base = new URL(sitePath, "http://site.invalid")
    for (const specifier of staticImports(readScript(sitePath))) {
      const isUrl = /^(\.{0,2}\/|[a-z][a-z0-9+.-]*:)/i.test(specifier)
      const url = isUrl ? new URL(specifier, base) : undefined
      if (!url || url.origin !== base.origin) {
        if (!external.includes(specifier)) external.push(specifier)
      } else pending.push(url.pathname)
    }
  }
  return { scripts, external }
}

/** One candidate of an `<img srcset>`: its URL and its width (`400w`) or pixel density (`2x`) descriptor. */
export type ImageCandidate = { url: string; width?: number; density?: number }

/** The candidates of a `srcset` attribute (URLs holding a comma are not supported: the build writes none). */
export function parseSrcset(srcset: string): ImageCandidate[] {
  return srcset
    .split(",")
    .map((part) => part.trim().split(/\s+/))
    .filter(([url]) => Boolean(url))
    .map(([url, descriptor]) => {
      const candidate: ImageCandidate = { url: url as string }
      const width = /^(\d+)w$/.exec(descriptor ?? "")
      const density = /^(\d+(?:\.\d+)?)x$/.exec(descriptor ?? "")
      if (width) candidate.width = Number(width[1])
      else if (density) candidate.density = Number(density[1])
      return candidate
    })
}

const imagePattern = /<img\b([^>]*)>/gi

/**
 * The attributes of a page's main image: the first `<img>` marked `fetchpriority="high"` (what the
 * page itself says is its largest paint), else the first `<img>`; undefined without any image.
 */
export function mainImage(html: string): Record<string, string> | undefined {
  const images = [...html.matchAll(imagePattern)].map((match) => parseAttributes(match[1] ?? ""))
  return images.find((image) => image.fetchpriority?.toLowerCase() === "high") ?? images[0]
}
