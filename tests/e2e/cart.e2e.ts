import { formatMoney as formatPrice } from "@ovop/domain"
import { expect, type Page, test } from "@playwright/test"
import type { Locale } from "../../storefront/src/i18n/locales"
import { onSaleAllYear, type SeedProduct, text, variantLabel } from "./catalogue-data"
import { addToCart } from "./checkout-steps"

const slippers = onSaleAllYear("kyzyl-suu-felt-slippers")
const shortbread = onSaleAllYear("karakol-seven-bulls-shortbread")

const addForm = (page: Page, locale: Locale) => page.getByRole("form", { name: text(locale, "cart.add") })
const miniCart = (page: Page, locale: Locale, count: number) =>
  page.getByRole("navigation", { name: text(locale, "nav.main") }).getByRole("link", {
    name: count ? `${text(locale, "cart.link")} (${count})` : text(locale, "cart.link"),
    exact: true,
  })
const cartLine = (page: Page, product: SeedProduct, locale: Locale) =>
  page.getByRole("row").filter({ has: page.getByRole("rowheader", { name: product.title[locale] }) })

test("two products in the cart: the mini-cart counts them on every page, the cart page changes and removes lines", async ({
  page,
}) => {
  // A whole shopping trip: seven page loads and a dozen store calls, on a machine shared with the backend.
  test.slow()
  await addToCart(page, slippers, "en")
  await expect(miniCart(page, "en", 1)).toBeVisible()
  await addToCart(page, shortbread, "en", 2)
  await expect(miniCart(page, "en", 3)).toBeVisible()

  await page.goto("/en/groups/")
  await miniCart(page, "en", 3).click()
  await expect(page).toHaveURL(/\/en\/cart\/$/)
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(text("en", "cart.title"))
  const slippersLine = cartLine(page, slippers, "en")
  await expect(slippersLine).toContainText(variantLabel(slippers, slippers.variants[0]?.option_value ?? "", "en"))
  await expect(slippersLine).toContainText(formatPrice(slippers.variants[0]?.prices.usd ?? 0, "usd", "en"))
  const shortbreadPrice = shortbread.variants[0]?.prices.usd ?? 0
  await expect(cartLine(page, shortbread, "en")).toContainText(formatPrice(shortbreadPrice * 2, "usd", "en"))

  // Three boxes of shortbread instead of two: typed, then confirmed by leaving the field.
  const quantity = page.getByRole("spinbutton", { name: text("en", "cart.quantityOf", { item: shortbread.title.en }) })
  await quantity.fill("3")
  await quantity.press("Tab")
  await expect(page.getByRole("status").filter({ hasText: text("en", "cart.updated") })).toBeVisible()
  await expect(cartLine(page, shortbread, "en")).toContainText(formatPrice(shortbreadPrice * 3, "usd", "en"))
  await expect(miniCart(page, "en", 4)).toBeVisible()

  await page.getByRole("button", { name: text("en", "cart.removeItem", { item: slippers.title.en }) }).click()
  await expect(
    page.getByRole("status").filter({ hasText: text("en", "cart.removed", { item: slippers.title.en }) }),
  ).toBeVisible()
  await expect(slippersLine).toHaveCount(0)
  await expect(miniCart(page, "en", 3)).toBeVisible()
  await expect(page.getByRole("definition").last()).toHaveText(formatPrice(shortbreadPrice * 3, "usd", "en"))
  await expect(page.getByRole("link", { name: text("en", "cart.checkout") })).toHaveAttribute("href", "/en/checkout/")

  // The cart id lives in the browser: a reload, or another visit, finds the same cart.
  await page.reload()
  await expect(cartLine(page, shortbread, "en")).toContainText(formatPrice(shortbreadPrice * 3, "usd", "en"))
  await expect(cartLine(page, slippers, "en")).toHaveCount(0)
  await expect(miniCart(page, "en", 3)).toBeVisible()
})

