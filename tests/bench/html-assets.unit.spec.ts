import { describe, expect, it } from "vitest"
import { mainImage, parseAttributes, parseSrcset, referencedAssets, scriptGraph, staticImports } from "./html-assets"

describe("parseAttributes", () => {
  it("reads double-, single- and un-quoted values and bare attributes", () => {
    expect(parseAttributes(` rel="stylesheet" href='/a.css' media=all crossorigin`)).toEqual({
      rel: "stylesheet",
      href: "/a.css",
      media: "all",
      crossorigin: "",
    })
  })
})

describe("referencedAssets", () => {
  const html = `<!doctype html><html><head>
    <link rel="alternate" hreflang="ja" href="http://localhost:4321/ja/">
    <link rel="stylesheet" href="/_astro/index.abc.css">
    <link REL="preload stylesheet" href="../_astro/extra.css" />
    <link rel="modulepreload" href="/_astro/client.js">
    <link rel="icon" href="/favicon.svg">
    <script type="module" src="/_astro/page.js"></script>
    <script type="module" src="/_astro/client.js"></script>
    <script>console.log("inline")</script>
    <link rel=stylesheet href=https://cdn.example/font.css>
  </head><body></body></html>`

  it("lists stylesheets, scripts and module preloads once each, as site paths", () => {
    expect(referencedAssets(html, "/en/")).toEqual({
      css: ["/_astro/index.abc.css", "/_astro/extra.css"],
      js: ["/_astro/client.js", "/_astro/page.js"],
      external: ["https://cdn.example/font.css"],
    })
  })

  it("resolves relative references against the page's folder", () => {
    expect(referencedAssets(`<script src="app.js"></script>`, "/en/").js).toEqual(["/en/app.js"])
  })

  it("returns nothing for a page whose styles are all inline", () => {
    expect(referencedAssets(`<style>body{margin:0}</style>`, "/en/")).toEqual({ css: [], js: [], external: [] })
  })
})

describe("staticImports", () => {
  it("finds the static imports and re-exports of a minified Vite chunk, not its dynamic imports", () => {
    const chunk = `import{s as o}from"./shop.CPRFpFqh.js";import"./live.IadGMOGm.js";export{p as f}from'./price.js';const l=()=>import("./lazy.js");o(l)`
    expect(staticImports(chunk)).toEqual(["./shop.CPRFpFqh.js", "./live.IadGMOGm.js", "./price.js"])
  })

  it("lists a module imported twice once", () => {
    expect(staticImports(`import { a } from "./a.js"\nimport { b } from "./a.js"`)).toEqual(["./a.js"])
  })
})

describe("scriptGraph", () => {
  const sources: Record<string, string> = {
    "/_astro/BuyBox.js": `import{s}from"./shop.js";import{p}from"./price.js";s(p)`,
    "/_astro/MiniCart.js": `import{s}from"./shop.js";s()`,
    "/_astro/shop.js": `import{p}from"/_astro/price.js";import"https://cdn.example/x.js";import"lit";export const s=p`,
    "/_astro/price.js": "export const p=1",
  }
  const read = (sitePath: string) => {
    const source = sources[sitePath]
    if (source === undefined) throw new Error(`read an unexpected file ${sitePath}`)
    return source
  }

  it("follows static imports transitively, each script once, entries first", () => {
    expect(scriptGraph(["/_astro/BuyBox.js", "/_astro/MiniCart.js"], read)).toEqual({
      scripts: ["/_astro/BuyBox.js", "/_astro/MiniCart.js", "/_astro/shop.js", "/_astro/price.js"],
      external: ["https://cdn.example/x.js", "lit"],
    })
  })

  it("returns nothing for a page without scripts", () => {
    expect(scriptGraph([], read)).toEqual({ scripts: [], external: [] })
  })
})

describe("parseSrcset", () => {
  it("reads width and density descriptors", () => {
    expect(parseSrcset("/_astro/jam_a.webp 400w, /_astro/jam_b.webp 800w")).toEqual([
      { url: "/_astro/jam_a.webp", width: 400 },
      { url: "/_astro/jam_b.webp", width: 800 },
    ])
    expect(parseSrcset(" a.webp, b.webp 1.5x ")).toEqual([{ url: "a.webp" }, { url: "b.webp", density: 1.5 }])
  })

  it("gives no candidate for an empty srcset", () => {
    expect(parseSrcset("")).toEqual([])
  })
})

describe("mainImage", () => {
  it("prefers the image marked fetchpriority=high", () => {
    const html = `<img src="/logo.svg" alt=""><main><img src="/_astro/jam.webp" srcset="/_astro/jam_a.webp 400w" fetchpriority="high" alt="Jam"></main>`
    expect(mainImage(html)?.src).toBe("/_astro/jam.webp")
  })

  it("falls back to the first image, and to nothing without one", () => {
    expect(mainImage(`<p>x</p><img src="/a.webp"><img src="/b.webp">`)?.src).toBe("/a.webp")
    expect(mainImage("<p>no image</p>")).toBeUndefined()
  })
})
