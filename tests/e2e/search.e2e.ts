import { expect, type Page, test } from "@playwright/test"
import type { Locale } from "../../storefront/src/i18n/locales"
import { seed, text } from "./catalogue-data"

// The store API's `q` filter reads the English source text: "honey" finds the honeys (and honey cookies).
const honeys = seed.products.filter((product) => /honey/i.test(product.title.en))

/** Types `words` into the header's search box of the page and submits it. */
async function searchFor(page: Page, locale: Locale, words: string) {
  const form = page.getByRole("search", { name: text(locale, "search.label") })
  await form.getByRole("searchbox", { name: text(locale, "search.label") }).fill(words)
  await form.getByRole("button", { name: text(locale, "search.submit") }).click()
}

test("searching 'honey' on a Russian page finds the honeys in Russian and links to their Russian pages", async ({
  page,
}) => {
  expect(honeys.length).toBeGreaterThan(1)
  await page.goto("/ru/")
  await searchFor(page, "ru", "honey")
  await expect(page).toHaveURL(/\/ru\/search\/\?q=honey$/)
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(text("ru", "search.resultsFor", { query: "honey" }))
  const results = page.getByRole("main").getByRole("list")
  for (const honey of honeys) {
    await expect(results.getByRole("link", { name: honey.title.ru, exact: true })).toHaveAttribute(
      "href",
      `/ru/products/${honey.handle}/`,
    )
  }
  // The box in the header shows what was searched.
  await expect(page.getByRole("searchbox", { name: text("ru", "search.label") })).toHaveValue("honey")

  const [first] = honeys
  if (!first) throw new Error("no honey in the seed")
  await results.getByRole("link", { name: first.title.ru, exact: true }).click()
  await expect(page).toHaveURL(`/ru/products/${first.handle}/`)
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(first.title.ru)
})

test("a search that finds nothing says so in the page's language", async ({ page }) => {
  await page.goto("/ky/search/?q=yakburger")
  await expect(page.getByRole("main").getByRole("status")).toHaveText(text("ky", "search.none", { query: "yakburger" }))
  await expect(page.getByRole("main").getByRole("link")).toHaveCount(0)
})

test("when the store cannot answer, the page says search is unavailable", async ({ page }) => {
  await page.route(
    (url) => url.pathname === "/store/products",
    (route) => route.fulfill({ status: 503, body: "{}" }),
  )
  await page.goto("/ja/search/?q=honey")
  await expect(page.getByRole("main").getByRole("status")).toHaveText(text("ja", "search.failed"))
})

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false })

  test("the header's form leads to the search page, which lists every product A to Z", async ({ page }) => {
    await page.goto("/en/")
    await searchFor(page, "en", "honey")
    await expect(page).toHaveURL(/\/en\/search\/\?q=honey$/)
    await expect(page.getByText(text("en", "search.noscript"))).toBeVisible()
    const [honey] = honeys
    if (!honey) throw new Error("no honey in the seed")
    await expect(page.getByRole("link", { name: honey.title.en, exact: true })).toHaveAttribute(
      "href",
      `/en/products/${honey.handle}/`,
    )
    await expect(page.getByRole("main").getByRole("listitem")).toHaveCount(seed.products.length)
  })
})
