import fs from "node:fs"
import path from "node:path"
import { formatMoney } from "@ovop/domain"
import { expect, type Page, test } from "@playwright/test"
import {
  adminCall,
  adminText,
  expectNoEnglishLeft,
  firstStaff,
  inviteStaff,
  pdfText,
  signInToAdmin,
  staffToken,
} from "./admin-staff"
import { seed } from "./catalogue-data"
import { backendUrl, e2eStack } from "./stack"

// Issue 16's end to end: a felt workshop's pouches are sold and the cash captured (through the API,
// as the storefront and staff do); staff create the month's payout batch in the admin, the creator
// is refused its approval, a second staff member approves it, pays the group in cash and marks the
// batch paid, then downloads the group's statement, CSV and PDF, and reads them.

// The only spec that captures payments and makes payout batches: its batch holds this group alone.
const pouch = seed.products.find((product) => product.handle === "tamga-felt-zip-pouch")
const workshop = seed.groups.find((group) => group.handle === pouch?.group)
const sku = pouch?.variants[0]?.sku ?? ""

/** This month (UTC, the ledger's days): its first and last day. */
function thisMonth(): { start: string; end: string } {
  const now = new Date()
  const start = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 1))
  const end = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + 1, 0))
  return { start: start.toISOString().slice(0, 10), end: end.toISOString().slice(0, 10) }
}

