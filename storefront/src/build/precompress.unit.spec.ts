import fs from "node:fs"
import os from "node:os"
import path from "node:path"
import zlib from "node:zlib"
import { afterEach, describe, expect, it } from "vitest"
import { brotliQuality, precompressFolder } from "./precompress"

const folders: string[] = []
afterEach(() => {
  for (const folder of folders.splice(0)) fs.rmSync(folder, { recursive: true, force: true })
})
const folder = () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "ovop-precompress-"))
  folders.push(dir)
  return dir
}

/** A built site in small: a page, a hashed script, an image, a tiny robots.txt. */
function builtSite(): { dir: string; page: string; script: string } {
  const dir = folder()
  fs.mkdirSync(path.join(dir, "en", "products", "tosor-apricot-jam"), { recursive: true })
  fs.mkdirSync(path.join(dir, "_astro"))
  const page = `<!doctype html><h1>Apricot jam</h1>${"<li>Tosor apricots, sugar</li>".repeat(200)}`
  const script = `export const strings = ${JSON.stringify({ add: "Add to cart ".repeat(100) })}`
  fs.writeFileSync(path.join(dir, "en", "products", "tosor-apricot-jam", "index.html"), page)
  fs.writeFileSync(path.join(dir, "_astro", "BuyBox.CGyjHCZi.js"), script)
  fs.writeFileSync(path.join(dir, "_astro", "tosor-apricot-jam.webp"), Buffer.alloc(2000, 7))
  fs.writeFileSync(path.join(dir, "robots.txt"), "User-agent: *\n")
  return { dir, page, script }
}

describe("precompressFolder", () => {
  it("writes a .br and a .gz beside each text file they make smaller, and leaves images alone", async () => {
    const { dir, page, script } = builtSite()
    expect(await precompressFolder(dir)).toEqual({ files: 2, reused: 0 })
    const pageFile = path.join(dir, "en", "products", "tosor-apricot-jam", "index.html")
    expect(zlib.brotliDecompressSync(fs.readFileSync(`${pageFile}.br`)).toString()).toBe(page)
    expect(zlib.gunzipSync(fs.readFileSync(`${pageFile}.gz`)).toString()).toBe(page)
    const scriptFile = path.join(dir, "_astro", "BuyBox.CGyjHCZi.js")
    expect(zlib.brotliDecompressSync(fs.readFileSync(`${scriptFile}.br`)).toString()).toBe(script)
    expect(fs.existsSync(path.join(dir, "_astro", "tosor-apricot-jam.webp.br"))).toBe(false)
    // Compressing 14 bytes makes them longer: no twin.
    expect(fs.existsSync(path.join(dir, "robots.txt.gz"))).toBe(false)
  })

  it("takes unchanged files from the cache on the next build", async () => {
    const cache = folder()
    expect(await precompressFolder(builtSite().dir, cache)).toMatchObject({ reused: 0 })
    const next = builtSite()
    fs.writeFileSync(path.join(next.dir, "en", "products", "tosor-apricot-jam", "index.html"), `${next.page}<p>new</p>`)
    // The script and robots.txt are unchanged; the page changed.
    expect(await precompressFolder(next.dir, cache)).toEqual({ files: 2, reused: 2 })
    const pageFile = path.join(next.dir, "en", "products", "tosor-apricot-jam", "index.html")
    expect(zlib.gunzipSync(fs.readFileSync(`${pageFile}.gz`)).toString()).toBe(`${next.page}<p>new</p>`)
  })

  it("compresses hashed assets hardest and pages quickly", () => {
    expect(brotliQuality(path.join("_astro", "BuyBox.CGyjHCZi.js"))).toBe(11)
    expect(brotliQuality(path.join("en", "index.html"))).toBe(5)
  })
})
