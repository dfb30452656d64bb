import { describe, expect, it } from "vitest"
import { backInStockMessage } from "./back-in-stock-message"

describe("backInStockMessage", () => {
  it.each([
    ["en", "White sainfoin honey is back in stock"],
    ["ja", "「白いイガマメの蜂蜜」が再入荷しました"],
    ["ru", "«Белый эспарцетовый мёд» снова в продаже"],
    ["ky", "«Ак эспарцет балы» кайрадан сатыкта"],
  ] as const)("writes the subject in %s", (locale, subject) => {
    const title = {
      en: "White sainfoin honey",
      ja: "白いイガマメの蜂蜜",
      ru: "Белый эспарцетовый мёд",
      ky: "Ак эспарцет балы",
    }[locale]
    expect(backInStockMessage(locale, title, "https://shop/x").subject).toBe(subject)
  })

  it("links the product page in every language", () => {
    for (const locale of ["en", "ja", "ru", "ky"] as const) {
      expect(backInStockMessage(locale, "Honey", "https://shop.example/ja/products/honey/").text).toContain(
        "https://shop.example/ja/products/honey/",
      )
    }
  })
})
