import { createHash } from "node:crypto"
import fs from "node:fs"
import os from "node:os"
import path from "node:path"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import {
  budgetFor,
  builtPages,
  checkBuild,
  describeOver,
  type PageWeightBudgets,
  pageWeight,
  parsePageWeightBudgets,
  renderBlockingStylesheets,
  templateOf,
} from "./page-weight"

/** `bytes` of text gzip cannot shrink much (a hash chain in base64), so a fixture weighs what it says. */
function incompressibleText(bytes: number, seed: string): string {
  let text = ""
  let block = seed
  while (text.length < bytes) {
    block = createHash("sha256").update(block).digest("base64")
    text += block
  }
  return text.slice(0, bytes)
}

const templates = [
  "404",
  "[locale]/index",
  "[locale]/products/[handle]",
  "[locale]/products/index",
  "[locale]/categories/[handle]",
  "index",
  "ja/tokushoho",
]

/** A built product page of the fixture build: its HTML, one stylesheet and one script importing another. */
function productPage(description: string, css: string) {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Tosor apricot jam</title>
<link rel="stylesheet" href="/_astro/product.css"><link rel="stylesheet" href="/_astro/print.css" media="print">
<script type="module" src="/_astro/BuyBox.js"></script></head>
<body><h1>Tosor apricot jam</h1><p>${description}</p><style>${css}</style></body></html>`
}

let outDir: string

beforeAll(() => {
  outDir = fs.mkdtempSync(path.join(os.tmpdir(), "page-weight-fixture-"))
  const write = (sitePath: string, content: string) => {
    const file = path.join(outDir, sitePath)
    fs.mkdirSync(path.dirname(file), { recursive: true })
    fs.writeFileSync(file, content)
  }
  write("_astro/product.css", `body{font-family:system-ui}${incompressibleText(2_000, "css")}`)
  write("_astro/print.css", `@media print{nav{display:none}}${incompressibleText(3_000, "print")}`)
  write("_astro/BuyBox.js", `import{a}from"./shop.js";a(${JSON.stringify(incompressibleText(1_000, "buybox"))})`)
  write("_astro/shop.js", `export const a=(s)=>console.log(s)`)
  write("en/products/tosor-apricot-jam/index.html", productPage("Small, sweet apricots cooked in copper basins.", ""))
  // The oversized fixture: 24 KB of text gzip cannot shrink much, far over the first screen's 14 KB.
  write("ja/products/oversized-jam/index.html", productPage(incompressibleText(24_000, "oversized"), ""))
  write("en/products/index.html", "<!doctype html><html><head></head><body>all products</body></html>")
  write("en/index.html", "<!doctype html><html><head></head><body>home</body></html>")
  write("ja/tokushoho/index.html", "<!doctype html><html><head></head><body>特定商取引法に基づく表記</body></html>")
  write("404.html", "<!doctype html><html><head></head><body>not found</body></html>")
  write("index.html", "<!doctype html><html><head></head><body>choose a language</body></html>")
})

afterAll(() => fs.rmSync(outDir, { recursive: true, force: true }))

const budgets: PageWeightBudgets = {
  "*": { firstScreen: { max: 14_336, source: "issue 13" }, html: { max: 15_000, source: "recorded baseline" } },
  "[locale]/products/[handle]": {
    total: { max: 30_720, source: "issue 5" },
    js: { max: 12_288, source: "issue 5" },
  },
}

describe("templateOf", () => {
  it("names the src/pages file a built page comes from, literal segments first", () => {
    expect(templateOf("/en/products/", templates)).toBe("[locale]/products/index")
    expect(templateOf("/ru/products/tosor-apricot-jam/", templates)).toBe("[locale]/products/[handle]")
    expect(templateOf("/ja/tokushoho/", templates)).toBe("ja/tokushoho")
    expect(templateOf("/ky/", templates)).toBe("[locale]/index")
    expect(templateOf("/", templates)).toBe("index")
    expect(templateOf("/404.html", templates)).toBe("404")
    expect(templateOf("/en/unknown/deep/page/", templates)).toBeUndefined()
  })
})

describe("pageWeight", () => {
  it("counts the HTML, the stylesheets, the scripts with their imports, and the first screen without print CSS", () => {
    const weight = pageWeight(outDir, "/en/products/tosor-apricot-jam/")
    expect(weight.cssFiles).toEqual(["/_astro/product.css", "/_astro/print.css"])
    expect(weight.jsFiles).toEqual(["/_astro/BuyBox.js", "/_astro/shop.js"])
    expect(weight.totalBytes).toBe(weight.htmlBytes + weight.cssBytes + weight.jsBytes)
    // The print stylesheet does not block the first paint.
    expect(weight.firstScreenBytes).toBeLessThan(weight.htmlBytes + weight.cssBytes)
    expect(weight.firstScreenBytes).toBeGreaterThan(weight.htmlBytes)
  })

  it("reads which stylesheets block rendering", () => {
    const html = `<link rel="stylesheet" href="a.css"><link rel="stylesheet" href="/b.css" media="screen">
<link rel="stylesheet" href="/c.css" media="print"><link rel="alternate stylesheet" href="/d.css"><link rel="preload" href="/e.css">`
    expect(renderBlockingStylesheets(html, "/en/products/")).toEqual(["/en/products/a.css", "/b.css"])
  })
})

describe("checkBuild", () => {
  it("fails the oversized fixture page, naming the page, the measure, the bytes over and the issue", () => {
    const { over, weighed, unknown } = checkBuild(outDir, templates, budgets)
    expect(unknown).toEqual([])
    expect(weighed.map((page) => page.pagePath)).toEqual(builtPages(outDir))
    expect(over.map((o) => [o.pagePath, o.measure])).toEqual([
      ["/ja/products/oversized-jam/", "html"],
      ["/ja/products/oversized-jam/", "firstScreen"],
    ])
    const firstScreen = over.find((o) => o.measure === "firstScreen")
    expect(firstScreen && describeOver(firstScreen)).toMatch(
      /^\/ja\/products\/oversized-jam\/ \(\[locale\]\/products\/\[handle\]\): firstScreen \d+ B gzip > 14336 B \(issue 13\), \d+ B over$/,
    )
  })

  it("passes the same build when the page fits", () => {
    const roomy: PageWeightBudgets = { "*": { firstScreen: { max: 40_000, source: "test" } } }
    expect(checkBuild(outDir, templates, roomy).over).toEqual([])
  })
})

describe("budgetFor", () => {
  it("takes a template's own limits over the default's", () => {
    expect(budgetFor("[locale]/products/[handle]", budgets)).toEqual({
      firstScreen: { max: 14_336, source: "issue 13" },
      html: { max: 15_000, source: "recorded baseline" },
      total: { max: 30_720, source: "issue 5" },
      js: { max: 12_288, source: "issue 5" },
    })
  })
})

describe("parsePageWeightBudgets", () => {
  it("reads the committed budgets file", () => {
    const file = path.join(import.meta.dirname, "budgets.json")
    const parsed = parsePageWeightBudgets(JSON.parse(fs.readFileSync(file, "utf8")))
    expect(parsed["*"]?.firstScreen).toEqual({ max: 14_336, source: expect.stringMatching(/issue 13/) })
    expect(parsed["[locale]/products/[handle]"]?.total?.max).toBe(30_720)
  })

  it("names a limit without a source or with a bad number", () => {
    expect(() => parsePageWeightBudgets({ "*": { html: { max: 100 } } })).toThrow(/\*\.html: needs a source/)
    expect(() => parsePageWeightBudgets({ "*": { css: { max: -1, source: "x" } } })).toThrow(/\*\.css: max/)
    expect(() => parsePageWeightBudgets({ "*": { weight: { max: 1, source: "x" } } })).toThrow(/unknown measure/)
  })
})
