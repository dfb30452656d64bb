import { expect, test } from "@playwright/test"
import { adminText, firstStaff, signInToAdmin } from "./admin-staff"
import { backendUrl } from "./stack"
import { call, registeredCustomer } from "./wholesale-accounts"

// Destructive actions in the admin are quiet (secondary) buttons that ask first (issue 13): a
// buyer application's rejection is emailed at once and cannot be taken back.

test.describe.configure({ timeout: 90_000 })

test("rejecting a buyer application asks first, in Russian; keeping it leaves it pending", async ({ page }) => {
  const company = `Ак-Суу Экспорт ${Date.now()}`
  const applicant = await registeredCustomer(`export-${Date.now()}@example.kg`, "ak-suu-export-2026", {
    first_name: "Бакыт",
    last_name: "Осмонов",
  })
  await call("/store/wholesale/applications", {
    body: {
      company_name: company,
      country_code: "kg",
      registration_number: "02304199910068",
      contact_person: "Бакыт Осмонов",
      expected_yearly_volume_usd: 12000,
      preferred_language: "ru",
    },
    headers: applicant,
  })

  const ru = (key: string, values?: Record<string, string>) => adminText("ru", key, values)
  await signInToAdmin(page, firstStaff(), "ru")
  await page.goto(`${backendUrl}/app/wholesale`)
  await page.getByRole("tab", { name: ru("wholesale.tabs.applications") }).click()
  const row = page.getByRole("row").filter({ hasText: company })
  await row.getByRole("button", { name: ru("wholesale.applications.reject") }).click()
  await row.getByRole("textbox", { name: ru("wholesale.applications.reason") }).fill("Нет регистрации экспортёра")
  await row.getByRole("button", { name: ru("wholesale.applications.sendRejection") }).click()

  // The dashboard asks; keeping the application sends nothing.
  const dialog = page.getByRole("alertdialog")
  await expect(dialog).toContainText(ru("wholesale.applications.confirmRejectTitle", { company }))
  await expect(dialog).toContainText(ru("wholesale.applications.confirmRejectDescription"))
  await dialog.getByRole("button", { name: ru("wholesale.applications.keep") }).click()
  await expect(dialog).toBeHidden()
  await expect(row).toContainText(ru("wholesale.applicationStatuses.pending"))

  await row.getByRole("button", { name: ru("wholesale.applications.sendRejection") }).click()
  await dialog.getByRole("button", { name: ru("wholesale.applications.sendRejection") }).click()
  await expect(page.getByText(ru("wholesale.applications.rejected"))).toBeVisible()
  await expect(page.getByRole("row").filter({ hasText: company })).toHaveCount(0)
})
