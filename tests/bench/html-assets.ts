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
