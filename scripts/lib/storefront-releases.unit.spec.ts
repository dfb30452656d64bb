import fs from "node:fs"
import os from "node:os"
import path from "node:path"
import { afterEach, describe, expect, it } from "vitest"
import { startRebuildHook } from "./rebuild-hook"
import { RebuildQueue } from "./rebuild-queue"
import { securityHeaders } from "./security-headers"
import { StorefrontReleases } from "./storefront-releases"
import { serveStorefront } from "./storefront-server"

// Real folders and a real static server on a free port: what `npm start` does on a rebuild,
// with a tiny stand-in for `astro build`.
const closers: (() => Promise<void>)[] = []
const dataDirs: string[] = []
afterEach(async () => {
  for (const close of closers.splice(0)) await close()
  for (const dir of dataDirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true })
})

const dataDir = () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "ovop-releases-"))
  dataDirs.push(dir)
  return dir
}

/** A stand-in for `astro build`: writes a home page saying `title`. */
const pageBuild = (title: string) => async (outDir: string) => {
  fs.mkdirSync(path.join(outDir, "en"), { recursive: true })
  fs.writeFileSync(path.join(outDir, "index.html"), `<h1>${title}</h1>`)
  fs.writeFileSync(path.join(outDir, "en", "index.html"), `<h1>${title} (en)</h1>`)
}

/** A stand-in for a failing `astro build`: writes half a site, then fails. */
const failingBuild = async (outDir: string) => {
  fs.mkdirSync(outDir, { recursive: true })
  fs.writeFileSync(path.join(outDir, "index.html"), "<h1>half")
  throw new Error("astro build exited with 1")
}

async function serve(root: string): Promise<(pathname: string) => Promise<string>> {
  const server = await serveStorefront({
    root,
    port: 0,
    headers: securityHeaders({ backendUrl: "http://localhost:9000" }),
  })
  closers.push(server.close)
  return async (pathname) => (await fetch(`http://127.0.0.1:${server.port}${pathname}`)).text()
}

describe("StorefrontReleases", () => {
  it("swaps the served build only when a build succeeds, and keeps the one before", async () => {
    const releases = new StorefrontReleases(path.join(dataDir(), "storefront-dist"))
    const first = await releases.build(pageBuild("Apricot jam"))
    const page = await serve(releases.linkPath)
    expect(await page("/")).toBe("<h1>Apricot jam</h1>")

    await expect(releases.build(failingBuild)).rejects.toThrow("astro build exited with 1")
    expect(await page("/")).toBe("<h1>Apricot jam</h1>")
    expect(await page("/en/")).toBe("<h1>Apricot jam (en)</h1>")
    expect(fs.readdirSync(releases.buildsDir)).toEqual([path.basename(first)])

    const second = await releases.build(pageBuild("Apricot jam from Tosor"))
    expect(await page("/en/")).toBe("<h1>Apricot jam from Tosor (en)</h1>")
    expect(releases.current()).toBe(fs.realpathSync(second))

    const third = await releases.build(pageBuild("Sea-buckthorn jam"))
    expect(await page("/")).toBe("<h1>Sea-buckthorn jam</h1>")
    // The build before the current one stays (pages loaded before the swap), older ones go.
    expect(fs.readdirSync(releases.buildsDir).sort()).toEqual([path.basename(second), path.basename(third)])
    expect(fs.lstatSync(releases.linkPath).isSymbolicLink()).toBe(true)
  })

  it("takes over a plain folder left by an older start as its first build", async () => {
    const linkPath = path.join(dataDir(), "storefront-dist")
    await pageBuild("Felt slippers")(linkPath)
    const releases = new StorefrontReleases(linkPath)
    releases.prepare()
    expect(fs.lstatSync(linkPath).isSymbolicLink()).toBe(true)
    const page = await serve(linkPath)
    expect(await page("/")).toBe("<h1>Felt slippers</h1>")
    await releases.build(pageBuild("Wool yarn"))
    expect(await page("/")).toBe("<h1>Wool yarn</h1>")
  })

  it("deletes at start a build cut short by a stop, and keeps serving the last good one", async () => {
    const linkPath = path.join(dataDir(), "storefront-dist")
    const releases = new StorefrontReleases(linkPath)
    const good = await releases.build(pageBuild("Dried apricots"))
    const cutShort = path.join(releases.buildsDir, "9999-unfinished")
    fs.mkdirSync(cutShort)
    new StorefrontReleases(linkPath).prepare()
    expect(fs.readdirSync(releases.buildsDir)).toEqual([path.basename(good)])
    expect(await (await serve(linkPath))("/")).toBe("<h1>Dried apricots</h1>")
  })
})

describe("the rebuild hook", () => {
  it("builds on an authorised local request, coalescing requests during a build", async () => {
    const releases = new StorefrontReleases(path.join(dataDir(), "storefront-dist"))
    await releases.build(pageBuild("Build 0"))
    const page = await serve(releases.linkPath)
    let builds = 0
    let release: () => void = () => {}
    const queue = new RebuildQueue(async () => {
      builds += 1
      const title = `Build ${builds}`
      // The first rebuild waits for the test, so the next requests arrive during it.
      if (builds === 1) await new Promise<void>((resolve) => (release = resolve))
      await releases.build(pageBuild(title))
    })
    const reasons: string[] = []
    const hook = await startRebuildHook({
      token: "local-token",
      onRebuild: (reason) => {
        reasons.push(reason)
        return queue.request()
      },
    })
    closers.push(hook.close)
    const post = (authorization?: string) =>
      fetch(hook.url, {
        method: "POST",
        headers: authorization ? { authorization } : {},
        body: JSON.stringify({ reason: "product.updated" }),
      })

    expect((await post()).status).toBe(401)
    expect((await post("Bearer wrong-token")).status).toBe(401)
    expect((await fetch(hook.url)).status).toBe(405)
    expect(new URL(hook.url).hostname).toBe("127.0.0.1")

    const answers = await Promise.all([post("Bearer local-token"), post("Bearer local-token")])
    expect(await answers[0]?.json()).toEqual({ slot: "building" })
    expect(await answers[1]?.json()).toEqual({ slot: "building-with-follow-up" })
    expect((await (await post("Bearer local-token")).json()).slot).toBe("building-with-follow-up")
    expect(reasons).toEqual(["product.updated", "product.updated", "product.updated"])
    expect(await page("/")).toBe("<h1>Build 0</h1>")

    release()
    await queue.whenIdle()
    // The first rebuild and one follow-up for the two requests made during it.
    expect(builds).toBe(2)
    expect(await page("/")).toBe("<h1>Build 2</h1>")
  })
})
