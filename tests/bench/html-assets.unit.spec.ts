import { describe, expect, it } from "vitest"
import { parseAttributes, referencedAssets } from "./html-assets"

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
