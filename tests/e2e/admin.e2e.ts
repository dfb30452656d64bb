import fs from "node:fs"
import path from "node:path"
import { expect, type Page, test } from "@playwright/test"
import { repoRoot } from "../../scripts/lib/config"
import { backendUrl, e2eStack } from "./stack"

type Messages = {
  producerGroups: { list: { title: string } }
  harvest: {
    title: string
    tabs: { calendar: string; preorders: string; lowStock: string }
    statuses: { planned: string }
    preorders: { description: string; orderColumn: string; ifShortColumn: string }
    lowStock: { description: string; thresholdLabel: string; onShelfColumn: string }
  }
}
const adminStrings = (language: "en" | "ru") =>
  JSON.parse(
    fs.readFileSync(path.join(repoRoot, "backend", "src", "admin", "i18n", "json", `${language}.json`), "utf8"),
  ) as Messages
const groups = JSON.parse(
  fs.readFileSync(path.join(repoRoot, "seed", "data", "ovop", "producer-groups.json"), "utf8"),
) as { name: { en: string } }[]

/** Signs in with the credentials `npm start` saved, over plain local http. */
async function signIn(page: Page): Promise<void> {
  const credentials = JSON.parse(fs.readFileSync(path.join(e2eStack.dataDir, "admin.json"), "utf8")) as {
    email: string
    password: string
  }
  await page.goto(`${backendUrl}/app/login`)
  // The dashboard's sign-in fields are named by their placeholders.
  await page.getByRole("textbox", { name: "Email" }).fill(credentials.email)
  await page.getByPlaceholder(/password|пароль/i).fill(credentials.password)
  await page.getByRole("button", { name: /continue|продолжить|войти/i }).click()
  await expect(page).not.toHaveURL(/\/login/, { timeout: 30_000 })
}

test.describe("the admin dashboard", () => {
  for (const language of ["en", "ru"] as const) {
    test(`staff sign in and see the producer groups in ${language}`, async ({ page }) => {
      await page.addInitScript((lng) => window.localStorage.setItem("lng", lng), language)
      await signIn(page)
      await page.goto(`${backendUrl}/app/producer-groups`)
      await expect(page.getByRole("heading", { name: adminStrings(language).producerGroups.list.title })).toBeVisible({
        timeout: 30_000,
      })
      const firstGroup = [...groups].sort((a, b) => a.name.en.localeCompare(b.name.en))[0]
      await expect(page.getByRole("cell", { name: firstGroup?.name.en }).first()).toBeVisible()
    })
  }

  test("the region and price screens handle the Kyrgyz som", async ({ page }) => {
    await signIn(page)
    await page.goto(`${backendUrl}/app/settings/regions`)
    await page
      .getByRole("link", { name: /Kyrgyzstan/ })
      .first()
      .click()
    await expect(page.getByText("Kyrgyzstani Som").first()).toBeVisible({ timeout: 30_000 })
  })

  for (const language of ["en", "ru"] as const) {
    test(`the harvest page shows the pre-orders and what is running low, in ${language}`, async ({ page }) => {
      const strings = adminStrings(language).harvest
      await page.addInitScript((lng) => window.localStorage.setItem("lng", lng), language)
      await signIn(page)
      await page.goto(`${backendUrl}/app/harvest`)
      await expect(page.getByRole("heading", { name: strings.title })).toBeVisible({ timeout: 30_000 })

      await page.getByRole("tab", { name: strings.tabs.preorders }).click()
      await expect(page.getByText(strings.preorders.description)).toBeVisible()
      await expect(page.getByRole("columnheader", { name: strings.preorders.orderColumn })).toBeVisible()
      await expect(page.getByRole("columnheader", { name: strings.preorders.ifShortColumn })).toBeVisible()

      await page.getByRole("tab", { name: strings.tabs.lowStock }).click()
      await expect(page.getByText(strings.lowStock.description)).toBeVisible()
      await expect(page.getByRole("columnheader", { name: strings.lowStock.onShelfColumn })).toBeVisible()
      // Every seeded food variant has next season's lot planned: a high threshold lists them with it.
      await page.getByLabel(strings.lowStock.thresholdLabel).fill("10000")
      await expect(page).toHaveURL(/threshold=10000/)
      await expect(page.getByRole("row").filter({ hasText: strings.statuses.planned }).first()).toBeVisible({
        timeout: 30_000,
      })
    })
  }

  test("the harvest calendar lists the producer groups, in Russian", async ({ page }) => {
    const russian = adminStrings("ru").harvest
    await page.addInitScript(() => window.localStorage.setItem("lng", "ru"))
    await signIn(page)
    await page.goto(`${backendUrl}/app/harvest`)
    await expect(page.getByRole("heading", { name: russian.title })).toBeVisible({ timeout: 30_000 })
    await page.getByRole("tab", { name: russian.tabs.calendar }).click()
    const firstGroup = [...groups].sort((a, b) => a.name.en.localeCompare(b.name.en))[0]
    await expect(page.getByText(firstGroup?.name.en ?? "").first()).toBeVisible({ timeout: 30_000 })
  })
})
