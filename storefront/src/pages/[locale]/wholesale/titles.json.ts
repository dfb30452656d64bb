import type { APIRoute, GetStaticPaths } from "astro"
import { loadCatalogue } from "../../../data/catalogue"
import { type Locale, locales } from "../../../i18n/locales"

/**
 * The product and variant of every variant id in the page's language ("トソール村のあんずジャム
 * 250g"), for the wholesale page's grid and quotes. Kept out of the page, which only a buyer's
 * island needs it for, so the first screen stays light.
 */
export const getStaticPaths = (() => locales.map((locale) => ({ params: { locale } }))) satisfies GetStaticPaths

export const GET: APIRoute = async ({ params }) => {
  const locale = params.locale as Locale
  const { products } = (await loadCatalogue())[locale]
  const titles = Object.fromEntries(
    products.flatMap((product) =>
      product.variants.map((variant) => [variant.id, `${product.title} ${variant.title}`.trim()]),
    ),
  )
  return new Response(JSON.stringify(titles), { headers: { "content-type": "application/json; charset=utf-8" } })
}
