import { expect, type Page, test } from "@playwright/test"
import type { Locale } from "../../storefront/src/i18n/locales"
import { seed, text } from "./catalogue-data"

// "honey" finds the honeys (and honey cookies) in English; the other languages search their own words.
const honeys = seed.products.filter((product) => /honey/i.test(product.title.en))
const honeyCategory = seed.products.filter((product) => product.category === "honey")

/** Types `words` into the header's search box of the page and submits it. */
async function searchFor(page: Page, locale: Locale, words: string) {
  const form = page.getByRole("search", { name: text(locale, "search.label") })
  // A combobox: the box offers suggestions on every page.
  await form.getByRole("combobox", { name: text(locale, "search.label") }).fill(words)
  await form.getByRole("button", { name: text(locale, "search.submit") }).click()
}

test("searching 'honey' on an English page finds the honeys and links to their English pages", async ({ page }) => {
  expect(honeys.length).toBeGreaterThan(1)
  await page.goto("/en/")
  await searchFor(page, "en", "honey")
  await expect(page).toHaveURL(/\/en\/search\/\?q=honey$/)
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(text("en", "search.resultsFor", { query: "honey" }))
  const results = page.getByRole("main").getByRole("list")
  for (const honey of honeys) {
    await expect(results.getByRole("link", { name: honey.title.en, exact: true })).toHaveAttribute(
      "href",
      `/en/products/${honey.handle}/`,
    )
  }
  // The box in the header shows what was searched.
  await expect(page.getByRole("combobox", { name: text("en", "search.label") })).toHaveValue("honey")

  const [first] = honeys
  if (!first) throw new Error("no honey in the seed")
  await results.getByRole("link", { name: first.title.en, exact: true }).click()
  await expect(page).toHaveURL(`/en/products/${first.handle}/`)
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(first.title.en)
})

test("on a Russian page, 'мед' (written without ё) finds every honey, and the honey facet narrows to them", async ({
  page,
}) => {
  await page.goto("/ru/")
  await searchFor(page, "ru", "мед")
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(text("ru", "search.resultsFor", { query: "мед" }))
  const results = page.locator("[data-search-hits]")
  for (const honey of honeyCategory) {
    await expect(page.getByRole("main").getByRole("link", { name: honey.title.ru, exact: true })).toHaveAttribute(
      "href",
      `/ru/products/${honey.handle}/`,
    )
  }
  const facets = page.getByRole("navigation", { name: text("ru", "search.facets") })
  const honeyName = seed.categories.find((category) => category.handle === "honey")?.name.ru ?? "honey"
  await facets.getByRole("link", { name: new RegExp(`^${honeyName} \\(${honeyCategory.length}\\)$`) }).click()
  await expect(page).toHaveURL(/category=honey/)
  await expect(page.getByRole("main").getByRole("status")).toHaveText(
    text("ru", "search.count", { count: String(honeyCategory.length) }),
  )
  await expect(results).toBeVisible()
})

test("on a Japanese page, 'はちみつ' and '杏ジャム' (no spaces, kanji for the kana of the titles) find honey and apricot jam", async ({
  page,
}) => {
  const apricotJam = seed.products.find((product) => product.handle === "tosor-apricot-jam")
  const [honey] = honeyCategory
  if (!apricotJam || !honey) throw new Error("no apricot jam or honey in the seed")
  await page.goto("/ja/")
  await searchFor(page, "ja", "はちみつ")
  await expect(page.getByRole("main").getByRole("link", { name: honey.title.ja, exact: true })).toBeVisible()
  await page.goto(`/ja/search/?q=${encodeURIComponent("杏ジャム")}`)
  // Among the first three result cards (the facets before them are lists too); the walnut apricot jam may lead.
  const topThree = page.locator("[data-search-hits] > li:nth-child(-n+3)")
  await expect(topThree.getByRole("link", { name: apricotJam.title.ja, exact: true })).toBeVisible()
})

for (const [path, locale, words] of [
  ["/ru/search/", "ru", "мёд"],
  ["/ja/", "ja", "はちみつ"],
  ["/ky/products/", "ky", "бал"],
] as const) {
  test(`typing in the header's box on ${path} suggests products in its language`, async ({ page }) => {
    await page.goto(path)
    const box = page.getByRole("combobox", { name: text(locale, "search.label") })
    const [honey] = honeyCategory
    if (!honey) throw new Error("no honey in the seed")
    await box.click()
    await box.pressSequentially(words)
    await expect(page.locator(`#site-search-suggestions option[value="${honey.title[locale]}"]`)).toHaveCount(1)
  })
}

test("a search that finds nothing says so in the page's language", async ({ page }) => {
  await page.goto("/ky/search/?q=yakburger")
  await expect(page.getByRole("main").getByRole("status")).toHaveText(text("ky", "search.none", { query: "yakburger" }))
  await expect(page.getByRole("main").getByRole("link")).toHaveCount(0)
})

test("when the store cannot answer, the page says search is unavailable", async ({ page }) => {
  await page.route(
    (url) => url.pathname === "/store/search",
    (route) => route.fulfill({ status: 503, body: JSON.stringify({ code: "search_unavailable" }) }),
  )
  await page.goto("/ja/search/?q=honey")
  await expect(page.getByRole("main").getByRole("status")).toHaveText(text("ja", "search.failed"))
  // Browsing still works: the header's links lead on.
  await page.goto("/ja/products/")
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible()
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
