import { expect, type Page, type TestInfo, test } from "@playwright/test"
import { kyrgyzRegions } from "../../storefront/src/features/account/address"
import { localeNames, locales } from "../../storefront/src/i18n/locales"
import { onSaleAllYear, text } from "./catalogue-data"
import { addToCart, continueFrom, field, step } from "./checkout-steps"

// The look of the shop (issue 13): the buy button in a phone's first screen, the header's share of
// it, the language chooser, "free" for a zero price, and screenshots of the main pages in each
// viewport, kept as artifacts of the test (attached to the report and written to its output folder).

const shortbread = onSaleAllYear("karakol-seven-bulls-shortbread")
const slippers = onSaleAllYear("kyzyl-suu-felt-slippers")

/** Saves a full-page screenshot of the page as `<name>.png` in the test's output folder and attaches it to the report. */
async function keepScreenshot(page: Page, testInfo: TestInfo, name: string) {
  const file = testInfo.outputPath(`${name}-${testInfo.project.name}.png`)
  await page.screenshot({ path: file, fullPage: true })
  await testInfo.attach(`${name} (${testInfo.project.name})`, { path: file, contentType: "image/png" })
}

test("the add-to-cart button is in the first screen of a product page, and the header takes at most 15% of it", async ({
  page,
}) => {
  const live = page.waitForResponse((response) => response.url().includes("/store/products?"))
  await page.goto(`/en/products/${slippers.handle}/`)
  await live
  const button = page
    .getByRole("form", { name: text("en", "cart.add") })
    .getByRole("button", { name: text("en", "cart.add") })
  await expect(button).toBeVisible()
  // Nothing scrolled: the button (or the sticky bar holding it) is inside the first screen.
  await expect(button).toBeInViewport()
  const viewport = page.viewportSize()
  const header = await page.getByRole("banner").boundingBox()
  if (!viewport || !header) throw new Error("no viewport or header box")
  expect(header.height / viewport.height).toBeLessThanOrEqual(0.15)

  // Read down the page: on a phone the button stays in sight (a sticky bar).
  await page.getByRole("heading", { name: text("en", "product.details") }).scrollIntoViewIfNeeded()
  if (test.info().project.name === "phone") await expect(button).toBeInViewport()
})

test("the product page shows two views of the product, the first one loaded first", async ({ page }) => {
  await page.goto(`/ru/products/${shortbread.handle}/`)
  const gallery = page.locator(".product-gallery img")
  await expect(gallery).toHaveCount(2)
  await expect(gallery.first()).toHaveAttribute("alt", shortbread.title.ru)
  await expect(gallery.first()).toHaveAttribute("fetchpriority", "high")
  await expect(gallery.nth(1)).toHaveAttribute("loading", "lazy")
})

test("the language chooser offers each language in its own words and links to its home", async ({ page }, testInfo) => {
  await page.goto("/")
  const choices = page.getByRole("list", { name: /Language/ }).getByRole("listitem")
  await expect(choices).toHaveCount(locales.length)
  for (const locale of locales) {
    const choice = choices.filter({ hasText: localeNames[locale] })
    await expect(choice).toHaveAttribute("lang", locale)
    await expect(choice).toContainText(text(locale, "chooser.title"))
    await expect(choice.getByRole("link")).toHaveAttribute("href", `/${locale}/`)
  }
  await keepScreenshot(page, testInfo, "language-chooser")
  await choices.filter({ hasText: localeNames.ky }).getByRole("link").click()
  await expect(page.locator("html")).toHaveAttribute("lang", "ky")
})

test("a delivery that costs nothing reads 'free' in the page's language, never '0 сом'", async ({ page }) => {
  test.slow()
  await addToCart(page, shortbread, "ru")
  await page.goto("/ru/checkout/")
  await field(page, "ru", "checkout.email").fill("aida@example.kg")
  await field(page, "ru", "account.firstName").fill("Аида")
  await field(page, "ru", "account.lastName").fill("Исакова")
  await field(page, "ru", "account.address.postalCode").fill("722200")
  await field(page, "ru", "account.address.region").selectOption({ label: kyrgyzRegions[0]?.names.ru ?? "" })
  await field(page, "ru", "account.address.city").fill("Каракол")
  await field(page, "ru", "account.address.address1").fill("ул. Абдрахманова, 120")
  await field(page, "ru", "account.address.phone").fill("+996 555 123 456")
  await continueFrom(page, "ru", "details")
  const pickup = step(page, "ru", "delivery").getByRole("radio", {
    name: `${text("ru", "checkout.shippingOption.kg-pickup")} — ${text("ru", "shipping.free")}`,
  })
  await expect(pickup).toBeVisible()
  await expect(step(page, "ru", "delivery")).not.toContainText(/\b0\s?сом/)
})

// One test a page: a phone's full-page screenshot of a long page takes a while on a busy machine.
const screenshotPages: [name: string, path: string][] = [
  ["home", "/en/"],
  ["home-ja", "/ja/"],
  ["listing", "/en/products/"],
  ["product", `/en/products/${slippers.handle}/`],
  ["account", "/ru/account/sign-in/"],
]
for (const [name, path] of screenshotPages) {
  test(`a screenshot of the ${name} page is kept for review`, async ({ page }, testInfo) => {
    test.slow()
    await page.goto(path)
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible()
    await keepScreenshot(page, testInfo, name)
  })
}

test("screenshots of the cart and the checkout with an item are kept for review", async ({ page }, testInfo) => {
  test.slow()
  await addToCart(page, shortbread, "en")
  await page.goto("/en/cart/")
  await expect(page.getByRole("link", { name: shortbread.title.en, exact: true })).toBeVisible()
  await keepScreenshot(page, testInfo, "cart")
  await page.goto("/en/checkout/")
  await expect(field(page, "en", "checkout.email")).toBeVisible()
  await keepScreenshot(page, testInfo, "checkout")
})
