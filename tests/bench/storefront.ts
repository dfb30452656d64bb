import { spawn } from "node:child_process"
import fs from "node:fs"
import path from "node:path"
import zlib from "node:zlib"
import { repoRoot } from "../../scripts/lib/config"
import { renderBlockingStylesheets } from "../page-weight/page-weight"
import type { Figures } from "./figures"
import { mainImage, parseSrcset, referencedAssets, scriptGraph } from "./html-assets"
import { OutputTail } from "./output-tail"
import { benchPorts } from "./stack"

const storefrontDir = path.join(repoRoot, "storefront")
const astroBin = path.join(repoRoot, "node_modules", ".bin", "astro")

/** Astro's caches: its `cacheDir` (optimised images), Vite's cache and the generated types folder. */
export const astroCacheDirs = [
  path.join(storefrontDir, "node_modules", ".astro"),
  path.join(storefrontDir, "node_modules", ".vite"),
  path.join(storefrontDir, ".astro"),
]

/** Where a running storefront build is, so an interrupted benchmark can end it. */
export const activeBuilds = new Set<ReturnType<typeof spawn>>()

/**
 * Runs `astro build` into `outDir` with the environment `scripts/start.ts` gives it, against
 * the benchmark's backend, and returns its duration in seconds. Its output goes to `logFile`.
 */
export async function buildStorefront(dataDir: string, outDir: string, logFile: string): Promise<number> {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    MEDUSA_BACKEND_URL: `http://localhost:${benchPorts.backend}`,
    STOREFRONT_URL: `http://localhost:${benchPorts.storefront}`,
    OVOP_STOREFRONT_CONFIG: path.join(dataDir, "storefront.json"),
    ASTRO_TELEMETRY_DISABLED: "1",
    OVOP_STOREFRONT_OUT_DIR: outDir,
  }
  const log = fs.createWriteStream(logFile)
  const tail = new OutputTail(15)
  const begin = performance.now()
  const code = await new Promise<number | string>((resolve, reject) => {
    const child = spawn(astroBin, ["build"], { cwd: storefrontDir, env, stdio: ["ignore", "pipe", "pipe"] })
    activeBuilds.add(child)
    const onOutput = (chunk: Buffer) => {
      log.write(chunk)
      tail.push(chunk.toString())
    }
    child.stdout.on("data", onOutput)
    child.stderr.on("data", onOutput)
    child.on("error", reject)
    child.on("exit", (exitCode, signal) => {
      activeBuilds.delete(child)
      resolve(exitCode ?? signal ?? "unknown")
    })
  })
  const seconds = (performance.now() - begin) / 1000
  await new Promise((resolve) => log.end(resolve))
  if (code !== 0) throw new Error(`astro build exited with ${code}; see ${logFile}\n${tail.text()}`)
  return seconds
}

const gzipBytes = (file: string): number => zlib.gzipSync(fs.readFileSync(file), { level: 9 }).length

/** What a first visit of one built page downloads before images, gzip-9, file by file. */
export type PageWeight = {
  htmlBytes: number
  cssBytes: number
  jsBytes: number
  /** The HTML plus its render-blocking stylesheets: what the first screen waits for (issue 13). */
  firstScreenBytes: number
  cssFiles: number
  /** Scripts the page references plus the modules they import statically. */
  jsFiles: number
  /** Of `jsFiles`, how many are only imported by another script. */
  importedJsFiles: number
  /** References to other origins (not part of the build, not weighed). */
  external: string[]
}

/** Weighs the built page at `pagePath` (e.g. `/en/`) in `outDir`: its HTML, stylesheets and scripts. */
export function pageWeight(outDir: string, pagePath: string): PageWeight {
  const htmlFile = path.join(outDir, pagePath, "index.html")
  const html = fs.readFileSync(htmlFile, "utf8")
  const assets = referencedAssets(html, pagePath)
  const graph = scriptGraph(assets.js, (sitePath) => fs.readFileSync(path.join(outDir, sitePath), "utf8"))
  const sum = (sitePaths: string[]) => sitePaths.reduce((total, p) => total + gzipBytes(path.join(outDir, p)), 0)
  return {
    htmlBytes: gzipBytes(htmlFile),
    cssBytes: sum(assets.css),
    jsBytes: sum(graph.scripts),
    firstScreenBytes: gzipBytes(htmlFile) + sum(renderBlockingStylesheets(html, pagePath)),
    cssFiles: assets.css.length,
    jsFiles: graph.scripts.length,
    importedJsFiles: graph.scripts.length - assets.js.length,
    external: [...assets.external, ...graph.external],
  }
}

const files = (count: number, kind: string) =>
  count === 0 ? `no ${kind} file referenced` : `${count} file${count === 1 ? "" : "s"}`

const scriptFiles = (weight: PageWeight) =>
  `${files(weight.jsFiles, "script")}${weight.importedJsFiles ? ` (${weight.importedJsFiles} imported by the others)` : ""}`

