import { expect, type Page, test } from "@playwright/test"
import { uiStrings } from "./catalogue-data"

const ja = uiStrings("ja")
const suggestion = (page: Page) => page.getByRole("complementary", { name: ja["lang.suggestLabel"] })

test.describe("a Japanese browser", () => {
  test.use({ locale: "ja-JP" })

  test("an English page suggests the same page in Japanese, politely, and never redirects", async ({ page }) => {
    await page.goto("/en/groups/")
    await expect(page).toHaveURL(/\/en\/groups\/$/)
    await expect(page.locator("html")).toHaveAttribute("lang", "en")
    const banner = suggestion(page)
    await expect(banner).toBeVisible()
    await expect(banner).toHaveAttribute("lang", "ja")
    await expect(banner).toContainText(ja["lang.suggest"] ?? "")
    await expect(page.locator("[aria-live=polite]").getByRole("complementary")).toHaveCount(1)
    await expect(banner.getByRole("link", { name: ja["lang.switch"] })).toHaveAttribute("href", "/ja/groups/")
  })

  test("dismissed with the keyboard, the suggestion stays away on later pages", async ({ page }) => {
    await page.goto("/en/about/")
    const dismiss = suggestion(page).getByRole("button", { name: ja["lang.dismiss"] })
    // Skip link, the suggestion's link, then its button.
    await page.keyboard.press("Tab")
    await page.keyboard.press("Tab")
    await page.keyboard.press("Tab")
    await expect(dismiss).toBeFocused()
    await page.keyboard.press("Enter")
    await expect(suggestion(page)).toHaveCount(0)

    await page.goto("/en/shipping/")
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible()
    await expect(suggestion(page)).toHaveCount(0)
  })

  test("following the suggestion opens the Japanese page, which suggests nothing", async ({ page }) => {
    await page.goto("/en/groups/")
    await suggestion(page).getByRole("link", { name: ja["lang.switch"] }).click()
    await expect(page).toHaveURL(/\/ja\/groups\/$/)
    await expect(page.locator("html")).toHaveAttribute("lang", "ja")
    await expect(page.getByRole("complementary")).toHaveCount(0)
  })

  test("a language picked in the picker is remembered: no suggestion on the Russian page either", async ({ page }) => {
    await page.goto("/en/about/")
    await expect(suggestion(page)).toBeVisible()
    await page
      .getByRole("navigation", { name: uiStrings("en")["nav.language"] })
      .getByRole("link", { name: "Русский" })
      .click()
    await expect(page).toHaveURL(/\/ru\/about\/$/)
    await expect(page.locator("html")).toHaveAttribute("lang", "ru")
    await expect(page.getByRole("complementary")).toHaveCount(0)
  })

  test("a Japanese page shows no language suggestion", async ({ page }) => {
    await page.goto("/ja/groups/")
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible()
    await expect(page.getByRole("complementary")).toHaveCount(0)
  })
})
