import { describe, expect, it } from "vitest"
import {
  localizedPath,
  orderPageUrl,
  passwordResetPageUrl,
  productPageUrl,
  storefrontBaseUrl,
  storefrontUrl,
  switchLocale,
} from "./urls"

describe("localised URLs", () => {
  it("builds paths with the locale first and a trailing slash", () => {
    expect(localizedPath("ja")).toBe("/ja/")
    expect(localizedPath("ja", "products/apricot-jam")).toBe("/ja/products/apricot-jam/")
    expect(localizedPath("ky", "/cart/")).toBe("/ky/cart/")
  })

  it("switches the language of a path, with or without a locale in it", () => {
    expect(switchLocale("/en/products/honey/", "ru")).toBe("/ru/products/honey/")
    expect(switchLocale("/about/", "ky")).toBe("/ky/about/")
    expect(switchLocale("/", "ja")).toBe("/ja/")
  })

  it("builds the absolute links emails carry, encoding their query", () => {
    expect(orderPageUrl("https://shop.example/", "ja", "order_01", "a+b")).toBe(
      "https://shop.example/ja/order/?id=order_01&token=a%2Bb",
    )
    expect(orderPageUrl("https://shop.example", "en", "order_01")).toBe("https://shop.example/en/order/?id=order_01")
    expect(passwordResetPageUrl("https://shop.example", "ru", "tok", "a@b.kg")).toBe(
      "https://shop.example/ru/account/reset/?token=tok&email=a%40b.kg",
    )
    expect(productPageUrl("https://shop.example", "ky", "honey jar")).toBe(
      "https://shop.example/ky/products/honey%20jar/",
    )
    expect(storefrontUrl("http://localhost:4321", "en", "/", { empty: "" })).toBe("http://localhost:4321/en/")
  })

  it("reads the storefront's address from the environment, the local default otherwise", () => {
    expect(storefrontBaseUrl({})).toBe("http://localhost:4321")
    expect(storefrontBaseUrl({ STOREFRONT_URL: " https://shop.example/ " })).toBe("https://shop.example")
  })
})
