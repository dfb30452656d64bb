import fs from "node:fs"
import { addDays, formatMoney, LOCALES } from "@ovop/domain"
import { devices, expect, test } from "@playwright/test"
import { adminText, expectNoEnglishLeft, firstStaff, pdfText, signInToAdmin } from "./admin-staff"
import { onSaleAllYear, text } from "./catalogue-data"
import { backendUrl } from "./stack"
import { approvedImporter, call, receiveStock, signInOnPage, staffHeaders } from "./wholesale-accounts"

// A Japanese importer orders by the case: approved through the API as staff would in the admin,
// signs in on /ja/, fills the quick-order grid, sends the cart as a request for quote; staff answer
// on the admin's Wholesale page; the importer accepts on the page, sees the order and downloads its
// invoice.

const ja = (key: string, values?: Record<string, string>) => text("ja", key, values)
const password = "kyoto-imports-2026"
// Cookies sell all year in cases of 24 from one case; no other spec takes their stock (44 on the shelf).
const cookies = onSaleAllYear("karakol-oat-honey-cookies")
const sku = cookies.variants[0]?.sku ?? ""
test("a Japanese importer orders cases from the quick-order grid, asks for a quote, accepts staff's answer and downloads the invoice", async ({
  page,
  browser,
}, testInfo) => {
  // The admin and a buyer's page load together: well past 30 s on 2 cores.
  test.setTimeout(150_000)
  const email = `sato+${testInfo.project.name}-${Date.now()}@kyoto-imports.example`
  // Its own name: staff find this run's request among the other project's.
  const companyName = `京都インポート株式会社 ${testInfo.project.name} ${Date.now()}`
  const buyer = await approvedImporter(email, password, companyName)
  // Accepting reserves the case: the warehouse receives it first (what other specs took is theirs).
  await receiveStock(sku, 24)
  const { offers } = await call<{ offers: { sku: string; tiers: { amount: number }[] }[] }>(
    "/store/wholesale/offers?currency_code=jpy",
    { headers: buyer },
  )
  const firstTier = offers.find((offer) => offer.sku === sku)?.tiers[0]?.amount
  if (!firstTier) throw new Error(`${sku} has no wholesale price in yen`)

  await signInOnPage(page, "ja", email, password)

  await page.goto("/ja/wholesale/")
  const row = page.getByRole("row").filter({ hasText: sku })
  await row.getByRole("spinbutton").fill("1")
  // One case of 24 at the first tier's unit price, added up live.
  await expect(
    page.getByText(ja("wholesale.grid.total", { amount: formatMoney(24 * firstTier, "jpy", "ja") })),
  ).toBeVisible()
  await page.getByRole("button", { name: ja("wholesale.page.addToCart") }).click()
  await expect(page.getByText(/24個をカートに入れました/)).toBeVisible()

  const rfq = page.getByRole("form", { name: ja("wholesale.page.rfqTitle") })
  const today = new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Bishkek" }).format(new Date())
  await rfq.getByLabel(ja("wholesale.page.deliveryDate")).fill(addDays(today, 60))
  await rfq.getByLabel(ja("wholesale.page.destinationCountry")).fill("JP")
  await rfq.getByLabel(ja("wholesale.page.destinationCity")).fill("東京")
  await rfq.getByLabel(ja("wholesale.page.incoterm")).selectOption("CPT")
  await rfq.getByRole("button", { name: ja("wholesale.page.rfqSubmit") }).click()
  await expect(page.getByText(ja("wholesale.rfq.sent"))).toBeVisible()
  await expect(page.getByText(ja("wholesale.status.requested"), { exact: false })).toBeVisible()

  const { wholesale_quotes } = await call<{ wholesale_quotes: { id: string }[] }>("/store/wholesale/quotes", {
    headers: buyer,
  })
  const [quote] = wholesale_quotes
  if (!quote) throw new Error("the request for quote was not saved")

  // Staff answer on the admin's Wholesale page, on a desktop (the dashboard is for staff at their
  // desks); in Russian in one project and English in the other, so both languages are seen in use.
  const language = testInfo.project.name === "desktop" ? "ru" : "en"
  const staffText = (key: string, values?: Record<string, string>) => adminText(language, key, values)
  const { defaultBrowserType: _, ...desktop } = devices["Desktop Chrome"]
  const admin = await browser.newPage(desktop)
  await signInToAdmin(admin, firstStaff(), language)
  await admin.goto(`${backendUrl}/app/wholesale`)
  await expect(admin.getByRole("heading", { name: staffText("wholesale.title") })).toBeVisible({ timeout: 30_000 })
  await admin.getByRole("row").filter({ hasText: companyName }).click()
  // The line is named as the buyer's (Japanese) cart named it; staff know it by its SKU.
  await admin
    .getByRole("row")
    .filter({ hasText: sku })
    .getByRole("textbox", { name: new RegExp(`\\(${sku}\\)$`) })
    .fill("600")
  await admin.getByLabel(staffText("wholesale.quote.freight", { currency: "JPY" })).fill("18000")
  await admin.getByLabel(staffText("wholesale.quote.validUntil")).fill(addDays(today, 7))
  await admin.getByLabel(staffText("wholesale.quote.shipsOn")).fill(addDays(today, 14))
  await admin.getByRole("combobox", { name: staffText("wholesale.quote.terms") }).click()
  await admin.getByRole("option", { name: staffText("wholesale.paymentTerms.deposit_30") }).click()
  await admin.getByLabel(staffText("wholesale.quote.messageWithQuote")).fill("船便で東京港まで約3週間です。")
  if (language === "ru") await expectNoEnglishLeft(admin, ["wholesale"])
  await admin.getByRole("button", { name: staffText("wholesale.quote.send") }).click()
  await expect(admin.getByText(staffText("wholesale.quote.sent"))).toBeVisible()
  // Sent: the quote's totals as the buyer will read them (goods 24 x 600 yen, freight).
  await expect(
    admin.getByText(
      staffText("wholesale.quote.totals", {
        goods: formatMoney(24 * 600, "jpy", language),
        freight: formatMoney(18000, "jpy", language),
        total: formatMoney(24 * 600 + 18000, "jpy", language),
      }),
    ),
  ).toBeVisible()
  if (language === "ru") {
    await expectNoEnglishLeft(admin, ["wholesale"])
    await admin.getByRole("tab", { name: staffText("wholesale.tabs.applications") }).click()
    await expect(admin.getByRole("combobox", { name: staffText("wholesale.applications.filter") })).toBeVisible()
    await expectNoEnglishLeft(admin, ["wholesale"])
  }
  await admin.close()

  await page.reload()
  const answered = page.locator(`[data-quote="${quote.id}"]`)
  await expect(
    answered.getByText(ja("wholesale.quotes.quotedPrice", { price: formatMoney(600, "jpy", "ja") })),
  ).toBeVisible()
  await expect(
    answered.getByText(ja("wholesale.quotes.freight", { amount: formatMoney(18000, "jpy", "ja") })),
  ).toBeVisible()
  await expect(answered.getByText("船便で東京港まで約3週間です。", { exact: false })).toBeVisible()
  await answered.getByRole("button", { name: ja("wholesale.quotes.accept") }).click()
  // The page says so once the store has made the order.
  await expect(answered.getByText(ja("wholesale.quotes.orderPlaced"))).toBeVisible()

  const { wholesale_quote } = await call<{ wholesale_quote: { status: string; order_id: string | null } }>(
    `/admin/wholesale/quotes/${quote.id}`,
    { headers: await staffHeaders() },
  )
  expect(wholesale_quote.status).toBe("accepted")
  const { order } = await call<{ order: { display_id: number; total: number } }>(
    `/admin/orders/${wholesale_quote.order_id}?fields=display_id,total`,
    { headers: await staffHeaders() },
  )
  await expect(page.getByText(ja("wholesale.quotes.ordered", { number: String(order.display_id) }))).toBeVisible()
  await expect(answered.getByText(ja("wholesale.status.accepted"), { exact: false })).toBeVisible()
  // 24 cookies at the quoted 600 yen and the freight.
  expect(order.total).toBe(24 * 600 + 18000)

  // The importer downloads the order's proforma invoice: its lines and totals, in English and Japanese.
  const download = page.waitForEvent("download")
  await answered.getByRole("button", { name: ja("wholesale.documents.proforma_invoice") }).click()
  const file = await download
  expect(file.suggestedFilename()).toBe(`proforma-invoice-OVOP-W-${order.display_id}.pdf`)
  const pdf = fs.readFileSync(await file.path())
  expect(pdf.subarray(0, 5).toString()).toBe("%PDF-")
  const invoice = await pdfText(pdf)
  // The buyer and the Incoterm; the line: its SKU, 24 units at the quoted price and their amount; the total with freight.
  for (const line of [
    companyName,
    "CPT 東京, JP",
    sku,
    `24 ${formatMoney(600, "jpy", "en")} ${formatMoney(24 * 600, "jpy", "en")}`,
    `Freight / 運賃: ${formatMoney(18000, "jpy", "en")}`,
    formatMoney(24 * 600 + 18000, "jpy", "en"),
  ])
    expect(invoice).toContain(line)
})

test("every locale's footer leads to the wholesale section, which asks a visitor to sign in before applying", async ({
  page,
}) => {
  for (const locale of LOCALES) {
    await page.goto(`/${locale}/`)
    await page
      .getByRole("navigation", { name: text(locale, "footer.info") })
      .getByRole("link", { name: text(locale, "footer.wholesale"), exact: true })
      .click()
    await expect(page).toHaveURL(`/${locale}/wholesale/`)
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(text(locale, "wholesale.page.title"))
    await expect(page.getByRole("link", { name: text(locale, "wholesale.page.signIn") })).toHaveAttribute(
      "href",
      `/${locale}/account/sign-in/`,
    )
  }
})
