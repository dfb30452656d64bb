import { describe, expect, it } from "vitest"
import { storeProduct, storeVariant } from "./fixtures"
import { collectionSections, collectionsOf, isAvailable, isOffered, toCatalogueProduct } from "./products"

describe("toCatalogueProduct", () => {
  it("lists the product's pictures for its gallery, the thumbnail first and each once", () => {
    const thumbnail = "http://localhost:9000/uploads/1-product-honey.webp"
    const detail = "http://localhost:9000/uploads/2-product-honey-detail.webp"
    const product = toCatalogueProduct(storeProduct({ thumbnail, images: [{ url: thumbnail }, { url: detail }] }))
    expect(product.images).toEqual([thumbnail, detail])
    expect(toCatalogueProduct(storeProduct({ thumbnail: null, images: [] })).images).toEqual([])
  })

  it("keeps the translated texts, the food facts and every variant's price", () => {
    const honey = toCatalogueProduct(storeProduct())
    expect(honey.kind).toBe("food")
    expect(honey.composition).toBe("はちみつ（キルギス産）")
    expect(honey.warnings).toEqual(["honey-infants", "honey-crystallises"])
    expect(honey.category).toBe("はちみつ")
    expect(honey.categoryDescription).toMatch(/^北岸の山すそで採れるエスパルセット/)
    expect([honey.categoryHandle, honey.categoryRank, honey.createdAt]).toEqual([
      "honey",
      3,
      "2026-03-02T08:15:00.000Z",
    ])
    expect(honey.seasonMonths).toEqual([10, 11, 12, 1, 2, 3])
    expect(honey.variants.map((variant) => [variant.title, variant.price?.amount, variant.weightGrams])).toEqual([
      ["250g", 1160, 400],
      ["500g", 2140, 720],
      ["1kg", 3960, 1350],
    ])
    expect(honey.price).toEqual({ amount: 1160, currencyCode: "jpy", from: true })
    expect(honey.producerGroup).toEqual({
      handle: "ananyevo-sainfoin-beekeepers",
      name: "アナニエヴォ村エスパルセット養蜂グループ",
      active: true,
    })
  })

  it("gives no category description when the category has none (Medusa answers an empty text)", () => {
    const felt = { name: "フェルト製品", handle: "felt", rank: 7 }
    const descriptionOf = (category: typeof felt & { description?: string | null }) =>
      toCatalogueProduct(storeProduct({ categories: [category] })).categoryDescription
    expect([descriptionOf({ ...felt, description: "" }), descriptionOf({ ...felt, description: null })]).toEqual([
      null,
      null,
    ])
    expect(descriptionOf(felt)).toBeNull()
    expect(toCatalogueProduct(storeProduct({ categories: [] })).categoryDescription).toBeNull()
  })

  it("orders the variants cheapest first, sizes of one price by their number", () => {
    const slippers = toCatalogueProduct(
      storeProduct({
        variants: [
          storeVariant("EU 40–41", 5360),
          storeVariant("EU 38–39", 4950),
          storeVariant("EU 42–43", 5360),
          storeVariant("EU 36–37", 4950),
        ],
      }),
    )
    expect(slippers.variants.map((variant) => variant.title)).toEqual(["EU 36–37", "EU 38–39", "EU 40–41", "EU 42–43"])
  })

  it("reads a craft's material", () => {
    const yarn = toCatalogueProduct(
      storeProduct({
        handle: "bokonbaevo-natural-wool-yarn",
        material: "羊毛100%（キルギス産）",
        metadata: { kind: "craft", allergens: [], warnings: ["wool-allergy"], collections: ["handicrafts"] },
      }),
    )
    expect(yarn.kind).toBe("craft")
    expect(yarn.composition).toBe("羊毛100%（キルギス産）")
  })

  it("lists the product in its own collection and every seasonal collection of its metadata", () => {
    const driedApricots = toCatalogueProduct(
      storeProduct({
        collection: { handle: "summer-harvest", title: "夏の収穫" },
        metadata: { kind: "food", collections: ["winter-pantry"] },
      }),
    )
    expect(driedApricots.collectionHandles).toEqual(["summer-harvest", "winter-pantry"])
  })

  it("tolerates a variant without a price in the region and metadata that is not a list", () => {
    const product = toCatalogueProduct(
      storeProduct({
        metadata: { kind: "food", allergens: "wheat" },
        variants: [storeVariant("250g", 0, { calculated_price: null })],
      }),
    )
    expect(product.allergens).toEqual([])
    expect(product.variants[0]?.price).toBeNull()
    expect(product.price).toBeNull()
  })
})

describe("availability", () => {
  it("is offered while the group sells, and a variant is available while in stock", () => {
    const honey = toCatalogueProduct(
      storeProduct({ variants: [storeVariant("250g", 1160, { inventory_quantity: 0 })] }),
    )
    expect(isOffered(honey)).toBe(true)
    expect(honey.variants[0] && isAvailable(honey, honey.variants[0])).toBe(false)
  })

  it("counts a variant without inventory management as available", () => {
    const honey = toCatalogueProduct(
      storeProduct({ variants: [storeVariant("250g", 1160, { manage_inventory: false, inventory_quantity: 0 })] }),
    )
    expect(honey.variants[0] && isAvailable(honey, honey.variants[0])).toBe(true)
  })

  it("is not offered while the producer group has paused its sales", () => {
    const cookies = toCatalogueProduct(
      storeProduct({
        handle: "balykchy-sesame-butter-cookies",
        producer_group: { handle: "balykchy-womens-bakery", name: "バルクチ女性製菓グループ", status: "paused" },
      }),
    )
    expect(isOffered(cookies)).toBe(false)
    expect(cookies.variants.some((variant) => isAvailable(cookies, variant))).toBe(false)
  })
})

describe("collections", () => {
  const summer = { handle: "summer-harvest", title: "夏の収穫" }
  const winter = { handle: "winter-pantry", title: "冬の保存食" }
  const crafts = { handle: "handicrafts", title: "手仕事の品" }

  it("are titled from the products' own collection and ordered through the year", () => {
    const products = [
      storeProduct({ collection: crafts }),
      storeProduct({ collection: winter }),
      storeProduct({ collection: { handle: "gift-boxes", title: "ギフト" } }),
      storeProduct({ collection: summer }),
      storeProduct({ collection: null }),
    ]
    expect(collectionsOf(products).map((collection) => collection.handle)).toEqual([
      "summer-harvest",
      "winter-pantry",
      "handicrafts",
      "gift-boxes",
    ])
  })

  it("make one section per collection with its offered products, a product in two seasons in both", () => {
    const driedApricots = toCatalogueProduct(
      storeProduct({ handle: "tosor-whole-dried-apricots", collection: summer, metadata: { collections: [] } }),
    )
    driedApricots.collectionHandles.push("winter-pantry")
    const honey = toCatalogueProduct(storeProduct())
    const pausedCookies = toCatalogueProduct(
      storeProduct({
        handle: "balykchy-sesame-butter-cookies",
        producer_group: { handle: "balykchy-womens-bakery", name: "バルクチ女性製菓グループ", status: "paused" },
      }),
    )
    const sections = collectionSections([summer, winter, crafts], [driedApricots, honey, pausedCookies])
    expect(sections.map((section) => [section.collection.handle, section.products.map((p) => p.handle)])).toEqual([
      ["summer-harvest", ["tosor-whole-dried-apricots"]],
      ["winter-pantry", ["tosor-whole-dried-apricots", "ananyevo-white-sainfoin-honey"]],
    ])
  })
})
