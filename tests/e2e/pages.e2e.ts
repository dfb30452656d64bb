import { expect, test } from "@playwright/test"
import { readInfoContent } from "../../storefront/src/features/legal/content-files"
import { localeNames, locales } from "../../storefront/src/i18n/locales"
import { groupOf, seed, uiStrings } from "./catalogue-data"
import { storefrontUrl } from "./stack"

test("the Japanese footer links to the Specified Commercial Transactions Act disclosure", async ({ page }) => {
  await page.goto("/ja/")
  const footer = page.getByRole("contentinfo")
  await footer.getByRole("link", { name: "特定商取引法に基づく表記" }).click()
  await expect(page).toHaveURL(/\/ja\/tokushoho\/$/)
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("特定商取引法に基づく表記")
  const main = page.getByRole("main")
  await expect(main.getByRole("term").filter({ hasText: "販売業者" })).toBeVisible()
  await expect(main.getByRole("term").filter({ hasText: "返品・交換について" })).toBeVisible()
  await expect(main).toContainText("2,800円")
})

test("every locale's footer links to about, shipping, privacy and terms in its own language", async ({ page }) => {
  for (const locale of locales) {
    await page.goto(`/${locale}/`)
    const footer = page.getByRole("navigation", { name: uiStrings(locale)["footer.info"] })
    for (const [slug, key] of [
      ["about", "footer.about"],
      ["shipping", "footer.shipping"],
      ["privacy", "footer.privacy"],
      ["terms", "footer.terms"],
    ] as const) {
      await expect(footer.getByRole("link", { name: uiStrings(locale)[key], exact: true })).toHaveAttribute(
        "href",
        `/${locale}/${slug}/`,
      )
    }
  }
})

test("the about page renders in Kyrgyz with its heading and the brand badge", async ({ page }) => {
  await page.goto("/ky/about/")
  await expect(page.locator("html")).toHaveAttribute("lang", "ky")
  const about = readInfoContent().ky.pages.about
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(about.title)
  const brand = about.sections.find((section) => section.id === "brand")
  if (!brand) throw new Error("the about page has no brand section")
  await expect(page.getByRole("region", { name: brand.heading })).toContainText(uiStrings("ky")["brand.badge"] ?? "")
})

test("the shipping page lists EMS to Japan in yen", async ({ page }) => {
  await page.goto("/ja/shipping/")
  const row = page.getByRole("row", { name: /EMS/ })
  await expect(row).toContainText("2,800")
})

test("the sitemap lists a product page in all four locales with hreflang alternates", async ({ request }) => {
  const product = seed.products.find((candidate) => groupOf(candidate).status === "active")
  if (!product) throw new Error("the seed has no product of an active group")
  const response = await request.get("/sitemap.xml")
  expect(response.status()).toBe(200)
  const xml = await response.text()
  for (const locale of locales) {
    const url = `${storefrontUrl}/${locale}/products/${product.handle}/`
    expect(xml).toContain(`<loc>${url}</loc>`)
    expect(xml).toContain(`hreflang="${locale}" href="${url}"`)
  }
  const robots = await request.get("/robots.txt")
  expect(await robots.text()).toContain(`Sitemap: ${storefrontUrl}/sitemap.xml`)
})

test("an unknown address answers the 404 page with links to every home page", async ({ page }) => {
  const response = await page.goto("/en/no-such-page/")
  expect(response?.status()).toBe(404)
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(uiStrings("en")["notFound.title"] ?? "")
  for (const locale of locales) {
    await expect(page.getByRole("link", { name: new RegExp(localeNames[locale]) })).toHaveAttribute(
      "href",
      `/${locale}/`,
    )
  }
})
