import { expect, type Page, test } from "@playwright/test"
import { countText } from "../../storefront/src/features/listing/listing"
import { locales } from "../../storefront/src/i18n/locales"
import { groupOf, type Localized, type SeedCategory, type SeedProduct, seed, uiStrings } from "./catalogue-data"
import { storefrontUrl } from "./stack"

// The Russian pages, priced in som; the e2e build's day is 2026-05-15 (global-setup), when the
// food is out of season and the crafts and cookies (sold all year) are in.
const ru = uiStrings("ru")
const countOf = (count: number) =>
  countText(
    count,
    {
      one: ru["listing.countOne"],
      few: ru["listing.countFew"],
      many: ru["listing.countMany"],
      other: ru["listing.countOther"] ?? "",
    },
    new Intl.PluralRules("ru-KG"),
  )

/** The seeded products on sale (their group sells), of `category` or all. */
const onSale = (category?: string) =>
  seed.products.filter(
    (product) => groupOf(product).status === "active" && (!category || product.category === category),
  )
const categoryName = (handle: string) => seed.categories.find((category) => category.handle === handle)?.name.ru ?? ""
// The seed gives every category a description in the four languages (catalogue-data's type leaves it out).
const categoryDescription = (handle: string) =>
  (seed.categories as (SeedCategory & { description: Localized })[]).find((category) => category.handle === handle)
    ?.description.ru ?? ""
const lowestSom = (product: SeedProduct) => Math.min(...product.variants.map((variant) => variant.prices.kgs))

const results = (page: Page) => page.getByRole("region", { name: ru["listing.results"] })
const filters = (page: Page) => page.getByRole("form", { name: ru["listing.filters"] })
const cardTitles = (page: Page) => results(page).getByRole("heading", { level: 3 })

test("the ru category page lists every product of the category on sale, with the count", async ({ page }) => {
  const driedFruit = onSale("dried-fruit")
  await page.goto("/ru/categories/dried-fruit/")
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(categoryName("dried-fruit"))
  await expect(results(page).getByRole("status")).toHaveText(countOf(driedFruit.length))
  await expect(cardTitles(page)).toHaveCount(driedFruit.length)
  for (const product of driedFruit) {
    await expect(cardTitles(page).filter({ hasText: product.title.ru })).toHaveCount(1)
  }
})

test("the ru category page shows the category's Russian description under its heading and as its meta description", async ({
  page,
}) => {
  const description = categoryDescription("honey")
  expect(description).toMatch(/мёд/)
  await page.goto("/ru/categories/honey/")
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(categoryName("honey"))
  await expect(page.getByText(description, { exact: true })).toBeVisible()
  await expect(page.locator("h1 + p")).toHaveText(description)
  await expect(page.locator('meta[name="description"]')).toHaveAttribute("content", description)
  await expect(page.getByText(ru["listing.intro"] ?? "")).toHaveCount(0)
})

test("the ru catalogue lists every product on sale, and not a paused group's", async ({ page }) => {
  await page.goto("/ru/products/")
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(ru["listing.title"] ?? "")
  await expect(results(page).getByRole("status")).toHaveText(countOf(onSale().length))
  await expect(cardTitles(page)).toHaveCount(onSale().length)
  const paused = seed.products.find((product) => groupOf(product).status !== "active")
  expect(paused).toBeDefined()
  await expect(cardTitles(page).filter({ hasText: paused?.title.ru ?? "" })).toHaveCount(0)
})

test("filtering by a producer group narrows the list and the count, and the URL shares it", async ({ page }) => {
  const barskoon = onSale("dried-fruit").filter((product) => product.group === "barskoon-orchard-growers")
  expect(barskoon.length).toBeGreaterThan(0)
  expect(barskoon.length).toBeLessThan(onSale("dried-fruit").length)
  await page.goto("/ru/categories/dried-fruit/")
  await filters(page)
    .getByLabel(ru["listing.group"] ?? "")
    .selectOption({ label: groupOf(barskoon[0] as SeedProduct).name.ru })
  await expect(results(page).getByRole("status")).toHaveText(countOf(barskoon.length))
  await expect(cardTitles(page)).toHaveCount(barskoon.length)
  for (const product of barskoon) {
    await expect(cardTitles(page).filter({ hasText: product.title.ru })).toHaveCount(1)
  }
  await expect(page).toHaveURL(/\/ru\/categories\/dried-fruit\/\?group=barskoon-orchard-growers$/)

  // The same address opened afresh shows the same list.
  await page.reload()
  await expect(cardTitles(page)).toHaveCount(barskoon.length)
  await expect(filters(page).getByLabel(ru["listing.group"] ?? "")).toHaveValue("barskoon-orchard-growers")
})

test("sorting by price ascending orders the cards by their lowest price", async ({ page }) => {
  const felt = onSale("felt").sort((a, b) => lowestSom(a) - lowestSom(b))
  await page.goto("/ru/categories/felt/")
  await filters(page)
    .getByLabel(ru["listing.sort"] ?? "")
    .selectOption({ label: ru["listing.sortPriceAsc"] ?? "" })
  await expect(cardTitles(page)).toHaveText(felt.map((product) => product.title.ru))
  await expect(page).toHaveURL(/\?sort=price-asc$/)
})

