import { spawn } from "node:child_process"
import fs from "node:fs"
import path from "node:path"
import { startRebuildHook } from "./lib/rebuild-hook"
import { RebuildQueue } from "./lib/rebuild-queue"
import { StorefrontReleases } from "./lib/storefront-releases"

/**
 * The storefront builder of the production topology (docker-compose `storefront-build`): builds
 * the static site into `<OVOP_STOREFRONT_SITE_DIR>/storefront-builds/<time>` and serves it
 * through the link `<OVOP_STOREFRONT_SITE_DIR>/storefront-dist` (nginx's root), then waits for
 * the backend's rebuild requests (`POST /rebuild` with `OVOP_STOREFRONT_REBUILD_TOKEN`, port
 * `OVOP_STOREFRONT_BUILDER_PORT`, 4000) and swaps a new build in only when it succeeds.
 * Without a token it builds once and takes no requests.
 */
const siteDir = path.resolve(process.env.OVOP_STOREFRONT_SITE_DIR || "/srv/storefront")
const storefrontDir = path.resolve(
  process.env.OVOP_STOREFRONT_DIR || path.join(import.meta.dirname, "..", "storefront"),
)
const token = process.env.OVOP_STOREFRONT_REBUILD_TOKEN
const port = Number(process.env.OVOP_STOREFRONT_BUILDER_PORT || 4000)

const releases = new StorefrontReleases(path.join(siteDir, "storefront-dist"))
fs.mkdirSync(siteDir, { recursive: true })
releases.prepare()

/** `astro build` into `outDir`, its output passed through to the container's log. */
const astroBuild = (outDir: string) =>
  new Promise<void>((resolve, reject) => {
    const child = spawn("npx", ["astro", "build"], {
      cwd: storefrontDir,
      env: { ...process.env, OVOP_STOREFRONT_OUT_DIR: outDir },
      stdio: "inherit",
    })
    child.on("error", reject)
    child.on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`astro build exited with ${code}`))))
  })

const queue = new RebuildQueue(
  async () => {
    const served = await releases.build(astroBuild)
    console.log(`storefront build ${path.basename(served)} is served`)
  },
  (error) => console.error(`storefront build failed; the previous build keeps being served: ${String(error)}`),
)

queue.request()
// The first build must succeed before there is anything to serve: a failed one ends the container.
await queue.whenIdle()
if (!releases.current()) throw new Error("the first storefront build failed")

if (!token) {
  console.log("OVOP_STOREFRONT_REBUILD_TOKEN is not set: no rebuilds; restart this service to rebuild")
  // Stay up: nginx waits for this service to be healthy.
  setInterval(() => {}, 2 ** 31 - 1)
} else {
  // Inside the compose network only (the port is not published); the token guards it there.
  await startRebuildHook({
    token,
    port,
    host: "0.0.0.0",
    onRebuild: (reason) => {
      console.log(`rebuild asked${reason ? ` (${reason})` : ""}`)
      return queue.request()
    },
  })
  console.log(`waiting for rebuild requests on :${port}/rebuild`)
}
