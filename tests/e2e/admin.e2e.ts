import fs from "node:fs"
import path from "node:path"
import { formatMoney, includedTax, regionName } from "@ovop/domain"
import { expect, type Page, test } from "@playwright/test"
import { repoRoot } from "../../scripts/lib/config"
import { backendUrl, e2eStack } from "./stack"

type Messages = {
  orderAddress: { title: string; copy: string }
  orderTax: { title: string; total: string }
  producerGroups: {
    list: { title: string; anyStatus: string; anyDistrict: string }
    fields: { status: string; district: string; leaderPhone: string }
    statuses: Record<"active" | "paused", string>
    districts: Record<string, string>
    common: { edit: string; save: string; saved: string }
    validation: { phone: string }
    detail: { staff: { title: string; editTitle: string } }
  }
  harvest: {
    title: string
    tabs: { calendar: string; preorders: string; lowStock: string }
    fields: { lotNumber: string; product: string; forecast: string; status: string }
    statuses: Record<"planned" | "in_production" | "available" | "sold_out" | "expired", string>
    plan: { created: string }
    validation: { required: string; chooseVariant: string }
    lots: { plan: string }
    preorders: { description: string; orderColumn: string; ifShortColumn: string }
    lowStock: { description: string; thresholdLabel: string; onShelfColumn: string }
  }
  payments: { title: string; providers: { cashOnDelivery: string } }
}
const adminStrings = (language: "en" | "ru") =>
  JSON.parse(
    fs.readFileSync(path.join(repoRoot, "backend", "src", "admin", "i18n", "json", `${language}.json`), "utf8"),
  ) as Messages
const seedFile = <T>(name: string): T =>
  JSON.parse(fs.readFileSync(path.join(repoRoot, "seed", "data", "ovop", name), "utf8")) as T
/** A producer group of the seed (seed/data/ovop/producer-groups.json), the fields the tests read. */
type SeedGroup = {
  handle: string
  name: { en: string }
  district: string
  status: "active" | "paused"
  staff: { leader_phone: string }
}
/** A product of the seed (seed/data/ovop/products.json), the fields the tests read. */
type SeedProduct = {
  handle: string
  group: string
  title: { en: string }
  option: { values: { value: string; label: { en: string } }[] }
  variants: { sku: string; option_value: string }[]
}
const groups = seedFile<SeedGroup[]>("producer-groups.json")
const products = seedFile<SeedProduct[]>("products.json")

/** The seed group `handle`. */
function seedGroup(handle: string) {
  const producerGroup = groups.find((candidate) => candidate.handle === handle)
  if (!producerGroup) throw new Error(`the seed has no producer group ${handle}`)
  return producerGroup
}

/** The English names of the seed groups that pass `keep`, sorted. */
const groupNames = (keep: (producerGroup: SeedGroup) => boolean) =>
  groups
    .filter(keep)
    .map((producerGroup) => producerGroup.name.en)
    .sort()

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

/** A staff token from the credentials `npm start` saved, for reading the admin API. */
async function adminToken(): Promise<string> {
  const credentials = JSON.parse(fs.readFileSync(path.join(e2eStack.dataDir, "admin.json"), "utf8")) as {
    email: string
    password: string
  }
  const response = await fetch(`${backendUrl}/auth/user/emailpass`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(credentials),
  })
  return ((await response.json()) as { token: string }).token
}

/** Waits until the list's table links exactly the groups named (in any order). */
async function expectListedGroups(page: Page, names: string[]): Promise<void> {
  await expect
    .poll(async () => (await page.getByRole("table").getByRole("link").allTextContents()).sort(), { timeout: 15_000 })
    .toEqual(names)
}

/**
 * Places a cash-on-delivery order in Kyrgyzstan through the store API, as the storefront does:
 * `quantity` packs of seven-bulls shortbread and the courier, to an address in `province` (free
 * text, or a region's code as the storefront sends it: `kg-y`). Answers the order's id.
 */
