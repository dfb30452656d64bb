import { describe, expect, it } from "vitest"
import type { CatalogueProduct } from "../features/catalogue/products"
import { foodVariantBatches, withBestBefore } from "./harvest"

const product = (kind: "food" | "craft", ids: string[]) =>
  ({
    kind,
    variants: ids.map((id) => ({ id, title: id, price: null, weightGrams: null, inStock: true, bestBefore: null })),
  }) as unknown as CatalogueProduct

describe("withBestBefore", () => {
  it("gives food variants the best-before day of the lot they are sold from", () => {
    const [jam, slippers] = withBestBefore(
      [product("food", ["jam_250", "jam_450"]), product("craft", ["slippers_38"])],
      [
        { variant_id: "jam_250", selling_lot: { lot_number: "A", best_before: "2028-01-10" } },
        { variant_id: "jam_450", selling_lot: null },
        { variant_id: "slippers_38", selling_lot: { lot_number: "X", best_before: "2030-01-01" } },
      ],
    )
    expect(jam?.variants.map((v) => v.bestBefore)).toEqual(["2028-01-10", null])
    expect(slippers?.variants.map((v) => v.bestBefore)).toEqual([null])
  })
})

describe("foodVariantBatches", () => {
  it("asks only for food variants, in batches the route accepts", () => {
    const products = [product("food", ["a", "b", "c"]), product("craft", ["d"])]
    expect(foodVariantBatches(products, 2)).toEqual([["a", "b"], ["c"]])
  })
})
