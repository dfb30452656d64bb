import fs from "node:fs"
import path from "node:path"
import type { Locale } from "@ovop/domain"
import { expect, type Page } from "@playwright/test"
import { text } from "./catalogue-data"
import { backendUrl, e2eStack } from "./stack"

// Wholesale accounts for the end-to-end specs, made through the store and admin APIs as the
// shop makes them: customers, an application approved by the seeded staff user, and signing in on
// a page.

/** The seeded publishable keys of the retail and the wholesale channels. */
export const seedKeys = () =>
  JSON.parse(fs.readFileSync(path.join(e2eStack.dataDir, "storefront.json"), "utf8")) as {
    publishableKey: string
    wholesale: { publishableKey: string }
  }

/** Calls the backend (POST when there is a body) and answers the JSON; throws on an error status. */
export async function call<T>(
  route: string,
  init: { body?: unknown; headers?: Record<string, string>; method?: string } = {},
): Promise<T> {
  const response = await fetch(`${backendUrl}${route}`, {
    method: init.method ?? (init.body === undefined ? "GET" : "POST"),
    headers: { "content-type": "application/json", ...init.headers },
    body: init.body === undefined ? null : JSON.stringify(init.body),
  })
  const answer = (await response.json().catch(() => ({}))) as T
  if (!response.ok) throw new Error(`${route} answered ${response.status}: ${JSON.stringify(answer)}`)
  return answer
}

/** The seeded staff user's bearer header. */
export const staffHeaders = async () => {
  const credentials = JSON.parse(fs.readFileSync(path.join(e2eStack.dataDir, "admin.json"), "utf8"))
  const { token } = await call<{ token: string }>("/auth/user/emailpass", { body: credentials })
  return { authorization: `Bearer ${token}` }
}

/** Registers a customer account and signs it in; answers its headers with the retail key. */
export async function registeredCustomer(
  email: string,
  password: string,
  name: { first_name: string; last_name: string },
) {
  const keys = seedKeys()
  const { token: registration } = await call<{ token: string }>("/auth/customer/emailpass/register", {
    body: { email, password },
  })
  await call("/store/customers", {
    body: { email, ...name },
    headers: { authorization: `Bearer ${registration}`, "x-publishable-api-key": keys.publishableKey },
  })
  const { token } = await call<{ token: string }>("/auth/customer/emailpass", { body: { email, password } })
  return { authorization: `Bearer ${token}`, "x-publishable-api-key": keys.publishableKey }
}

/**
 * A customer who applied for `company` (a Japanese importer, in Japanese) and whom staff approved:
 * its buyer admin. Answers their store headers with the wholesale key.
 */
export async function approvedImporter(
  email: string,
  password: string,
  company = "京都インポート株式会社",
  name = { first_name: "花子", last_name: "佐藤" },
) {
  const retail = await registeredCustomer(email, password, name)
  const { wholesale_application } = await call<{ wholesale_application: { id: string } }>(
    "/store/wholesale/applications",
    {
      body: {
        company_name: company,
        country_code: "jp",
        registration_number: "T1234567890123",
        contact_person: `${name.last_name}${name.first_name}`,
        expected_yearly_volume_usd: 40000,
        preferred_language: "ja",
      },
      headers: retail,
    },
  )
  await call(`/admin/wholesale/applications/${wholesale_application.id}/approve`, {
    body: {},
    headers: await staffHeaders(),
  })
  return { ...retail, "x-publishable-api-key": seedKeys().wholesale.publishableKey }
}

/** Signs `email` in on the `locale` sign-in page and waits until the page has moved on. */
export async function signInOnPage(page: Page, locale: Locale, email: string, password: string) {
  await page.goto(`/${locale}/account/sign-in/`)
  const form = page.getByRole("form", { name: text(locale, "account.signIn.title") })
  await form.getByRole("textbox", { name: text(locale, "account.email"), exact: true }).fill(email)
  await form.getByLabel(text(locale, "account.password"), { exact: true }).fill(password)
  await form.getByRole("button", { name: text(locale, "account.signIn.submit") }).click()
  await expect(page).not.toHaveURL(/sign-in/)
}

/**
 * The warehouse receives `units` more of `sku` (staff raise its first stock level through the
 * admin API): a spec whose accepted quote reserves stock brings its own, whatever other specs took.
 */
export async function receiveStock(sku: string, units: number): Promise<void> {
  const staff = await staffHeaders()
  const { inventory_items } = await call<{
    inventory_items: { id: string; location_levels: { location_id: string; stocked_quantity: number }[] }[]
  }>(`/admin/inventory-items?sku=${encodeURIComponent(sku)}&fields=id,*location_levels`, { headers: staff })
  const item = inventory_items[0]
  const level = item?.location_levels[0]
  if (!item || !level) throw new Error(`${sku} has no stock level`)
  await call(`/admin/inventory-items/${item.id}/location-levels/${level.location_id}`, {
    body: { stocked_quantity: Number(level.stocked_quantity) + units },
    headers: staff,
  })
}