async function placeKyrgyzOrder(quantity: number, province = "Issyk-Kul region"): Promise<string> {
  const { publishableKey, regions } = JSON.parse(
    fs.readFileSync(path.join(e2eStack.dataDir, "storefront.json"), "utf8"),
  ) as { publishableKey: string; regions: { id: string; name: string }[] }
  const store = async <T>(route: string, body?: unknown): Promise<T> => {
    const response = await fetch(`${backendUrl}${route}`, {
      method: body === undefined ? "GET" : "POST",
      headers: { "x-publishable-api-key": publishableKey, "content-type": "application/json" },
      body: body === undefined ? undefined : JSON.stringify(body),
    })
    if (!response.ok) throw new Error(`${route}: ${response.status} ${await response.text()}`)
    return (await response.json()) as T
  }
  const region = regions.find((candidate) => candidate.name === "Kyrgyzstan")
  const { products } = await store<{ products: { variants: { id: string }[] }[] }>(
    "/store/products?handle=karakol-seven-bulls-shortbread&fields=id,*variants",
  )
  const { cart } = await store<{ cart: { id: string } }>("/store/carts", {
    region_id: region?.id,
    email: "aigul@example.kg",
    shipping_address: {
      first_name: "Aigul",
      last_name: "Asanova",
      address_1: "Abdrakhmanov street 120",
      city: "Karakol",
      province,
      postal_code: "722200",
      country_code: "kg",
      phone: "+996 555 123 456",
    },
    items: [{ variant_id: products[0]?.variants[0]?.id, quantity }],
  })
  const { shipping_options } = await store<{ shipping_options: { id: string; type?: { code?: string } }[] }>(
    `/store/shipping-options?cart_id=${cart.id}&fields=id,*type`,
  )
  const courier = shipping_options.find((option) => option.type?.code === "kg-courier")
  await store(`/store/carts/${cart.id}/shipping-methods`, { option_id: courier?.id })
  const { payment_collection } = await store<{ payment_collection: { id: string } }>("/store/payment-collections", {
    cart_id: cart.id,
  })
  await store(`/store/payment-collections/${payment_collection.id}/payment-sessions`, {
    provider_id: "pp_cash-on-delivery_ovop",
  })
  const placed = await store<{ type: string; order: { id: string } }>(`/store/carts/${cart.id}/complete`, {})
  if (placed.type !== "order") throw new Error("the order was not placed")
  return placed.order.id
}