test("the price range and the season filter work from the keyboard", async ({ page }) => {
  await page.goto("/ru/products/")
  // Mid-May: only what is sold all year is in season.
  const inSeason = onSale().filter((product) => product.season_months.length >= 12)
  await filters(page)
    .getByLabel(ru["listing.inSeason"] ?? "")
    .focus()
  await page.keyboard.press("Space")
  await expect(results(page).getByRole("status")).toHaveText(countOf(inSeason.length))

  const affordable = inSeason.filter((product) => lowestSom(product) <= 500)
  await filters(page)
    .getByLabel(ru["listing.priceMax"] ?? "", { exact: true })
    .fill("500")
  await page.keyboard.press("Enter")
  await expect(results(page).getByRole("status")).toHaveText(countOf(affordable.length))
  await expect(cardTitles(page)).toHaveCount(affordable.length)
  await expect(page).toHaveURL(/\?season=now&max=500$/)
})

test("the category links switch pages", async ({ page }) => {
  await page.goto("/ru/products/")
  const categories = page.getByRole("navigation", { name: ru["listing.categories"] })
  await expect(categories.getByRole("link", { name: ru["listing.title"] })).toHaveAttribute("aria-current", "page")
  await categories.getByRole("link", { name: categoryName("honey") }).click()
  await expect(page).toHaveURL(/\/ru\/categories\/honey\/$/)
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(categoryName("honey"))
  await expect(cardTitles(page)).toHaveCount(onSale("honey").length)
  await expect(categories.getByRole("link", { name: categoryName("honey") })).toHaveAttribute("aria-current", "page")
})

test("a category link carries the group filter only to a category that lists the group", async ({ page }) => {
  const barskoon = onSale("dried-fruit").filter((product) => product.group === "barskoon-orchard-growers")
  const elsewhere = seed.categories.find(
    (category) =>
      onSale(category.handle).length > 0 &&
      !onSale(category.handle).some((product) => product.group === "barskoon-orchard-growers"),
  )
  if (!elsewhere) throw new Error("every category sells Barskoon's products")
  await page.goto("/ru/products/?group=barskoon-orchard-growers&sort=name")
  await expect(cardTitles(page)).toHaveCount(
    onSale().filter((product) => product.group === "barskoon-orchard-growers").length,
  )
  const categories = page.getByRole("navigation", { name: ru["listing.categories"] })
  await expect(categories.getByRole("link", { name: categoryName("dried-fruit") })).toHaveAttribute(
    "href",
    /\/ru\/categories\/dried-fruit\/\?group=barskoon-orchard-growers&sort=name$/,
  )
  // The group makes nothing there: its filter would empty the list, so it stays behind; the sort travels.
  await expect(categories.getByRole("link", { name: categoryName(elsewhere.handle) })).toHaveAttribute(
    "href",
    new RegExp(`/ru/categories/${elsewhere.handle}/\\?sort=name$`),
  )
  await categories.getByRole("link", { name: categoryName(elsewhere.handle) }).click()
  await expect(cardTitles(page)).toHaveCount(onSale(elsewhere.handle).length)
  expect(barskoon.length).toBeGreaterThan(0)
})

test("the header and the home page link to the catalogue and its categories", async ({ page }) => {
  await page.goto("/ru/")
  await expect(
    page.getByRole("navigation", { name: ru["nav.main"] }).getByRole("link", { name: ru["listing.nav"] }),
  ).toHaveAttribute("href", "/ru/products/")
  const browse = page.getByRole("navigation", { name: ru["listing.browseCategories"] })
  await browse.getByRole("link", { name: categoryName("felt") }).click()
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(categoryName("felt"))
})

test("the catalogue page fits a phone's width", async ({ page }) => {
  await page.goto("/ru/categories/felt/")
  await expect(cardTitles(page).first()).toBeVisible()
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)
  expect(overflow).toBeLessThanOrEqual(0)
})

test("a product page links its category's listing", async ({ page }) => {
  const yak = seed.products.find((product) => product.handle === "kadji-sai-felt-yak")
  await page.goto(`/ru/products/${yak?.handle}/`)
  await page
    .getByRole("region", { name: ru["product.details"] })
    .getByRole("link", { name: categoryName("felt") })
    .click()
  await expect(page).toHaveURL(/\/ru\/categories\/felt\/$/)
  await expect(cardTitles(page).filter({ hasText: yak?.title.ru ?? "" })).toHaveCount(1)
})

test("the sitemap lists the catalogue and each category page in all four locales with hreflang alternates", async ({
  request,
}) => {
  const xml = await (await request.get("/sitemap.xml")).text()
  for (const path of ["products", ...seed.categories.map((category) => `categories/${category.handle}`)]) {
    for (const locale of locales) {
      const url = `${storefrontUrl}/${locale}/${path}/`
      expect(xml).toContain(`<loc>${url}</loc>`)
      expect(xml).toContain(`hreflang="${locale}" href="${url}"`)
    }
  }
})

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false })

  test("the page shows every card, the form and a note; submitting it keeps every card", async ({ page }) => {
    const driedFruit = onSale("dried-fruit")
    await page.goto("/ru/categories/dried-fruit/?group=tosor-apricot-women&sort=price-asc")
    await expect(cardTitles(page)).toHaveCount(driedFruit.length)
    await expect(results(page).getByText(ru["listing.noScript"] ?? "")).toBeVisible()
    await expect(filters(page).getByLabel(ru["listing.group"] ?? "")).toBeVisible()
    await filters(page).getByRole("button", { name: ru["listing.apply"] }).click()
    await expect(page).toHaveURL(/\/ru\/categories\/dried-fruit\/\?group=&min=&max=&sort=featured$/)
    await expect(cardTitles(page)).toHaveCount(driedFruit.length)
  })
})
