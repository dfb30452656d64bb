import { spawn } from "node:child_process"
import fs from "node:fs"
import path from "node:path"
import zlib from "node:zlib"
import { repoRoot } from "../../scripts/lib/config"
import type { Figures } from "./figures"
import { referencedAssets } from "./html-assets"
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

/**
 * Gzip-9 sizes of the built English home page and, summed file by file, of the CSS and the JS
 * it references: what a first visit downloads before images.
 */
export function homePageWeight(outDir: string): Figures {
  const pagePath = "/en/"
  const htmlFile = path.join(outDir, "en", "index.html")
  const assets = referencedAssets(fs.readFileSync(htmlFile, "utf8"), pagePath)
  const sum = (sitePaths: string[]) => sitePaths.reduce((total, p) => total + gzipBytes(path.join(outDir, p)), 0)
  const files = (count: number, kind: string) =>
    count === 0 ? `no ${kind} file referenced` : `${count} file${count === 1 ? "" : "s"}`
  return {
    home_html_gzip_bytes: {
      value: gzipBytes(htmlFile),
      unit: "B",
      ...(assets.external.length && { note: `also loads from other origins: ${assets.external.join(", ")}` }),
    },
    home_css_gzip_bytes: {
      value: sum(assets.css),
      unit: "B",
      note: `${files(assets.css.length, "stylesheet")}${assets.css.length ? "" : " (inline styles count in the HTML)"}`,
    },
    home_js_gzip_bytes: { value: sum(assets.js), unit: "B", note: files(assets.js.length, "script") },
  }
}