test.describe("the admin dashboard", () => {
  // Each test loads the dashboard (a 7.6 MB single-page app) and signs in afresh: 18-30 s a test
  // beside the tier's other worker on 2 cores, too close to the default 30 s.
  test.describe.configure({ timeout: 90_000 })
  test("comes with its security headers, and its Content-Security-Policy blocks nothing it uses", async ({ page }) => {
    const violations: string[] = []
    page.on("console", (message) => {
      if (/Content[- ]Security[- ]Policy/i.test(message.text())) violations.push(message.text())
    })
    const response = await page.goto(`${backendUrl}/app/login`)
    const headers = response?.headers() ?? {}
    expect(headers["content-security-policy"]).toContain("script-src 'self';")
    expect(headers["content-security-policy"]).toContain("frame-ancestors 'none'")
    expect(headers["x-frame-options"]).toBe("DENY")
    expect(headers["x-content-type-options"]).toBe("nosniff")
    expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin")
    expect(headers["x-powered-by"]).toBeUndefined()
    await signIn(page)
    await page.goto(`${backendUrl}/app/producer-groups`)
    await expect(page.getByRole("heading", { name: adminStrings("en").producerGroups.list.title })).toBeVisible({
      timeout: 30_000,
    })
    // A seeded group's page: its photo comes from /uploads.
    await page.getByRole("table").getByRole("link").first().click()
    const photo = page.locator("img[src*='/uploads/']").first()
    await expect(photo).toBeVisible({ timeout: 30_000 })
    await expect.poll(() => photo.evaluate((image) => (image as HTMLImageElement).naturalWidth)).toBeGreaterThan(0)
    expect(violations).toEqual([])
  })

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

  for (const language of ["en", "ru"] as const) {
    test(`an order shows the VAT its prices include, once on the order, in ${language}`, async ({ page }) => {
      // 3 packs of shortbread and the courier, whole som; the VAT once on that total, rounded down.
      const orderId = await placeKyrgyzOrder(3, "kg-y")
      const texts = adminStrings(language).orderTax
      await page.addInitScript((lng) => window.localStorage.setItem("lng", lng), language)
      await signIn(page)
      await page.goto(`${backendUrl}/app/orders/${orderId}`)
      await expect(page.getByRole("heading", { name: texts.title })).toBeVisible({ timeout: 30_000 })
      const { order } = (await (
        await fetch(`${backendUrl}/admin/orders/${orderId}?fields=total,currency_code,metadata`, {
          headers: { authorization: `Bearer ${await adminToken()}` },
        })
      ).json()) as { order: { total: number; currency_code: string } }
      const tax = formatMoney(includedTax(order.total, 12, "kgs"), "kgs", language)
      await expect(page.getByRole("row").filter({ hasText: "12% (VAT)" })).toContainText(tax)
      await expect(page.getByText(`${texts.total}: ${tax}`)).toBeVisible()

      // Medusa's own summary writes the som "сом" (src/admin/lib/kgs-currency.ts), never the som
      // sign its font has no glyph for (an empty box). It formats amounts the English way in every
      // language, the sign first: "сом 1,260.00", the word kept off the digits. Its label is the
      // dashboard's own (Medusa 2.21.2's translations), in the admin's language.
      const medusaItemSubtotal = { en: "Item Subtotal", ru: "Подытог товаров" }[language]
      const subtotalRow = page.getByText(medusaItemSubtotal, { exact: true }).locator("xpath=..")
      await expect(subtotalRow).toContainText(/сом\s\d/)
      await expect(page.locator("body")).not.toContainText("\u20c0")
      // Our payment widget names the way to pay in the admin's language (Medusa's own payment section prints the provider's id).
      const payments = adminStrings(language).payments
      await expect(page.getByRole("heading", { name: payments.title, exact: true }).first()).toBeVisible()
      await expect(page.getByText(payments.providers.cashOnDelivery).first()).toBeVisible()
      // Medusa's own sections name them too (src/admin/widgets/named-codes.tsx): the way to pay,
      // never its id, and the address's region, never its code (kg-y).
      await expect(page.locator("main")).not.toContainText("pp_cash-on-delivery_ovop", { ignoreCase: true })
      await expect(page.locator("main")).toContainText(regionName("kg-y", language))
      await expect(page.locator("main")).not.toContainText(/\bkg-y\b/)
    })
  }

  test("an order's address for the parcel's label is printed as its country writes it", async ({ page }) => {
    const orderId = await placeKyrgyzOrder(1)
    const texts = adminStrings("en").orderAddress
    await page.addInitScript(() => window.localStorage.setItem("lng", "en"))
    await signIn(page)
    await page.goto(`${backendUrl}/app/orders/${orderId}`)
    await expect(page.getByRole("heading", { name: texts.title })).toBeVisible({ timeout: 30_000 })
    // formatPostalAddress (its unit tests cover the Japanese order): name, street, postcode and town, country, phone.
    const label = page.locator("address")
    await expect(label).toContainText("Aigul Asanova")
    await expect(label).toContainText("722200 Karakol, Issyk-Kul region")
    await expect(label).toContainText("Kyrgyzstan")
    await expect(page.getByRole("button", { name: texts.copy })).toBeVisible()
  })

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

  test("the producer groups list filters by district and by status", async ({ page }) => {
    const strings = adminStrings("en").producerGroups
    const district = "ton"
    const allGroups = groupNames(() => true)
    const tonGroups = groupNames((producerGroup) => producerGroup.district === district)
    const pausedGroups = groupNames((producerGroup) => producerGroup.status === "paused")
    // The filters must narrow the list for the test to mean anything.
    expect(tonGroups.length).toBeGreaterThan(0)
    expect(tonGroups.length).toBeLessThan(allGroups.length)
    expect(pausedGroups.length).toBeGreaterThan(0)
    // The whole seed fits on the list's first page (20 groups), so "all" is every seed group.
    expect(allGroups.length).toBeLessThanOrEqual(20)

    await page.addInitScript(() => window.localStorage.setItem("lng", "en"))
    await signIn(page)
    await page.goto(`${backendUrl}/app/producer-groups`)
    await expect(page.getByRole("heading", { name: strings.list.title })).toBeVisible({ timeout: 30_000 })
    await expectListedGroups(page, allGroups)

    const districtFilter = page.getByRole("combobox", { name: strings.fields.district })
    await districtFilter.click()
    await page.getByRole("option", { name: strings.districts[district] }).click()
    await expect(page).toHaveURL(new RegExp(`[?&]district=${district}(&|$)`))
    await expect(districtFilter).toHaveText(strings.districts[district] ?? "")
    await expectListedGroups(page, tonGroups)

    await districtFilter.click()
    await page.getByRole("option", { name: strings.list.anyDistrict }).click()
    await expect(page).not.toHaveURL(/district=/)
    await expectListedGroups(page, allGroups)

    const statusFilter = page.getByRole("combobox", { name: strings.fields.status })
    await statusFilter.click()
    await page.getByRole("option", { name: strings.statuses.paused }).click()
    await expect(page).toHaveURL(/[?&]status=paused(&|$)/)
    await expectListedGroups(page, pausedGroups)

    await statusFilter.click()
    await page.getByRole("option", { name: strings.list.anyStatus }).click()
    await expect(page).not.toHaveURL(/status=/)
    await expectListedGroups(page, allGroups)
  })

  test("staff fix a mistyped leader's phone in the staff drawer, in Russian", async ({ page }) => {
    const strings = adminStrings("ru").producerGroups
    // No other test reads this group, and the leader's phone never reaches the store.
    const producerGroup = seedGroup("bokonbaevo-natural-dye-spinners")
    const newPhone = "+996 700 154 382"
    expect(newPhone).not.toBe(producerGroup.staff.leader_phone)

    await page.addInitScript(() => window.localStorage.setItem("lng", "ru"))
    await signIn(page)
    await page.goto(`${backendUrl}/app/producer-groups`)
    await page.getByRole("link", { name: producerGroup.name.en, exact: true }).click()
    await expect(page.getByRole("heading", { name: producerGroup.name.en })).toBeVisible({ timeout: 30_000 })
    await expect(page.getByText(producerGroup.staff.leader_phone, { exact: true })).toBeVisible()

    // The innermost block holding the section's heading is its header, with its own Edit button.
    const staffHeader = page
      .locator("div")
      .filter({ has: page.getByRole("heading", { level: 2, name: strings.detail.staff.title }) })
      .last()
    await staffHeader.getByRole("button", { name: strings.common.edit }).click()
    const drawer = page.getByRole("dialog", { name: strings.detail.staff.editTitle })
    const phone = drawer.getByLabel(strings.fields.leaderPhone)
    await expect(phone).toHaveValue(producerGroup.staff.leader_phone)

    await phone.fill("позвонить в контору")
    await drawer.getByRole("button", { name: strings.common.save }).click()
    await expect(drawer.getByText(strings.validation.phone)).toBeVisible()
    await expect(phone).toHaveAttribute("aria-invalid", "true")

    await phone.fill(newPhone)
    await expect(drawer.getByText(strings.validation.phone)).toBeHidden()
    await expect(phone).toHaveAttribute("aria-invalid", "false")
    await drawer.getByRole("button", { name: strings.common.save }).click()
    await expect(page.getByText(strings.common.saved)).toBeVisible()
    await expect(drawer).toBeHidden()
    await expect(page.getByText(newPhone, { exact: true })).toBeVisible()
    await expect(page.getByText(producerGroup.staff.leader_phone, { exact: true })).toHaveCount(0)

    await page.reload()
    await expect(page.getByText(newPhone, { exact: true })).toBeVisible({ timeout: 30_000 })
    await expect(page.getByText(producerGroup.staff.leader_phone, { exact: true })).toHaveCount(0)
  })

  test("staff plan a lot and find it among the planned lots, in Russian", async ({ page }) => {
    const strings = adminStrings("ru")
    const harvest = strings.harvest
    // A craft yarn no other test buys or pre-orders; the lot has no shipping month, so it is
    // never the variant's "next lot" ahead of a dated one.
    const yarn = products.find((product) => product.handle === "bokonbaevo-plant-dyed-yarn")
    const variant = yarn?.variants.find((candidate) => candidate.sku === "BOK-YARN-PLANT-WORMWOOD")
    const colour = yarn?.option.values.find((value) => value.value === variant?.option_value)?.label.en
    if (!yarn || !variant || !colour) throw new Error("the seed has no wormwood-green plant-dyed yarn")
    const producerGroup = seedGroup(yarn.group)
    // Unique, as lot numbers must be, even against a store that outlives one run.
    const lotNumber = `BOK-WORMWOOD-${Date.now()}`

    await page.addInitScript(() => window.localStorage.setItem("lng", "ru"))
    await signIn(page)
    await page.goto(`${backendUrl}/app/harvest`)
    await expect(page.getByRole("heading", { name: harvest.title })).toBeVisible({ timeout: 30_000 })

    await page.getByRole("button", { name: harvest.lots.plan }).click()
    const drawer = page.getByRole("dialog")
    const save = drawer.getByRole("button", { name: strings.producerGroups.common.save })
    await save.click()
    await expect(drawer.getByText(harvest.validation.chooseVariant)).toBeVisible()
    // The lot number and the forecast are both missing.
    await expect(drawer.getByText(harvest.validation.required, { exact: true })).toHaveCount(2)
    await expect(drawer.getByLabel(harvest.fields.lotNumber)).toHaveAttribute("aria-invalid", "true")

    await drawer.getByLabel(harvest.fields.lotNumber).fill(lotNumber)
    await drawer.getByRole("combobox", { name: harvest.fields.product }).click()
    await page.getByRole("option", { name: `${colour} (${variant.sku})` }).click()
    await drawer.getByLabel(harvest.fields.forecast).fill("40")
    await expect(drawer.getByText(harvest.validation.required, { exact: true })).toHaveCount(0)
    await expect(drawer.getByText(harvest.validation.chooseVariant)).toBeHidden()
    await save.click()
    await expect(page.getByText(harvest.plan.created.replace("{{lot}}", lotNumber))).toBeVisible()
    await expect(drawer).toBeHidden()

    const statusFilter = page.getByRole("combobox", { name: harvest.fields.status })
    await statusFilter.click()
    await page.getByRole("option", { name: harvest.statuses.planned }).click()
    await expect(page).toHaveURL(/[?&]status=planned(&|$)/)
    const lotRow = page.getByRole("row").filter({ hasText: lotNumber })
    await expect(lotRow).toBeVisible()
    await expect(lotRow).toContainText(`${yarn.title.en} · ${colour}`)
    await expect(lotRow).toContainText(producerGroup.name.en)
    await expect(lotRow.getByRole("cell", { name: harvest.statuses.planned, exact: true })).toBeVisible()
    for (const other of ["in_production", "available", "sold_out", "expired"] as const) {
      await expect(page.getByRole("cell", { name: harvest.statuses[other], exact: true })).toHaveCount(0)
    }
  })
})
