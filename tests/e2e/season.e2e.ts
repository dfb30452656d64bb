import { expect, type Page, test } from "@playwright/test"
import { buildDate, monthName, seasonStatus } from "../../storefront/src/features/season/season"
import type { Locale } from "../../storefront/src/i18n/locales"
import { groupOf, type SeedProduct, seed, text } from "./catalogue-data"

// The day global-setup.ts builds the storefront for (its OVOP_STOREFRONT_TODAY), so the calendar never matters.
const today = buildDate({ OVOP_STOREFRONT_TODAY: "2026-05-15" })

const statusOf = (product: SeedProduct) => seasonStatus(product.season_months, today)
const onSale = seed.products.filter((product) => groupOf(product).status === "active")
const outOfSeason = onSale.find((product) => statusOf(product).kind === "out-of-season")
const felt = onSale.find((product) => product.category === "felt")

function opensIn(product: SeedProduct) {
  const status = statusOf(product)
  if (status.kind !== "out-of-season") throw new Error(`${product.handle} is not out of season on the test day`)
  return status.opensIn
}

const backInSeason = (locale: Locale, product: SeedProduct) =>
  text(locale, "season.backIn").replace("{month}", monthName(opensIn(product), locale))
const notifyForm = (page: Page, locale: Locale) => page.getByRole("form", { name: text(locale, "notify.heading") })

for (const locale of ["ja", "ky"] as const) {
  test(`an out-of-season product page says in ${locale} when it is back, and offers to email`, async ({ page }) => {
    if (!outOfSeason) throw new Error("the seed has no product out of season on the test day")
    await page.goto(`/${locale}/products/${outOfSeason.handle}/`)
    // One clear message (issue 13): the page says when it is back, unless a pre-order is open; then
    // the pre-order (with its shipping month) leads and the note stands aside.
    const backIn = page.getByText(backInSeason(locale, outOfSeason), { exact: true })
    await expect(backIn).toBeAttached()
    const preorder = page.getByRole("group", { name: text(locale, "preorder.ifShort") })
    await expect(backIn.or(preorder).filter({ visible: true })).toHaveCount(1)
    const form = notifyForm(page, locale)
    await expect(form).toBeVisible()
    await expect(form.getByRole("textbox", { name: text(locale, "notify.email") })).toBeEditable()
    await expect(form.getByRole("button", { name: text(locale, "notify.submit") })).toBeEnabled()
  })
}

test("the email form asks the store to write when the product is back, once per address", async ({
  page,
}, testInfo) => {
  if (!outOfSeason) throw new Error("the seed has no product out of season on the test day")
  await page.goto(`/ja/products/${outOfSeason.handle}/`)
  const form = notifyForm(page, "ja")
  // One address per browser project: both projects share the store the tests started.
  await form
    .getByRole("textbox", { name: text("ja", "notify.email") })
    .fill(`aigul+${testInfo.project.name}@example.kg`)
  const isRequest = (response: { url(): string; request(): { method(): string } }) =>
    response.url().endsWith("/store/back-in-stock-requests") && response.request().method() === "POST"

  const first = page.waitForResponse(isRequest)
  await form.getByRole("button", { name: text("ja", "notify.submit") }).click()
  expect((await first).status()).toBe(201)
  await expect(form.getByRole("status")).toHaveText(text("ja", "notify.done"))

  // Asking again with the same address changes nothing, and the shopper hears the same.
  const again = page.waitForResponse(isRequest)
  await form.getByRole("button", { name: text("ja", "notify.submit") }).click()
  expect((await again).status()).toBe(200)
  await expect(form.getByRole("status")).toHaveText(text("ja", "notify.done"))
})

test("the home page tags an out-of-season product's card with the month it is back", async ({ page }) => {
  if (!outOfSeason) throw new Error("the seed has no product out of season on the test day")
  await page.goto("/ja/")
  const card = page
    .getByRole("main")
    .getByRole("listitem")
    .filter({ has: page.getByRole("heading", { level: 3, name: outOfSeason.title.ja, exact: true }) })
    .first()
  await expect(card).toContainText(
    text("ja", "season.cardBackIn").replace("{month}", monthName(opensIn(outOfSeason), "ja")),
  )
})

test("an all-year felt product says nothing about seasons and offers no email form", async ({ page }) => {
  if (!felt) throw new Error("the seed has no felt product on sale")
  expect(statusOf(felt).kind).toBe("all-year")
  await page.goto(`/ja/products/${felt.handle}/`)
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(felt.title.ja)
  const anyMonth = new RegExp(text("ja", "season.backIn").replace("{month}", ".+"))
  await expect(page.getByText(anyMonth)).toHaveCount(0)
  await expect(page.getByText(text("ja", "season.inSeason"))).toHaveCount(0)
  // The page's only form is the cart's: no email form, shown or hidden.
  await expect(page.locator("form[data-notify-form]")).toHaveCount(0)
  await expect(page.getByRole("form", { includeHidden: true })).toHaveCount(1)
  await expect(page.getByRole("form", { name: text("ja", "cart.add") })).toBeVisible()
})

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false })

  test("an out-of-season product page keeps the back-in-season text but shows no email form", async ({ page }) => {
    if (!outOfSeason) throw new Error("the seed has no product out of season on the test day")
    await page.goto(`/ky/products/${outOfSeason.handle}/`)
    await expect(page.getByText(backInSeason("ky", outOfSeason), { exact: true })).toBeVisible()
    // The form is in the page, only hidden: a script that never runs cannot leave it half working.
    await expect(page.getByRole("form", { name: text("ky", "notify.heading"), includeHidden: true })).toBeAttached()
    await expect(notifyForm(page, "ky")).toBeHidden()
  })
})
