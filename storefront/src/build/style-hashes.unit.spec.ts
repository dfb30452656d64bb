import { createHash } from "node:crypto"
import fs from "node:fs"
import os from "node:os"
import path from "node:path"
import { describe, expect, it } from "vitest"
import { inlineStyleHashes, parseStyleHashes, styleHashSource, writeStyleHashes } from "./style-hashes"

describe("the inline stylesheets' hashes", () => {
  it("hash a style's exact text as CSP's sha256 source", () => {
    const css = ".buy-box button{min-height:44px}\n"
    const expected = createHash("sha256").update(css).digest("base64")
    expect(styleHashSource(css)).toBe(`'sha256-${expected}'`)
    expect(styleHashSource(css.trim())).not.toBe(styleHashSource(css))
  })

  it("find every <style> of a page, with or without attributes, each once", () => {
    const html = `<head><style>a{color:red}</style><style media="screen">b{}</style></head><body><style>a{color:red}</style></body>`
    expect(inlineStyleHashes(html)).toEqual([styleHashSource("a{color:red}"), styleHashSource("b{}")])
    expect(inlineStyleHashes("<p>no style</p>")).toEqual([])
  })

  it("write one sorted list for the whole build, and read it back", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "ovop-style-hashes-"))
    try {
      fs.mkdirSync(path.join(dir, "en", "products", "jam"), { recursive: true })
      fs.writeFileSync(path.join(dir, "index.html"), "<style>x{}</style>")
      fs.writeFileSync(path.join(dir, "en", "products", "jam", "index.html"), "<style>x{}</style><style>y{}</style>")
      const written = await writeStyleHashes(dir)
      expect(written).toEqual([styleHashSource("x{}"), styleHashSource("y{}")].sort())
      expect(parseStyleHashes(fs.readFileSync(path.join(dir, "csp-style-hashes.txt"), "utf8"))).toEqual(written)
    } finally {
      fs.rmSync(dir, { recursive: true, force: true })
    }
  })

  it("refuse a list holding anything but hash sources", () => {
    expect(() => parseStyleHashes("'sha256-abc'")).toThrow("not a 'sha256-…' source")
    expect(() => parseStyleHashes("'self'")).toThrow("not a 'sha256-…' source")
    expect(parseStyleHashes("  \n")).toEqual([])
  })
})
