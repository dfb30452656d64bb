import { formatMoney as formatPrice } from "@ovop/domain"
import { expect, test } from "@playwright/test"
import { type Locale, localeNames, locales } from "../../storefront/src/i18n/locales"
import { groupOf, seed, uiStrings, variantLabel } from "./catalogue-data"

// A product sold in several sizes at different prices, made by a group that sells now.
const jam = seed.products.find(
  (product) =>
    groupOf(product).status === "active" && new Set(product.variants.map((variant) => variant.prices.jpy)).size > 1,
)
const honey = seed.products.find(
  (product) => product.warnings.includes("honey-infants") && groupOf(product).status === "active",
)

test("a Japanese product page shows the Japanese title and every size's yen price", async ({ page }) => {
  if (!jam) throw new Error("the seed has no product with sizes at different prices")
  await page.goto(`/ja/products/${jam.handle}/`)
  await expect(page.locator("html")).toHaveAttribute("lang", "ja")
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(jam.title.ja)
  await expect(page.getByRole("img", { name: jam.title.ja, exact: true })).toBeVisible()

  const variants = page.getByRole("table", { name: uiStrings("ja")["product.variants"] })
  for (const variant of jam.variants) {
    const row = variants.getByRole("row").filter({
      has: page.getByRole("rowheader", { name: variantLabel(jam, variant.option_value, "ja"), exact: true }),
    })
    await expect(row).toContainText(formatPrice(variant.prices.jpy, "jpy", "ja"))
  }

  // Search engines read the same prices from the JSON-LD Product.
  const jsonLd = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? "{}") as {
    name: string
    offers: { price: string; priceCurrency: string; availability: string }[]
  }
  expect(jsonLd.name).toBe(jam.title.ja)
  expect(jsonLd.offers.map((offer) => `${offer.price} ${offer.priceCurrency}`).sort()).toEqual(
    jam.variants.map((variant) => `${variant.prices.jpy} JPY`).sort(),
  )
})

for (const locale of locales) {
  test(`a honey page warns, in ${localeNames[locale]}, not to give honey to infants`, async ({ page }) => {
    if (!honey) throw new Error("the seed has no honey with the infant warning")
    await page.goto(`/${locale}/products/${honey.handle}/`)
    const warnings = page.getByRole("region", { name: uiStrings(locale)["product.warnings"] })
    await expect(
      warnings.getByRole("listitem").filter({ hasText: seed.warnings["honey-infants"]?.[locale] ?? "?" }),
    ).toBeVisible()
  })
}

test("switching language on a product page stays on the same product", async ({ page }) => {
  if (!jam) throw new Error("the seed has no product with sizes at different prices")
  await page.goto(`/en/products/${jam.handle}/`)
  let current: Locale = "en"
  for (const next of ["ja", "ky", "ru", "en"] as const) {
    await page
      .getByRole("navigation", { name: uiStrings(current)["nav.language"] })
      .getByRole("link", { name: localeNames[next] })
      .click()
    await expect(page).toHaveURL(new RegExp(`/${next}/products/${jam.handle}/$`))
    await expect(page.locator("html")).toHaveAttribute("lang", next)
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(jam.title[next])
    current = next
  }
})

test("a product page links to its producer group's page", async ({ page }) => {
  if (!jam) throw new Error("the seed has no product with sizes at different prices")
  const group = groupOf(jam)
  await page.goto(`/ru/products/${jam.handle}/`)
  await page
    .getByRole("link", { name: (uiStrings("ru")["product.aboutGroup"] ?? "").replace("{group}", group.name.ru) })
    .click()
  await expect(page).toHaveURL(new RegExp(`/ru/groups/${group.handle}/$`))
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(group.name.ru)
})

test("a Japanese food page shows the best-before day of the lot each size is sold from", async ({ page }) => {
  if (!jam) throw new Error("the seed has no product with sizes at different prices")
  await page.goto(`/ja/products/${jam.handle}/`)
  const variants = page.getByRole("table", { name: uiStrings("ja")["product.variants"] })
  await expect(variants.getByRole("columnheader", { name: uiStrings("ja")["product.bestBefore"] })).toBeVisible()
  for (const variant of jam.variants) {
    const row = variants.getByRole("row").filter({
      has: page.getByRole("rowheader", { name: variantLabel(jam, variant.option_value, "ja"), exact: true }),
    })
    // The seed's lot was made this season and keeps for the product's shelf life: a year in the future.
    await expect(row).toContainText(/20\d\d/)
  }
})
