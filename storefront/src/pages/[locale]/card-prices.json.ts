import type { APIRoute, GetStaticPaths } from "astro"
import { loadCatalogue } from "../../data/catalogue"
import { cardPrices } from "../../features/catalogue/price-label"
import { type Locale, locales } from "../../i18n/locales"

/**
 * Every product card's price in every currency, labelled in the page's language, by product handle
 * (`features/catalogue/card-prices.ts`). Kept out of the pages, whose cards carry only their handle:
 * a shopper who keeps the page's own currency never downloads it, and the first screen stays light.
 */
export const getStaticPaths = (() => locales.map((locale) => ({ params: { locale } }))) satisfies GetStaticPaths

export const GET: APIRoute = async ({ params }) => {
  const locale = params.locale as Locale
  const { products } = (await loadCatalogue())[locale]
  const byHandle = Object.fromEntries(
    products.map((product) => [product.handle, cardPrices(product.prices, locale, product.price?.currencyCode)]),
  )
  return new Response(JSON.stringify(byHandle), { headers: { "content-type": "application/json; charset=utf-8" } })
}
