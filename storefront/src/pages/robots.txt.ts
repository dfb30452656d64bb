import type { APIRoute } from "astro"
import { robotsTxt } from "../features/sitemap/sitemap"

/** robots.txt, pointing crawlers to the sitemap on the configured site. */
export const GET: APIRoute = ({ site }) => {
  if (!site) throw new Error("robots.txt needs `site` in astro.config.mjs")
  return new Response(robotsTxt(site), { headers: { "content-type": "text/plain; charset=utf-8" } })
}
