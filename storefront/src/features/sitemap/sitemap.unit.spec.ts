import { describe, expect, it } from "vitest"
import { renderSitemap, robotsTxt, type SitemapCatalogue, sitemapEntries, sitemapPages } from "./sitemap"

const site = "https://shop.ovop-issykkul.kg"

/** Honey and a felt shyrdak in every language; the jam is not yet translated into Kyrgyz. */
function catalogueOfThreeProducts(): SitemapCatalogue {
  const groups = [{ handle: "ananyevo-sainfoin-beekeepers" }, { handle: "kyzyl-suu-felt-makers" }]
  const everywhere = [{ handle: "ananyevo-white-sainfoin-honey" }, { handle: "kyzyl-suu-shyrdak-rug" }]
  const withJam = [...everywhere, { handle: "tosor-apricot-jam" }]
  const categories = [{ handle: "honey" }, { handle: "felt" }]
  const withJams = [...categories, { handle: "jams-preserves" }]
  return {
    en: { products: withJam, groups, categories: withJams },
    ja: { products: withJam, groups, categories: withJams },
    ru: { products: withJam, groups, categories: withJams },
    ky: { products: everywhere, groups, categories },
  }
}

describe("sitemapPages", () => {
  it("lists the fixed pages, the tokushoho page in Japanese only, and each product, group and category page", () => {
    const pages = sitemapPages(catalogueOfThreeProducts())
    const paths = pages.map((page) => page.path)
    expect(paths).toEqual(expect.arrayContaining(["", "products", "groups", "about", "shipping", "privacy", "terms"]))
    expect(pages.find((page) => page.path === "categories/honey")?.locales).toEqual(["en", "ja", "ru", "ky"])
    expect(pages.find((page) => page.path === "categories/jams-preserves")?.locales).toEqual(["en", "ja", "ru"])
    expect(pages.find((page) => page.path === "tokushoho")?.locales).toEqual(["ja"])
    expect(pages.find((page) => page.path === "products/ananyevo-white-sainfoin-honey")?.locales).toEqual([
      "en",
      "ja",
      "ru",
      "ky",
    ])
    expect(pages.find((page) => page.path === "products/tosor-apricot-jam")?.locales).toEqual(["en", "ja", "ru"])
    expect(pages.find((page) => page.path === "groups/kyzyl-suu-felt-makers")?.locales).toHaveLength(4)
  })
})

describe("sitemapEntries", () => {
  it("gives each language's page its own URL with every language as an alternate", () => {
    const entries = sitemapEntries([{ path: "products/tosor-apricot-jam", locales: ["en", "ja", "ru"] }], site)
    expect(entries.map((entry) => entry.loc)).toEqual([
      `${site}/en/products/tosor-apricot-jam/`,
      `${site}/ja/products/tosor-apricot-jam/`,
      `${site}/ru/products/tosor-apricot-jam/`,
    ])
    expect(entries[1]?.alternates).toEqual([
      { hreflang: "en", href: `${site}/en/products/tosor-apricot-jam/` },
      { hreflang: "ja", href: `${site}/ja/products/tosor-apricot-jam/` },
      { hreflang: "ru", href: `${site}/ru/products/tosor-apricot-jam/` },
    ])
  })

  it("gives a page in one language no alternates, and the home page the locale root", () => {
    const entries = sitemapEntries(
      [
        { path: "tokushoho", locales: ["ja"] },
        { path: "", locales: ["ky"] },
      ],
      site,
    )
    expect(entries).toEqual([
      { loc: `${site}/ja/tokushoho/`, alternates: [] },
      { loc: `${site}/ky/`, alternates: [] },
    ])
  })
})

describe("renderSitemap", () => {
  it("writes each URL with its xhtml:link alternates and escapes XML characters", () => {
    const xml = renderSitemap(sitemapEntries([{ path: "products/jam&honey", locales: ["en", "ky"] }], site))
    expect(xml).toContain('xmlns:xhtml="http://www.w3.org/1999/xhtml"')
    expect(xml).toContain(`<loc>${site}/en/products/jam&amp;honey/</loc>`)
    expect(xml).toContain(`<xhtml:link rel="alternate" hreflang="ky" href="${site}/ky/products/jam&amp;honey/"/>`)
    expect(xml.match(/<url>/g)).toHaveLength(2)
  })
})

describe("robotsTxt", () => {
  it("points crawlers to the sitemap on the site's own host", () => {
    expect(robotsTxt(`${site}/`)).toContain(`Sitemap: ${site}/sitemap.xml`)
  })
})
