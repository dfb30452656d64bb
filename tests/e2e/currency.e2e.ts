import { formatMoney } from "@ovop/domain"
import { expect, type Page, test } from "@playwright/test"
import { countText } from "../../storefront/src/features/listing/listing"
import { cardPrice, groupOf, type SeedProduct, seed, text, uiStrings } from "./catalogue-data"

// Issue 13: after choosing yen, every card of the static pages (built in som on the Russian
// pages) shows its price in yen, and the price filter compares yen.
const ru = uiStrings("ru")
const onSale = seed.products.filter((product) => groupOf(product).status === "active")
const byTitle = new Map(onSale.map((product) => [product.title.ru, product]))
const lowestYen = (product: SeedProduct) => Math.min(...product.variants.map((variant) => variant.prices.jpy))

/** The product cards of the page: list items headed by a link to a product's page (not the group cards). */
const cards = (page: Page) =>
  page.getByRole("listitem").filter({ has: page.getByRole("heading", { level: 3 }).locator('a[href*="/products/"]') })

const chooseYen = async (page: Page) => {
  await page
    .getByRole("combobox", { name: text("ru", "region.label") })
    .selectOption({ label: text("ru", "region.jpy") })
}

/** Checks every card of the page shows the yen price of its product, and answers how many it checked. */
async function expectEveryCardInYen(page: Page): Promise<number> {
  const all = cards(page)
  await expect(all.first()).toBeVisible()
  const count = await all.count()
  for (let index = 0; index < count; index++) {
    const card = all.nth(index)
    const title = (await card.getByRole("heading", { level: 3 }).textContent())?.trim() ?? ""
    const product = byTitle.get(title)
    if (!product) throw new Error(`a card names "${title}", which the seed does not sell`)
    await expect(card, title).toContainText(cardPrice(product, "ru", "jpy"))
    await expect(card, title).not.toContainText(cardPrice(product, "ru", "kgs"))
  }
  return count
}

test("after choosing yen, the cards of the home, listing, category and group pages show yen", async ({ page }) => {
  await page.goto("/ru/")
  const firstCard = cards(page).first()
  const firstProduct = byTitle.get((await firstCard.getByRole("heading", { level: 3 }).textContent())?.trim() ?? "")
  if (!firstProduct) throw new Error("the home page's first card names no seeded product")
  await expect(firstCard).toContainText(cardPrice(firstProduct, "ru", "kgs"))

  await chooseYen(page)
  expect(await expectEveryCardInYen(page)).toBeGreaterThan(0)

  // The choice is remembered: pages built in som show yen as they load.
  await page.goto("/ru/products/")
  expect(await expectEveryCardInYen(page)).toBe(onSale.length)
  await page.goto("/ru/categories/felt/")
  expect(await expectEveryCardInYen(page)).toBe(onSale.filter((product) => product.category === "felt").length)
  const group = seed.groups.find((candidate) => candidate.status === "active")
  await page.goto(`/ru/groups/${group?.handle}/`)
  expect(await expectEveryCardInYen(page)).toBeGreaterThan(0)
})

test("after choosing yen, the listing's price filter and its hint work in yen", async ({ page }) => {
  await page.goto("/ru/products/")
  await chooseYen(page)
  const yenPrices = onSale.map(lowestYen).sort((a, b) => a - b)
  const hint = text("ru", "listing.priceHint")
  const [before] = hint.split("{min}")
  await expect(page.getByText(before ?? "")).toContainText(formatMoney(yenPrices[0] ?? 0, "jpy", "ru"))

  // A bound between the cheapest and dearest yen prices: in som it would keep nearly everything.
  const limit = yenPrices[Math.floor(yenPrices.length / 2)] ?? 0
  const affordable = onSale.filter((product) => lowestYen(product) <= limit)
  expect(affordable.length).toBeLessThan(onSale.length)
  const filters = page.getByRole("form", { name: ru["listing.filters"] })
  await filters.getByLabel(ru["listing.priceMax"] ?? "", { exact: true }).fill(String(limit))
  await filters.getByLabel(ru["listing.priceMax"] ?? "", { exact: true }).press("Enter")
  const forms = {
    one: ru["listing.countOne"],
    few: ru["listing.countFew"],
    many: ru["listing.countMany"],
    other: ru["listing.countOther"] ?? "",
  }
  const results = page.getByRole("region", { name: ru["listing.results"] })
  await expect(results.getByRole("status")).toHaveText(
    countText(affordable.length, forms, new Intl.PluralRules("ru-KG")),
  )
  await expect(results.getByRole("heading", { level: 3 })).toHaveCount(affordable.length)
  for (const product of affordable) {
    await expect(results.getByRole("heading", { level: 3, name: product.title.ru, exact: true })).toHaveCount(1)
  }
})
