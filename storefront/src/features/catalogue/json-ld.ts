import { currencyDecimals } from "@ovop/domain"
import { type CatalogueProduct, isAvailable } from "./products"

/** What the product's JSON-LD says besides the product itself. */
export type ProductJsonLdInput = {
  product: CatalogueProduct
  /** The product page's absolute URL. */
  url: string
  /** Absolute URL of the product's image, if it has one. */
  image: string | null
  /** The producer group's name in the page's language, as the maker. */
  producerGroupName: string | null
  /** The origin country's name in the page's language. */
  originCountry: string | null
  /**
   * False when the product may not be sent to the market the page's prices are for (goods that may
   * not enter, such as jerky to Japan): the page then makes no offer, as it shows no buy form.
   */
  soldInPageMarket?: boolean
}

/** A schema.org Product with one Offer per variant (price, currency, availability as of the build). */
export function productJsonLd({
  product,
  url,
  image,
  producerGroupName,
  originCountry,
  soldInPageMarket = true,
}: ProductJsonLdInput) {
  return {
    "@context": "https://schema.org",
    "@type": "Product",
    name: product.title,
    ...(product.description ? { description: product.description } : {}),
    ...(image ? { image: [image] } : {}),
    url,
    ...(product.category ? { category: product.category } : {}),
    ...(producerGroupName ? { manufacturer: { "@type": "Organization", name: producerGroupName } } : {}),
    ...(originCountry ? { countryOfOrigin: { "@type": "Country", name: originCountry } } : {}),
    offers: product.variants.flatMap((variant) =>
      variant.price && soldInPageMarket
        ? [
            {
              "@type": "Offer",
              name: variant.title,
              price: variant.price.amount.toFixed(currencyDecimals(variant.price.currencyCode)),
              priceCurrency: variant.price.currencyCode.toUpperCase(),
              availability: `https://schema.org/${isAvailable(product, variant) ? "InStock" : "OutOfStock"}`,
              url,
            },
          ]
        : [],
    ),
  }
}

/** JSON for a `<script type="application/ld+json">`: no `<` survives, so no text can close the script. */
export function serializeJsonLd(value: unknown): string {
  return JSON.stringify(value).replace(/</g, "\\u003c")
}
