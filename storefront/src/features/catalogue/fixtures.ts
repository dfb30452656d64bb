import type { StoreProduct } from "./products"

type StoreVariant = NonNullable<StoreProduct["variants"]>[number]

/** A variant as the store API answers it, priced in yen unless told otherwise. */
export function storeVariant(title: string, amount: number, overrides: Partial<StoreVariant> = {}): StoreVariant {
  return {
    id: `variant_${title}`,
    title,
    weight: 400,
    manage_inventory: true,
    inventory_quantity: 30,
    calculated_price: { calculated_amount: amount, currency_code: "jpy" },
    ...overrides,
  }
}

/**
 * A product as the store API answers it in Japanese for the Japan region: Ananyevo's white
 * sainfoin honey in three jar sizes by default, with `overrides` for the case at hand.
 */
export function storeProduct(overrides: Partial<StoreProduct> = {}): StoreProduct {
  return {
    id: "prod_sainfoin_honey",
    handle: "ananyevo-white-sainfoin-honey",
    title: "エスパルセットの白いはちみつ",
    subtitle: "アナニエヴォ村の山すそで採れた、クリーミーでほとんど白いはちみつ",
    description: "キルギスで名高い「白いはちみつ」は、6月にアナニエヴォ村の上の斜面で採れます。",
    material: "はちみつ（キルギス産）",
    thumbnail: "http://localhost:9000/uploads/1795939884526-product-ananyevo-white-sainfoin-honey.webp",
    hs_code: "040900",
    origin_country: "kg",
    metadata: {
      kind: "food",
      allergens: [],
      warnings: ["honey-infants", "honey-crystallises"],
      collections: ["winter-pantry"],
      season_months: [10, 11, 12, 1, 2, 3],
      shelf_life_days: 730,
    },
    created_at: "2026-03-02T08:15:00.000Z",
    categories: [
      {
        name: "はちみつ",
        description:
          "北岸の山すそで採れるエスパルセットの白いはちみつと、高山の放牧地で採れる色の濃い百花蜜を、協会の養蜂グループから直接お届けします。",
        handle: "honey",
        rank: 3,
      },
    ],
    collection: { handle: "winter-pantry", title: "冬の保存食" },
    variants: [
      storeVariant("250g", 1160),
      storeVariant("500g", 2140, { weight: 720 }),
      storeVariant("1kg", 3960, { weight: 1350 }),
    ],
    producer_group: {
      handle: "ananyevo-sainfoin-beekeepers",
      name: "アナニエヴォ村エスパルセット養蜂グループ",
      status: "active",
    },
    ...overrides,
  }
}