test("choosing yen shows yen prices on every page and moves the cart to yen", async ({ page }) => {
  // Moving the cart to another region re-prices every line on the server.
  test.slow()
  await addToCart(page, slippers, "en")
  const firstSize = slippers.variants[0]
  if (!firstSize) throw new Error(`${slippers.handle} has no variants`)
  const sizeRow = page
    .getByRole("table", { name: text("en", "product.variants") })
    .getByRole("row")
    .filter({ has: page.getByRole("rowheader", { name: variantLabel(slippers, firstSize.option_value, "en") }) })
  await expect(sizeRow).toContainText(formatPrice(firstSize.prices.usd, "usd", "en"))

  await page
    .getByRole("combobox", { name: text("en", "region.label") })
    .selectOption({ label: text("en", "region.jpy") })
  await expect(sizeRow).toContainText(formatPrice(firstSize.prices.jpy, "jpy", "en"))
  await expect(page.getByRole("status").filter({ hasText: text("en", "region.jpy") })).toBeAttached()

  // The choice is remembered on other pages, in another language too.
  await page.goto(`/ru/products/${slippers.handle}/`)
  await expect(page.getByRole("combobox", { name: text("ru", "region.label") })).toHaveValue(/.+/)
  await expect(page.getByRole("combobox", { name: text("ru", "region.label") }).locator("option:checked")).toHaveText(
    text("ru", "region.jpy"),
  )
  await expect(
    page
      .getByRole("row")
      .filter({ has: page.getByRole("rowheader", { name: variantLabel(slippers, firstSize.option_value, "ru") }) }),
  ).toContainText(formatPrice(firstSize.prices.jpy, "jpy", "ru"))

  await page.goto("/en/cart/")
  await expect(cartLine(page, slippers, "en")).toContainText(formatPrice(firstSize.prices.jpy, "jpy", "en"))
})

for (const stored of ["cart_01JZZZZZZZZZZZZZZZZZZZZZZZ", "{not a cart id}"]) {
  test(`a cart id the store does not know (${stored}) silently gives a fresh cart`, async ({ page }) => {
    await page.goto("/en/cart/")
    await page.evaluate((id) => localStorage.setItem("ovop.cart", id), stored)
    await page.reload()
    await expect(page.getByText(text("en", "cart.empty"))).toBeVisible()
    await expect(page.getByRole("alert")).toHaveText("")
    expect(await page.evaluate(() => localStorage.getItem("ovop.cart"))).toBeNull()

    await addToCart(page, shortbread, "en")
    await expect(miniCart(page, "en", 1)).toBeVisible()
    const fresh = await page.evaluate(() => localStorage.getItem("ovop.cart"))
    expect(fresh).toMatch(/^cart_/)
    expect(fresh).not.toBe(stored)
  })
}

test("asking for more than is left shows the store's message, in Japanese, and leaves the cart as it was", async ({
  page,
}) => {
  await addToCart(page, shortbread, "ja")
  const form = addForm(page, "ja")
  await form.getByRole("spinbutton", { name: text("ja", "cart.quantity") }).fill("9999")
  await form.getByRole("button", { name: text("ja", "cart.add") }).click()
  await expect(form.getByRole("alert")).toHaveText(/^「.+」はカートの分のほかに残り\d+点です$/)
  await expect(miniCart(page, "ja", 1)).toBeVisible()
})

test("a Japanese shopper's cart is in yen and in Japanese", async ({ page }) => {
  await addToCart(page, slippers, "ja")
  await miniCart(page, "ja", 1).click()
  const line = cartLine(page, slippers, "ja")
  await expect(line).toContainText(variantLabel(slippers, slippers.variants[0]?.option_value ?? "", "ja"))
  await expect(line).toContainText(formatPrice(slippers.variants[0]?.prices.jpy ?? 0, "jpy", "ja"))
  await expect(page.getByRole("link", { name: text("ja", "cart.checkout") })).toHaveAttribute("href", "/ja/checkout/")
})

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false })

  test("a product page shows its built prices in the language's currency and no cart form", async ({ page }) => {
    await page.goto(`/ja/products/${slippers.handle}/`)
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(slippers.title.ja)
    await expect(page.getByRole("table", { name: text("ja", "product.variants") })).toContainText(
      formatPrice(slippers.variants[0]?.prices.jpy ?? 0, "jpy", "ja"),
    )
    await expect(addForm(page, "ja")).toBeHidden()
    await expect(page.getByRole("combobox", { name: text("ja", "region.label") })).toBeHidden()
    await page.goto("/ja/cart/")
    await expect(page.getByText(text("ja", "cart.noScript"))).toBeVisible()
  })
})
