import { describe, expect, it } from "vitest"
import { searchSyncScope } from "./search-sync-events"

describe("searchSyncScope", () => {
  it("names the products of product events", () => {
    expect(searchSyncScope("product.updated", { id: "prod_1" })).toEqual({ products: ["prod_1"] })
    expect(searchSyncScope("product.deleted", [{ id: "prod_1" }, { id: "prod_2" }])).toEqual({
      products: ["prod_1", "prod_2"],
    })
  })

  it("rebuilds everything for prices, translations, variants, stock, groups and lots", () => {
    for (const name of [
      "product-variant.updated",
      "pricing.price.updated",
      "translation.updated",
      "inventory-level.updated",
      "reservation-item.created",
      "producer_group.updated",
      "harvest.harvest-lot.updated",
    ]) {
      expect(searchSyncScope(name, { id: "x" })).toBe("all")
    }
  })

  it("ignores what the index does not hold", () => {
    expect(searchSyncScope("order.placed", { id: "order_1" })).toBeNull()
    expect(searchSyncScope("cart.updated", { id: "cart_1" })).toBeNull()
  })
})
