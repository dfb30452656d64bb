import { expect, test } from "@playwright/test"
import { text } from "./catalogue-data"
import { approvedImporter, registeredCustomer, signInOnPage } from "./wholesale-accounts"

// One company, several users: the buyer admin adds a colleague on the wholesale page, the
// colleague signs in and buys for the company (the quick-order grid, not the application form),
// and the buyer admin takes them out again.

const en = (key: string, values?: Record<string, string>) => text("en", key, values)
const password = "kyoto-imports-2026"

test("a buyer admin adds a colleague who then orders for the company, and removes them", async ({
  browser,
  page,
}, testInfo) => {
  const stamp = `${testInfo.project.name}-${Date.now()}`
  const adminEmail = `sato+${stamp}@kyoto-imports.example`
  const colleagueEmail = `ito+${stamp}@kyoto-imports.example`
  await approvedImporter(adminEmail, password, "Kyoto Imports", { first_name: "Hanako", last_name: "Sato" })
  await registeredCustomer(colleagueEmail, password, { first_name: "Kenji", last_name: "Ito" })

  await signInOnPage(page, "en", adminEmail, password)
  await page.goto("/en/wholesale/")
  const users = page.getByRole("table", { name: en("wholesale.page.companyTitle") })
  await expect(users.getByRole("row").filter({ hasText: adminEmail })).toContainText(
    en("wholesale.company.role.buyer_admin"),
  )
  const add = page.getByRole("form", { name: en("wholesale.page.addUserTitle") })
  await add.getByRole("textbox", { name: en("wholesale.page.userEmail") }).fill(colleagueEmail)
  await add.getByRole("button", { name: en("wholesale.page.addUser") }).click()
  await expect(
    page.getByText(en("wholesale.company.added", { email: colleagueEmail, company: "Kyoto Imports" })),
  ).toBeVisible()
  const colleagueRow = users.getByRole("row").filter({ hasText: colleagueEmail })
  await expect(colleagueRow).toContainText("Kenji Ito")
  await expect(colleagueRow).toContainText(en("wholesale.company.role.buyer"))

  // The colleague is a buyer: the grid and the company's users, no application form, no adding.
  const colleagueContext = await browser.newContext()
  const colleague = await colleagueContext.newPage()
  await signInOnPage(colleague, "en", colleagueEmail, password)
  await colleague.goto("/en/wholesale/")
  await expect(colleague.getByRole("heading", { name: en("wholesale.page.gridTitle") })).toBeVisible()
  await expect(colleague.getByRole("table", { name: en("wholesale.page.companyTitle") })).toContainText(adminEmail)
  await expect(colleague.getByRole("form", { name: en("wholesale.page.applyTitle") })).toBeHidden()
  await expect(colleague.getByRole("form", { name: en("wholesale.page.addUserTitle") })).toBeHidden()
  await colleagueContext.close()

  // The only buyer admin cannot leave; the colleague can be removed, after a confirmation.
  const adminRow = users.getByRole("row").filter({ hasText: adminEmail })
  page.once("dialog", (dialog) => void dialog.accept())
  await adminRow.getByRole("button", { name: en("wholesale.company.remove") }).click()
  await expect(page.getByText(en("wholesale.company.lastAdmin"))).toBeVisible()
  page.once("dialog", (dialog) => void dialog.accept())
  await colleagueRow.getByRole("button", { name: en("wholesale.company.remove") }).click()
  await expect(
    page.getByText(en("wholesale.company.removed", { name: "Kenji Ito", company: "Kyoto Imports" })),
  ).toBeVisible()
  await expect(users.getByRole("row").filter({ hasText: colleagueEmail })).toHaveCount(0)
})