const externalNote = (weight: PageWeight) =>
  weight.external.length ? `also loads from other origins: ${weight.external.join(", ")}` : undefined

/**
 * Gzip-9 sizes of the built English home page and, summed file by file, of the CSS and the JS
 * it references (with the modules those scripts import): what a first visit downloads before images.
 */
export function homePageWeight(outDir: string): Figures {
  const weight = pageWeight(outDir, "/en/")
  const external = externalNote(weight)
  return {
    home_html_gzip_bytes: { value: weight.htmlBytes, unit: "B", ...(external && { note: external }) },
    home_css_gzip_bytes: {
      value: weight.cssBytes,
      unit: "B",
      note: `${files(weight.cssFiles, "stylesheet")}${weight.cssFiles ? "" : " (inline styles count in the HTML)"}`,
    },
    home_js_gzip_bytes: { value: weight.jsBytes, unit: "B", note: scriptFiles(weight) },
  }
}

/** The English product pages of a build, as site paths (`/en/products/<handle>/`), in name order. */
export function productPagePaths(outDir: string): string[] {
  const productsDir = path.join(outDir, "en", "products")
  if (!fs.existsSync(productsDir)) return []
  return fs
    .readdirSync(productsDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && fs.existsSync(path.join(productsDir, entry.name, "index.html")))
    .map((entry) => `/en/products/${entry.name}/`)
    .sort()
}

/** The srcset width the product image budget (issue 5) is about. */
const productImageWidth = 400

/**
 * Weighs every built English product page and reports the heaviest (HTML + CSS + JS, gzip-9,
 * without images) and its JS, and the largest `400w` candidate of a product page's main image
 * (bytes as served: images are not gzipped). Throws when a page has no main image or no such candidate.
 */
export function productPageWeight(outDir: string): Figures {
  const pages = weighProductPages(outDir)
  const heaviest = heaviestOf(pages)
  const largestImage = pages.reduce((a, b) => (b.imageBytes > a.imageBytes ? b : a))
  const { weight } = heaviest
  const external = externalNote(weight)
  return {
    product_page_gzip_bytes: {
      value: heaviest.total,
      unit: "B",
      note: [
        `heaviest of ${pages.length} English product pages: ${heaviest.pagePath}`,
        `HTML ${weight.htmlBytes} + CSS ${weight.cssBytes} + JS ${weight.jsBytes} B; images not counted`,
        external,
      ]
        .filter(Boolean)
        .join("; "),
    },
    product_page_js_gzip_bytes: {
      value: weight.jsBytes,
      unit: "B",
      note: `${heaviest.pagePath}: ${scriptFiles(weight)}`,
    },
    // What the first screen needs before it can paint: the HTML plus its render-blocking stylesheets (issue 13).
    product_page_first_screen_gzip_bytes: {
      value: weight.firstScreenBytes,
      unit: "B",
      note: `${heaviest.pagePath}: HTML ${weight.htmlBytes} B + render-blocking CSS`,
    },
    product_main_image_400w_bytes: {
      value: largestImage.imageBytes,
      unit: "B",
      note: `largest ${productImageWidth}w main image of ${pages.length} product pages: ${largestImage.imagePath} (${largestImage.pagePath})`,
    },
  }
}

/** The English product page of a build that weighs most without images (the one its LCP is measured on). */
export function heaviestProductPage(outDir: string): string {
  return heaviestOf(weighProductPages(outDir)).pagePath
}

type WeighedProductPage = { pagePath: string; weight: PageWeight; total: number; imagePath: string; imageBytes: number }

const heaviestOf = (pages: readonly WeighedProductPage[]) => pages.reduce((a, b) => (b.total > a.total ? b : a))

function weighProductPages(outDir: string): WeighedProductPage[] {
  const pagePaths = productPagePaths(outDir)
  if (!pagePaths.length) throw new Error(`no product page in ${path.join(outDir, "en", "products")}`)
  return pagePaths.map((pagePath) => {
    const weight = pageWeight(outDir, pagePath)
    const html = fs.readFileSync(path.join(outDir, pagePath, "index.html"), "utf8")
    const image = mainImage(html)
    if (!image) throw new Error(`${pagePath} has no <img>`)
    const candidate = parseSrcset(image.srcset ?? "").find((c) => c.width === productImageWidth)
    if (!candidate)
      throw new Error(`the main image of ${pagePath} has no ${productImageWidth}w candidate (srcset "${image.srcset}")`)
    const imagePath = new URL(candidate.url, new URL(pagePath, "http://site.invalid")).pathname
    const imageBytes = fs.statSync(path.join(outDir, decodeURIComponent(imagePath))).size
    return { pagePath, weight, total: weight.htmlBytes + weight.cssBytes + weight.jsBytes, imagePath, imageBytes }
  })
}
