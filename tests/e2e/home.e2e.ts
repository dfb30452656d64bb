import { expect, test } from "@playwright/test"
import { localeNames, locales } from "../../storefront/src/i18n/locales"
import { cardPrice, groupOf, seed, uiStrings } from "./catalogue-data"

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
  test(`the ${locale} home page shows the backend's products with prices in the ${locale} currency`, async ({
    page,
  }) => {
    await page.goto(`/${locale}/`)
    await expect(page.locator("html")).toHaveAttribute("lang", locale)
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(uiStrings(locale)["home.title"] ?? "")

    const main = page.getByRole("main")
    const cards = main.getByRole("listitem")
    for (const product of seed.products) {
      const titled = cards.filter({
        has: page.getByRole("heading", { level: 3, name: product.title[locale], exact: true }),
      })
      const group = groupOf(product)
      if (group.status !== "active") {
        // A paused group's products cannot be bought, so the home page does not offer them.
        await expect(titled).toHaveCount(0)
        continue
      }
      // A product of two seasons (dried fruit: summer harvest and winter pantry) has a card in both.
      const card = titled.first()
      await expect(card).toContainText(cardPrice(product, locale))
      await expect(card).toContainText(group.name[locale])
      await expect(card.getByRole("img", { name: product.title[locale] })).toBeVisible()
    }
  })
}

test("the home page features producer groups that link to their pages", async ({ page }) => {
  await page.goto("/en/")
  const featured = page.getByRole("region", { name: uiStrings("en")["home.featuredGroups"] })
  const firstGroup = featured.getByRole("heading", { level: 3 }).first().getByRole("link")
  const name = (await firstGroup.textContent()) ?? ""
  expect(seed.groups.map((group) => group.name.en)).toContain(name)
  await firstGroup.click()
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(name)
})
