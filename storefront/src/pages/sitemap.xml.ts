import type { APIRoute } from "astro"
import { loadCatalogue } from "../data/catalogue"
import { renderSitemap, sitemapEntries, sitemapPages } from "../features/sitemap/sitemap"

/** sitemap.xml: every localised page of the build, from the same catalogue the pages are built from. */
export const GET: APIRoute = async ({ site }) => {
  if (!site) throw new Error("the sitemap needs `site` in astro.config.mjs")
  const catalogue = await loadCatalogue()
  return new Response(renderSitemap(sitemapEntries(sitemapPages(catalogue), site)), {
    headers: { "content-type": "application/xml; charset=utf-8" },
  })
}
