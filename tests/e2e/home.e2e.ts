import fs from "node:fs"
import path from "node:path"
import { expect, test } from "@playwright/test"
import { repoRoot } from "../../scripts/lib/config"
import { formatPrice } from "../../storefront/src/features/catalogue/price"
import { localeNames, locales } from "../../storefront/src/i18n/locales"

type CatalogueProduct = { handle: string; title: string; prices: Record<string, number> }
const catalogue = JSON.parse(fs.readFileSync(path.join(repoRoot, "seed", "data", "catalogue.json"), "utf8")) as {
  products: CatalogueProduct[]
}
const strings = (locale: string) =>
  JSON.parse(fs.readFileSync(path.join(repoRoot, "storefront", "src", "i18n", `${locale}.json`), "utf8")) as Record<
    string,
    string
  >

test("the language chooser links to the home page in every locale", async ({ page }) => {
  await page.goto("/")
  for (const locale of locales) {
    await expect(page.getByRole("link", { name: new RegExp(localeNames[locale]) })).toHaveAttribute(
      "href",
      `/${locale}/`,
    )
  }
})

for (const locale of locales) {
  test(`the ${locale} home page shows the backend's products with prices`, async ({ page }) => {
    await page.goto(`/${locale}/`)
    await expect(page.locator("html")).toHaveAttribute("lang", locale)
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(strings(locale)["home.title"] ?? "")

    const currency = locale === "ja" ? "jpy" : "usd"
    const items = page.getByRole("listitem").filter({ has: page.getByRole("heading", { level: 3 }) })
    await expect(items).toHaveCount(catalogue.products.length)
    for (const product of catalogue.products) {
      const item = items.filter({ has: page.getByRole("heading", { level: 3, name: product.title, exact: true }) })
      const amount = product.prices[currency]
      if (amount === undefined) throw new Error(`${product.handle} has no ${currency} price in the catalogue`)
      await expect(item).toContainText(formatPrice(amount, currency, locale))
    }
  })
}
