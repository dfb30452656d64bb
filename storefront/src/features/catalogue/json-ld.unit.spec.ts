import { describe, expect, it } from "vitest"
import { storeProduct, storeVariant } from "./fixtures"
import { productJsonLd, serializeJsonLd } from "./json-ld"
import { toCatalogueProduct } from "./products"

const url = "https://shop.example/ja/products/ananyevo-white-sainfoin-honey/"

describe("productJsonLd", () => {
  it("describes the product with one offer per priced variant", () => {
    const honey = toCatalogueProduct(
      storeProduct({
        variants: [
          storeVariant("250g", 1160),
          storeVariant("500g", 2140, { inventory_quantity: 0 }),
          storeVariant("1kg", 0, { calculated_price: null }),
        ],
      }),
    )
    const jsonLd = productJsonLd({
      product: honey,
      url,
      image: "https://shop.example/_astro/honey.webp",
      producerGroupName: "アナニエヴォ村エスパルセット養蜂グループ",
      originCountry: "キルギス",
    })
    expect(jsonLd).toMatchObject({
      "@context": "https://schema.org",
      "@type": "Product",
      name: "エスパルセットの白いはちみつ",
      image: ["https://shop.example/_astro/honey.webp"],
      manufacturer: { "@type": "Organization", name: "アナニエヴォ村エスパルセット養蜂グループ" },
      countryOfOrigin: { "@type": "Country", name: "キルギス" },
    })
    expect(jsonLd.offers).toEqual([
      {
        "@type": "Offer",
        name: "250g",
        price: "1160",
        priceCurrency: "JPY",
        availability: "https://schema.org/InStock",
        url,
      },
      {
        "@type": "Offer",
        name: "500g",
        price: "2140",
        priceCurrency: "JPY",
        availability: "https://schema.org/OutOfStock",
        url,
      },
    ])
  })

  it("writes dollar prices with cents", () => {
    const honey = toCatalogueProduct(
      storeProduct({
        variants: [storeVariant("250 g", 7, { calculated_price: { calculated_amount: 7, currency_code: "usd" } })],
      }),
    )
    const [offer] = productJsonLd({
      product: honey,
      url,
      image: null,
      producerGroupName: null,
      originCountry: null,
    }).offers
    expect(offer).toMatchObject({ price: "7.00", priceCurrency: "USD" })
  })

  it("marks every offer out of stock while the producer group has paused its sales", () => {
    const cookies = toCatalogueProduct(
      storeProduct({ producer_group: { handle: "balykchy-womens-bakery", name: "バルクチ", status: "paused" } }),
    )
    const { offers } = productJsonLd({
      product: cookies,
      url,
      image: null,
      producerGroupName: null,
      originCountry: null,
    })
    expect(offers.map((offer) => offer.availability)).toEqual(
      Array(3).fill("https://schema.org/OutOfStock") as string[],
    )
  })

  it("makes no offer on a page whose market may not receive the product", () => {
    const jerky = toCatalogueProduct(storeProduct({}))
    const input = { product: jerky, url, image: null, producerGroupName: null, originCountry: null }
    expect(productJsonLd(input).offers).toHaveLength(3)
    expect(productJsonLd({ ...input, soldInPageMarket: false }).offers).toEqual([])
  })
})

describe("serializeJsonLd", () => {
  it("leaves no '<' that could close the script element", () => {
    const json = serializeJsonLd({ name: "Jam</script><script>alert(1)</script>" })
    expect(json).not.toContain("<")
    expect(JSON.parse(json)).toEqual({ name: "Jam</script><script>alert(1)</script>" })
  })
})
