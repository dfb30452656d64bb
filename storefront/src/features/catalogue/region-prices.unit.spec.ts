import { describe, expect, it } from "vitest"
import { storeProduct, storeVariant } from "./fixtures"
import { cardPrices } from "./price-label"
import { toCatalogueProduct } from "./products"
import { withRegionPrices } from "./region-prices"

const inSom = (amount: number) => ({ calculated_price: { calculated_amount: amount, currency_code: "kgs" } })

describe("withRegionPrices", () => {
  const honey = toCatalogueProduct(storeProduct())

  it("adds each region's card price beside the page's own", () => {
    const [priced] = withRegionPrices([honey], "KGS", [
      { id: honey.id, variants: [inSom(520), inSom(380), inSom(980)] },
    ])
    expect(priced?.price).toEqual(honey.price)
    expect(priced?.prices.jpy).toEqual(honey.price)
    expect(priced?.prices.kgs).toEqual({ amount: 380, currencyCode: "kgs", from: true })
  })

  it("has no price in a region whose answer lacks the product or its prices", () => {
    const [missing] = withRegionPrices([honey], "usd", [])
    expect(missing?.prices.usd).toBeNull()
    const [unpriced] = withRegionPrices([honey], "usd", [{ id: honey.id, variants: [{ calculated_price: null }] }])
    expect(unpriced?.prices.usd).toBeNull()
  })
})

describe("cardPrices", () => {
  it("labels every currency but the page's own in the page's language, with the amount the price filter compares", () => {
    const product = withRegionPrices(
      [toCatalogueProduct(storeProduct({ variants: [storeVariant("250g", 1070)] }))],
      "usd",
      [
        {
          id: "prod_sainfoin_honey",
          variants: [{ calculated_price: { calculated_amount: 6.5, currency_code: "usd" } }],
        },
      ],
    )[0]
    expect(cardPrices(product?.prices ?? {}, "ja", "usd")).toEqual({ jpy: [1070, "1,070円"], usd: [6.5] })
    expect(cardPrices(product?.prices ?? {}, "ja", "jpy")).toEqual({ jpy: [1070], usd: [6.5, "$6.50"] })
    expect(cardPrices({ kgs: null }, "en", "usd")).toEqual({ kgs: [null, "Price on request"] })
  })
})
