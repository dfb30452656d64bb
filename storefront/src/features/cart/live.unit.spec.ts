import { describe, expect, it } from "vitest"
import {
  buyAction,
  type LiveVariant,
  livePriceText,
  liveSummaryText,
  liveVariants,
  type StoreLiveProduct,
  shippingMonthLabel,
} from "./live"

const jam: StoreLiveProduct = {
  id: "prod_apricot_jam",
  variants: [
    {
      id: "variant_250g",
      manage_inventory: true,
      inventory_quantity: 3,
      calculated_price: { calculated_amount: 1070, currency_code: "jpy" },
    },
    {
      id: "variant_450g",
      manage_inventory: true,
      inventory_quantity: 0,
      calculated_price: { calculated_amount: 1730, currency_code: "jpy" },
    },
  ],
}

const variant = (overrides: Partial<LiveVariant>): LiveVariant => ({
  id: "variant_250g",
  price: { amount: 380, currencyCode: "kgs" },
  inStock: true,
  inSeason: true,
  preorder: null,
  ...overrides,
})

describe("liveVariants", () => {
  it("reads price, stock, season and pre-order of each variant", () => {
    const harvest = [
      { variant_id: "variant_250g", in_season: true, preorder: null },
      { variant_id: "variant_450g", in_season: false, preorder: { open: true, expected_shipping_month: "2027-07" } },
    ]
    expect(liveVariants(jam, harvest)).toEqual([
      {
        id: "variant_250g",
        price: { amount: 1070, currencyCode: "jpy" },
        inStock: true,
        inSeason: true,
        preorder: null,
      },
      {
        id: "variant_450g",
        price: { amount: 1730, currencyCode: "jpy" },
        inStock: false,
        inSeason: false,
        preorder: { open: true, expectedShippingMonth: "2027-07" },
      },
    ])
  })

  it("reads a harvest answer without the preorder field as no pre-order, and a missing answer as in season", () => {
    const [small, large] = liveVariants(jam, [{ variant_id: "variant_250g", in_season: true }])
    expect(small?.preorder).toBeNull()
    expect(large?.inSeason).toBe(true)
  })

  it("treats a variant without managed inventory as in stock and one without a price in the region as unpriced", () => {
    const [felt] = liveVariants(
      { id: "prod_felt", variants: [{ id: "variant_felt", manage_inventory: false, calculated_price: null }] },
      [],
    )
    expect(felt).toMatchObject({ inStock: true, price: null })
  })
})

describe("buyAction", () => {
  it("adds a variant in season and in stock", () => {
    expect(buyAction(variant({}))).toEqual({ kind: "add" })
  })

  it("offers a pre-order for a variant out of season or sold out while the pre-order is open", () => {
    const preorder = { open: true, expectedShippingMonth: "2027-08" }
    expect(buyAction(variant({ inSeason: false, preorder }))).toEqual({ kind: "preorder", shipsIn: "2027-08" })
    expect(buyAction(variant({ inStock: false, preorder }))).toEqual({ kind: "preorder", shipsIn: "2027-08" })
  })

  it("offers nothing when it cannot be bought and no pre-order is open", () => {
    expect(buyAction(variant({ inStock: false }))).toEqual({ kind: "unavailable" })
    expect(
      buyAction(variant({ inSeason: false, preorder: { open: false, expectedShippingMonth: "2027-08" } })),
    ).toEqual({ kind: "unavailable" })
  })
})

describe("shippingMonthLabel", () => {
  it("writes the month and year in the page's language", () => {
    expect(shippingMonthLabel("2027-07", "en")).toBe("July 2027")
    expect(shippingMonthLabel("2027-07", "ja")).toBe("2027年7月")
    expect(shippingMonthLabel("2027-07", "ru")).toMatch(/^июль 2027/)
  })

  it("says nothing for a missing or malformed month", () => {
    expect(shippingMonthLabel(null, "en")).toBeNull()
    expect(shippingMonthLabel("soon", "en")).toBeNull()
    expect(shippingMonthLabel("2027-13", "en")).toBeNull()
  })
})

describe("live price texts", () => {
  it("formats live figures per currency: whole som, yen without decimals, dollars with cents", () => {
    expect(livePriceText({ amount: 380, currencyCode: "kgs" }, "ru", "?")).toMatch(/^380\s?сом$/)
    expect(livePriceText({ amount: 1070, currencyCode: "jpy" }, "en", "?")).toBe("¥1,070")
    expect(livePriceText({ amount: 6.5, currencyCode: "usd" }, "ja", "?")).toBe("$6.50")
    expect(livePriceText(null, "en", "Price on request")).toBe("Price on request")
  })

  it("says 'from' the lowest price when the sizes cost differently", () => {
    const variants = liveVariants(jam, [])
    expect(liveSummaryText(variants, "en", "from {price}", "?")).toBe("from ¥1,070")
    expect(liveSummaryText(variants.slice(0, 1), "en", "from {price}", "?")).toBe("¥1,070")
    expect(liveSummaryText([], "en", "from {price}", "Price on request")).toBe("Price on request")
  })
})
