import { createHash } from "node:crypto"
import fs from "node:fs/promises"
import path from "node:path"
import { fileURLToPath } from "node:url"
import type { AstroIntegration } from "astro"

/**
 * The file of a build that lists the Content-Security-Policy sources of its inline stylesheets:
 * one line, `'sha256-…'` sources separated by spaces. The servers add them to `style-src`
 * (`scripts/lib/security-headers.ts`, and nginx through `deploy/nginx-csp.envsh`).
 */
export const styleHashesFileName = "csp-style-hashes.txt"

/** A CSP hash source: `'sha256-` + base64 + `'`. */
export const styleHashSourcePattern = /^'sha256-[A-Za-z0-9+/]{43}='$/

/** The CSP source that allows an inline `<style>` whose text is exactly `css`. */
export function styleHashSource(css: string): string {
  return `'sha256-${createHash("sha256").update(css, "utf8").digest("base64")}'`
}

// An element's text runs to the first `</style`, whatever follows (the HTML tokenizer's rule).
const styleElementPattern = /<style(?:\s[^>]*)?>([\s\S]*?)<\/style/gi

/** The hash source of every `<style>` element of `html`, each once. */
export function inlineStyleHashes(html: string): string[] {
  const sources = new Set<string>()
  for (const match of html.matchAll(styleElementPattern)) sources.add(styleHashSource(match[1] ?? ""))
  return [...sources]
}

/** Parses a build's hashes file; throws on anything that is not a hash source (it ends up in a header). */
export function parseStyleHashes(text: string): string[] {
  const sources = text.split(/\s+/).filter(Boolean)
  const bad = sources.find((source) => !styleHashSourcePattern.test(source))
  if (bad) throw new Error(`${styleHashesFileName} holds ${bad.slice(0, 80)}, which is not a 'sha256-…' source`)
  return sources
}

/** Lists the hash sources of the inline stylesheets of every page of the built site `dir`, sorted. */
export async function writeStyleHashes(dir: string): Promise<string[]> {
  const pages = (await fs.readdir(dir, { recursive: true })).filter((name) => name.endsWith(".html"))
  const sources = new Set<string>()
  for (const page of pages) {
    for (const source of inlineStyleHashes(await fs.readFile(path.join(dir, page), "utf8"))) sources.add(source)
  }
  const sorted = [...sources].sort()
  await fs.writeFile(path.join(dir, styleHashesFileName), `${sorted.join(" ")}\n`)
  return sorted
}

/**
 * The Astro integration: once the pages are written, lists their inline stylesheets' hashes. The
 * build inlines every stylesheet (`astro.config.mjs`), so a page paints without waiting for a
 * stylesheet request (a whole round trip on a phone's network), and the policy still admits no
 * other inline style.
 */
export function styleHashes(): AstroIntegration {
  return {
    name: "ovop-style-hashes",
    hooks: {
      "astro:build:done": async ({ dir, logger }) => {
        const sources = await writeStyleHashes(fileURLToPath(dir))
        logger.info(`${sources.length} inline stylesheets hashed for the Content-Security-Policy`)
      },
    },
  }
}