/** Places a cash-on-delivery order of `quantity` pouches in Kyrgyzstan through the store API; its id. */
async function placePouchOrder(quantity: number): Promise<string> {
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
  const { products } = await store<{ products: { variants: { id: string; sku: string }[] }[] }>(
    `/store/products?handle=${pouch?.handle}&fields=id,*variants`,
  )
  const variant = products[0]?.variants.find((candidate) => candidate.sku === sku)
  const { cart } = await store<{ cart: { id: string } }>("/store/carts", {
    region_id: regions.find((candidate) => candidate.name === "Kyrgyzstan")?.id,
    email: "gulnara@example.kg",
    shipping_address: {
      first_name: "Gulnara",
      last_name: "Osmonova",
      address_1: "Toktogul street 44",
      city: "Bishkek",
      postal_code: "720001",
      country_code: "kg",
      phone: "+996 700 555 010",
    },
    items: [{ variant_id: variant?.id, quantity }],
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

type LedgerTotals = { lines_sold: number; gross: number; commission: number; fees: number; net: number }

/** The courier brought the cash: staff capture the order's payment; once booked, the group's ledger totals this month. */
async function captureAndBook(orderId: string, groupId: string): Promise<LedgerTotals> {
  const token = await staffToken()
  const { order } = await adminCall<{ order: { payment_collections: { payments: { id: string }[] }[] } }>(
    `/admin/orders/${orderId}?fields=id,*payment_collections.payments`,
    { token },
  )
  const paymentId = order.payment_collections[0]?.payments[0]?.id
  await adminCall(`/admin/payments/${paymentId}/capture`, { token, body: {} })
  const month = thisMonth()
  const ledger = () =>
    adminCall<{ entries: { order_id: string }[]; totals: LedgerTotals }>(
      `/admin/payouts/groups/${groupId}/ledger?from=${month.start}&to=${month.end}`,
      { token },
    )
  // The payout subscriber books the capture after the event.
  await expect
    .poll(async () => (await ledger()).entries.some((entry) => entry.order_id === orderId), { timeout: 30_000 })
    .toBe(true)
  return (await ledger()).totals
}

/** The batch's table of groups, in `language`: one row per group. */
const batchRows = (page: Page, language: "en" | "ru") =>
  page
    .getByRole("table")
    .filter({ has: page.getByRole("columnheader", { name: adminText(language, "payouts.batches.toPay") }) })
    .getByRole("row")

/** Opens the payouts page and the batch of `period` from its list. */
async function openBatch(page: Page, language: "en" | "ru", period: { start: string; end: string }) {
  await page.goto(`${backendUrl}/app/payouts`)
  await expect(page.getByRole("heading", { name: adminText(language, "payouts.title") })).toBeVisible({
    timeout: 30_000,
  })
  await page.getByRole("button", { name: new RegExp(`^${period.start} – ${period.end}`) }).click()
  return page.getByRole("heading", { level: 3, name: `${period.start} – ${period.end}` })
}

test.describe("group payouts in the admin", () => {
  // Two staff members load the dashboard (a 7.6 MB single-page app) and sign in: well past 30 s on 2 cores.
  test.describe.configure({ timeout: 180_000 })

  test("staff create the month's batch, a second staff member approves it, pays the group and downloads its statement", async ({
    page,
    browser,
  }) => {
    if (!pouch || !workshop) throw new Error("the seed has no Tamga felt pouch")
    const groupName = workshop.name.en
    const token = await staffToken()
    const { producer_groups } = await adminCall<{ producer_groups: { id: string; name: string }[] }>(
      `/admin/producer-groups?q=${encodeURIComponent(groupName)}`,
      { token },
    )
    const groupId = producer_groups.find((group) => group.name === groupName)?.id ?? ""
    const orderId = await placePouchOrder(2)
    const totals = await captureAndBook(orderId, groupId)
    expect(totals.lines_sold).toBeGreaterThanOrEqual(1)
    const period = thisMonth()

    // Aigul, the first staff member, makes the batch in English; she may not approve her own batch.
    await signInToAdmin(page, firstStaff(), "en")
    await page.goto(`${backendUrl}/app/payouts`)
    await expect(page.getByRole("heading", { name: adminText("en", "payouts.title") })).toBeVisible({
      timeout: 30_000,
    })
    await page.getByLabel(adminText("en", "payouts.batches.periodStart")).fill(period.start)
    await page.getByLabel(adminText("en", "payouts.batches.periodEnd")).fill(period.end)
    await page.getByRole("button", { name: adminText("en", "payouts.batches.create") }).click()
    const draftLabel = `${period.start} – ${period.end} · ${adminText("en", "payouts.statuses.draft")}`
    // The batch just made opens to be worked on.
    await expect(page.getByRole("button", { name: draftLabel })).toBeVisible()
    const row = batchRows(page, "en").filter({ hasText: groupName })
    // What the group earned this month is what it is to be paid (nothing paid before).
    await expect(row.getByRole("cell")).toContainText([
      groupName,
      String(totals.lines_sold),
      formatMoney(totals.gross, "kgs", "en"),
      formatMoney(totals.commission + totals.fees, "kgs", "en"),
      formatMoney(totals.net, "kgs", "en"),
      formatMoney(totals.net, "kgs", "en"),
    ])
    await page.getByRole("button", { name: adminText("en", "payouts.batches.approve"), exact: true }).click()
    await expect(page.getByRole("alert")).toHaveText(adminText("en", "payouts.refusals.same_approver"))
    await expect(page.getByRole("button", { name: draftLabel })).toBeVisible()

    // Bakyt, a second staff member, works in Russian: approves, pays the workshop in cash, marks the batch paid.
    const bakyt = await inviteStaff(`bakyt+${Date.now()}@ovop.local`, { first: "Bakyt", last: "Toktogulov" })
    const second = await browser.newPage()
    await signInToAdmin(second, bakyt, "ru")
    const ru = (key: string, values?: Record<string, string>) => adminText("ru", key, values)
    const batchHeading = await openBatch(second, "ru", period)
    await expect(batchHeading).toBeVisible()
    await second.getByRole("button", { name: ru("payouts.batches.approve"), exact: true }).click()
    const status = second.getByText(ru("payouts.statuses.approved"), { exact: true }).first()
    await expect(status).toBeVisible()
    const groupRow = batchRows(second, "ru").filter({ hasText: groupName })
    const reference = `KASSA-${Date.now()}`
    const paidOn = new Date().toISOString().slice(0, 10)
    await groupRow.getByRole("combobox", { name: ru("payouts.batches.method") }).click()
    await second.getByRole("option", { name: ru("producerGroups.payoutMethods.cash") }).click()
    await groupRow.getByLabel(ru("payouts.batches.reference")).fill(reference)
    await groupRow.getByLabel(ru("payouts.batches.paidOn")).fill(paidOn)
    await groupRow.getByRole("button", { name: ru("payouts.batches.markGroupPaid") }).click()
    await expect(groupRow).toContainText(reference)
    await second.getByRole("button", { name: ru("payouts.batches.markPaid"), exact: true }).click()
    await expect(second.getByText(ru("payouts.statuses.paid"), { exact: true }).first()).toBeVisible()
    await expectNoEnglishLeft(second, ["payouts"])

    // The workshop's statement: the CSV's totals row and what was paid, then the PDF's text.
    const csvDownload = second.waitForEvent("download")
    const inRussian = { language: ru("payouts.languages.ru") }
    await groupRow.getByRole("button", { name: ru("payouts.batches.statementCsv", inRussian) }).click()
    const csv = fs.readFileSync(await (await csvDownload).path(), "utf8")
    const rows = csv
      .replace(/^\uFEFF/, "")
      .trim()
      .split("\r\n")
      .map((line) => line.split(";"))
    const decimal = (amount: number) => amount.toFixed(2)
    expect(rows).toContainEqual([
      "",
      "",
      "Итого за период",
      String(totals.lines_sold),
      decimal(totals.gross),
      decimal(totals.commission),
      decimal(totals.fees),
      decimal(totals.net),
    ])
    expect(rows).toContainEqual(["", "", "Выплачено", "", "", "", "", decimal(totals.net)])
    // The order's line: its number, two pouches.
    expect(rows.some((line) => /^#\d+$/.test(line[1] ?? "") && line[3] === "2")).toBe(true)

    const pdfDownload = second.waitForEvent("download")
    await groupRow.getByRole("button", { name: ru("payouts.batches.statementPdf", inRussian) }).click()
    const pdf = fs.readFileSync(await (await pdfDownload).path())
    expect(pdf.subarray(0, 5).toString()).toBe("%PDF-")
    const text = await pdfText(pdf)
    expect(text).toContain(workshop.name.ru)
    expect(text).toContain(`наличными, ${reference}`)
    await second.close()
  })
})
