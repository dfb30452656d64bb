import { type Locale, locales, localizedPath } from "../../i18n/locales"

/** A page of the storefront, by its path without the locale, and the languages it is built in. */
export type SitemapPage = { path: string; locales: readonly Locale[] }

/** One `<url>` of the sitemap: the page's address and, when it exists in several languages, each language's address. */
export type SitemapEntry = { loc: string; alternates: { hreflang: Locale; href: string }[] }

/** What the sitemap needs of one language's catalogue: the handles its product, group and category pages are built from. */
export type SitemapCatalogue = Record<
  Locale,
  {
    products: readonly { handle: string }[]
    groups: readonly { handle: string }[]
    categories: readonly { handle: string }[]
  }
>

/** The pages built in every language that do not come from the catalogue. */
export const fixedPages = ["", "products", "groups", "about", "shipping", "privacy", "terms"] as const

/** Pages built in one language only: the Japanese disclosure under the Specified Commercial Transactions Act. */
export const singleLocalePages: SitemapPage[] = [{ path: "tokushoho", locales: ["ja"] }]

/**
 * Every page of the build with the languages it exists in: the fixed pages, then each product,
 * producer group and category page (a handle missing from one language's catalogue has no page there).
 */
export function sitemapPages(catalogue: SitemapCatalogue): SitemapPage[] {
  const byHandle = (prefix: string, handlesOf: (locale: Locale) => readonly { handle: string }[]) => {
    const pages = new Map<string, Locale[]>()
    for (const locale of locales) {
      for (const { handle } of handlesOf(locale)) {
        const path = `${prefix}/${handle}`
        pages.set(path, [...(pages.get(path) ?? []), locale])
      }
    }
    return [...pages].map(([path, inLocales]) => ({ path, locales: inLocales }))
  }
  return [
    ...fixedPages.map((path) => ({ path, locales })),
    ...singleLocalePages,
    ...byHandle("products", (locale) => catalogue[locale].products),
    ...byHandle("groups", (locale) => catalogue[locale].groups),
    ...byHandle("categories", (locale) => catalogue[locale].categories),
  ]
}

/** One entry per page and language, absolute on `site`, with hreflang alternates for pages in more than one language. */
export function sitemapEntries(pages: readonly SitemapPage[], site: URL | string): SitemapEntry[] {
  const href = (locale: Locale, path: string) => new URL(localizedPath(locale, path), site).href
  return pages.flatMap((page) => {
    const alternates =
      page.locales.length > 1 ? page.locales.map((locale) => ({ hreflang: locale, href: href(locale, page.path) })) : []
    return page.locales.map((locale) => ({ loc: href(locale, page.path), alternates }))
  })
}

const escapeXml = (text: string) =>
  text.replace(/[&<>"']/g, (char) => `&${{ "&": "amp", "<": "lt", ">": "gt", '"': "quot", "'": "apos" }[char]};`)

/** The sitemap document (sitemaps.org schema with `xhtml:link` language alternates). */
export function renderSitemap(entries: readonly SitemapEntry[]): string {
  const urls = entries.map(({ loc, alternates }) => {
    const links = alternates.map(
      ({ hreflang, href }) => `\n    <xhtml:link rel="alternate" hreflang="${hreflang}" href="${escapeXml(href)}"/>`,
    )
    return `  <url>\n    <loc>${escapeXml(loc)}</loc>${links.join("")}\n  </url>`
  })
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">',
    ...urls,
    "</urlset>",
    "",
  ].join("\n")
}

/** robots.txt: everything may be crawled; the sitemap is at the site's root. */
export function robotsTxt(site: URL | string): string {
  return `User-agent: *\nAllow: /\n\nSitemap: ${new URL("/sitemap.xml", site).href}\n`
}
