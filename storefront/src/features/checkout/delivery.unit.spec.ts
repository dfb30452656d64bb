import { describe, expect, it } from "vitest"
import { deliveryChoices } from "./delivery"

const texts = { "checkout.shippingOption.jp-ems": "EMS (国際スピード郵便)" }

describe("deliveryChoices", () => {
  it("names a known kind in the page language, and prices it in the cart's currency", () => {
    expect(
      deliveryChoices(
        [
          {
            id: "so_ems",
            name: "EMS to Japan",
            type: { code: "jp-ems" },
            calculated_price: { calculated_amount: 2800 },
          },
        ],
        texts,
        "jpy",
        "ja",
      ),
    ).toEqual([{ value: "so_ems", label: "EMS (国際スピード郵便) — 2,800円" }])
  })

  it("keeps the store's name for an unknown kind, and falls back to the flat amount", () => {
    expect(
      deliveryChoices([{ id: "so_new", name: "Horse courier", type: null, amount: 500 }], texts, "kgs", "ru"),
    ).toEqual([{ value: "so_new", label: "Horse courier — 500\u00a0сом" }])
  })

  it("says 'free' in the page language for a zero price, never '0 сом'", () => {
    expect(
      deliveryChoices(
        [{ id: "so_pickup", name: "Pickup", type: { code: "kg-pickup" }, calculated_price: { calculated_amount: 0 } }],
        { "checkout.shippingOption.kg-pickup": "Самовывоз в Караколе", "shipping.free": "Бесплатно" },
        "kgs",
        "ru",
      ),
    ).toEqual([{ value: "so_pickup", label: "Самовывоз в Караколе — Бесплатно" }])
  })
})
