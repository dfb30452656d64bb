import fs from "node:fs"
import path from "node:path"
import { formatMoney as formatPrice } from "@ovop/domain"
import { expect, type Page, test } from "@playwright/test"
import { intlLocales, type Locale } from "../../storefront/src/i18n/locales"
import { onSaleAllYear, text } from "./catalogue-data"
import {
  addToCart,
  chooseKyrgyzCourier,
  continueFrom,
  field,
  fillKarakolAddress,
  kyrgyzCourier,
  payCashOnDelivery,
  step,
} from "./checkout-steps"
import { e2eStack } from "./stack"

const password = "apricot-jam-2026"

/** Signs a shopper up on the sign-up page of `locale` and waits for the account page. */
async function signUp(page: Page, locale: Locale, shopper: { first: string; last: string; email: string }) {
  await page.goto(`/${locale}/account/register/`)
  const form = page.getByRole("form", { name: text(locale, "account.register.title") })
  await form.getByRole("textbox", { name: text(locale, "account.firstName"), exact: true }).fill(shopper.first)
  await form.getByRole("textbox", { name: text(locale, "account.lastName"), exact: true }).fill(shopper.last)
  await form.getByRole("textbox", { name: text(locale, "account.email"), exact: true }).fill(shopper.email)
  await form.getByLabel(text(locale, "account.newPassword")).fill(password)
  await form.getByRole("button", { name: text(locale, "account.register.submit") }).click()
  await expect(page).toHaveURL(`/${locale}/account/`)
}

/**
 * The reset link emailed to `email`: the store's notification provider is the local one, which
 * writes each email to the backend's log.
 */
function resetLinkIn(backendLog: string, email: string): string | undefined {
  const links = backendLog.match(/https?:\/\/[^\s"'\\]+\/account\/reset\/\?token=[^\s"'\\]+/g) ?? []
  return links.filter((link) => new URL(link).searchParams.get("email") === email).pop()
}

/** Signs in on the sign-in page of `locale`. */
async function signIn(page: Page, locale: Locale, email: string, secret: string) {
  const form = page.getByRole("form", { name: text(locale, "account.signIn.title") })
  await form.getByRole("textbox", { name: text(locale, "account.email"), exact: true }).fill(email)
  await form.getByLabel(text(locale, "account.password"), { exact: true }).fill(secret)
  await form.getByRole("button", { name: text(locale, "account.signIn.submit") }).click()
}

test("a shopper signs up, signs out and in, sees no orders yet, and saves, edits and deletes a Japanese address", async ({
  page,
}, testInfo) => {
  // One shopper per browser project and run: both projects share the store the tests started.
  const email = `aiko+${testInfo.project.name}-${Date.now()}@example.jp`
  const ja = (key: string, values?: Record<string, string>) => text("ja", key, values)

  // The account page sends a visitor who is not signed in to the sign-in page.
  await page.goto("/ja/account/")
  await expect(page).toHaveURL("/ja/account/sign-in/")
  await page.getByRole("link", { name: ja("account.signIn.register") }).click()

  const register = page.getByRole("form", { name: ja("account.register.title") })
  await register.getByRole("textbox", { name: ja("account.lastName"), exact: true }).fill("佐藤")
  await register.getByRole("textbox", { name: ja("account.firstName"), exact: true }).fill("愛子")
  await register.getByRole("textbox", { name: ja("account.email"), exact: true }).fill(email)
  await register.getByLabel(ja("account.newPassword")).fill(password)
  await register.getByRole("button", { name: ja("account.register.submit") }).click()

  await expect(page).toHaveURL("/ja/account/")
  await expect(page.getByText(ja("account.greeting", { name: "愛子" }))).toBeVisible()
  await expect(page.getByText(ja("account.orders.none"))).toBeVisible()

  await page.getByRole("button", { name: ja("account.signOut") }).click()
  await expect(page).toHaveURL("/ja/account/sign-in/")
  await signIn(page, "ja", email, "not-the-password")
  await expect(page.getByRole("main").getByRole("status")).toHaveText(ja("account.signIn.failed"))
  await signIn(page, "ja", email, password)
  await expect(page).toHaveURL("/ja/account/")
  await expect(page.getByText(ja("account.orders.none"))).toBeVisible()

  await page.getByRole("link", { name: ja("account.addresses.title") }).click()
  await expect(page.getByText(ja("account.addresses.none"))).toBeVisible()
  await page.getByRole("button", { name: ja("account.addresses.add") }).click()
  const form = page.getByRole("form", { name: ja("account.addresses.add") })
  // Japan is the Japanese pages' default country.
  await expect(form.getByRole("combobox", { name: ja("account.address.country") })).toHaveValue("jp")
  await form.getByRole("textbox", { name: ja("account.lastName"), exact: true }).fill("佐藤")
  await form.getByRole("textbox", { name: ja("account.firstName"), exact: true }).fill("愛子")
  await form.getByRole("textbox", { name: ja("account.address.lastNameKana"), exact: true }).fill("さとう")
  await form.getByRole("textbox", { name: ja("account.address.postalCode"), exact: true }).fill("150-00")
  await form.getByRole("combobox", { name: ja("account.address.prefecture") }).selectOption({ label: "東京都" })
  await form.getByRole("textbox", { name: ja("account.address.city"), exact: true }).fill("渋谷区")
  await form.getByRole("textbox", { name: ja("account.address.address1"), exact: true }).fill("神宮前1-2-3")
  await form.getByRole("button", { name: ja("account.addresses.save") }).click()

  // A postal code without seven digits is refused, in Japanese, beside the field.
  const postalCode = form.getByRole("textbox", { name: ja("account.address.postalCode"), exact: true })
  await expect(postalCode).toHaveAccessibleDescription(ja("account.address.error.postalJp"))
  await expect(postalCode).toBeFocused()
  await postalCode.fill("1500001")
  await form.getByRole("button", { name: ja("account.addresses.save") }).click()

  await expect(page.getByRole("main").getByRole("status")).toHaveText(ja("account.addresses.saved"))
  const saved = page.getByRole("main").getByRole("listitem")
  await expect(saved).toHaveCount(1)
  // In Japanese order: 〒, prefecture, city and street, then the name with 様 and its furigana.
  await expect(saved).toContainText("〒150-0001東京都渋谷区神宮前1-2-3")
  await expect(saved).toContainText("佐藤 愛子 様（さとう）")

  await saved.getByRole("button", { name: ja("account.addresses.edit") }).click()
  const edit = page.getByRole("form", { name: ja("account.addresses.editTitle") })
  await expect(edit.getByRole("textbox", { name: ja("account.address.postalCode"), exact: true })).toHaveValue(
    "150-0001",
  )
  await edit.getByRole("textbox", { name: ja("account.address.city"), exact: true }).fill("港区")
  await edit.getByRole("button", { name: ja("account.addresses.save") }).click()
  await expect(saved).toContainText("〒150-0001東京都港区神宮前1-2-3")
  await expect(saved).toHaveCount(1)

  await saved.getByRole("button", { name: ja("account.addresses.delete") }).click()
  await expect(page.getByRole("main").getByRole("status")).toHaveText(ja("account.addresses.deleted"))
  await expect(page.getByText(ja("account.addresses.none"))).toBeVisible()
  await expect(saved).toHaveCount(0)
})

test("a Kyrgyz address offers Kyrgyzstan's regions and cities instead of prefectures", async ({ page }, testInfo) => {
  const email = `aigul+${testInfo.project.name}-${Date.now()}@example.kg`
  const ky = (key: string) => text("ky", key)
  await signUp(page, "ky", { first: "Айгүл", last: "Асанова", email })

  await page.goto("/ky/account/addresses/")
  await page.getByRole("button", { name: ky("account.addresses.add") }).click()
  const form = page.getByRole("form", { name: ky("account.addresses.add") })
  await expect(form.getByRole("combobox", { name: ky("account.address.country") })).toHaveValue("kg")
  await expect(form.getByRole("combobox", { name: ky("account.address.prefecture") })).toBeHidden()
  const region = form.getByRole("combobox", { name: ky("account.address.region") })
  for (const name of ["Ысык-Көл облусу", "Чүй облусу", "Баткен облусу", "Бишкек шаары", "Ош шаары"]) {
    await expect(region.getByRole("option", { name })).toBeAttached()
  }
  await form.getByRole("button", { name: ky("account.addresses.save") }).click()
  await expect(region).toHaveAccessibleDescription(ky("account.address.error.region"))
})

test("a forgotten password is asked for in Russian, and a bad link is refused", async ({ page }) => {
  const ru = (key: string) => text("ru", key)
  await page.goto("/ru/account/forgot/")
  const form = page.getByRole("form", { name: ru("account.forgot.title") })
  await form.getByRole("textbox", { name: ru("account.email"), exact: true }).fill("nobody@example.kg")
  await form.getByRole("button", { name: ru("account.forgot.submit") }).click()
  await expect(form.getByRole("status")).toHaveText(ru("account.forgot.sent"))

  await page.goto("/ru/account/reset/?token=not-a-token&email=nobody%40example.kg")
  // The token leaves the address bar at once.
  await expect(page).toHaveURL("/ru/account/reset/")
  const reset = page.getByRole("form", { name: ru("account.reset.title") })
  await expect(reset.getByRole("textbox", { name: ru("account.email"), exact: true })).toHaveValue("nobody@example.kg")
  await reset.getByLabel(ru("account.newPassword")).fill("new-password-2026")
  await reset.getByRole("button", { name: ru("account.reset.submit") }).click()
  await expect(reset.getByRole("status")).toHaveText(ru("account.reset.invalid"))
})

test("the reset email's link, in Russian, sets a new password", async ({ page }, testInfo) => {
  const email = `nurlan+${testInfo.project.name}-${Date.now()}@example.kg`
  const ru = (key: string) => text("ru", key)
  await signUp(page, "ru", { first: "Нурлан", last: "Осмонов", email })
  await page.getByRole("button", { name: ru("account.signOut") }).click()

  await page.goto("/ru/account/forgot/")
  const form = page.getByRole("form", { name: ru("account.forgot.title") })
  await form.getByRole("textbox", { name: ru("account.email"), exact: true }).fill(email)
  await form.getByRole("button", { name: ru("account.forgot.submit") }).click()
  await expect(form.getByRole("status")).toHaveText(ru("account.forgot.sent"))

  const backendLog = path.join(e2eStack.dataDir, "logs", "backend.log")
  let link: string | undefined
  await expect
    .poll(() => (link = resetLinkIn(fs.readFileSync(backendLog, "utf8"), email)), { timeout: 15_000 })
    .toContain("/ru/account/reset/")
  await page.goto(new URL(link ?? "").pathname + new URL(link ?? "").search)
  const reset = page.getByRole("form", { name: ru("account.reset.title") })
  await reset.getByLabel(ru("account.newPassword")).fill("new-apricot-2027")
  await reset.getByRole("button", { name: ru("account.reset.submit") }).click()
  await expect(reset.getByRole("status")).toHaveText(ru("account.reset.done"))

  await page.getByRole("link", { name: ru("account.signIn.title"), exact: true }).click()
  await signIn(page, "ru", email, "new-apricot-2027")
  await expect(page).toHaveURL("/ru/account/")
})

test("a Kyrgyz shopper's cash-on-delivery order is listed in their account, and only in theirs", async ({
  page,
}, testInfo) => {
  // A whole purchase and three sign-ins: a dozen page loads and store calls.
  test.slow()
  const ky = (key: string, values?: Record<string, string>) => text("ky", key, values)
  const stamp = `${testInfo.project.name}-${Date.now()}`
  const buyer = { first: "Айгүл", last: "Асанова", email: `aigul+orders-${stamp}@example.kg` }
  const shortbread = onSaleAllYear("karakol-seven-bulls-shortbread")
  await signUp(page, "ky", buyer)

  await addToCart(page, shortbread, "ky", 2)
  await page.goto("/ky/checkout/")
  // The checkout knows who is signed in: the order goes to this account.
  await expect(field(page, "ky", "checkout.email")).toHaveValue(buyer.email)
  await field(page, "ky", "account.firstName").fill(buyer.first)
  await field(page, "ky", "account.lastName").fill(buyer.last)
  // The courier and cash on delivery need a phone number.
  await fillKarakolAddress(page, "ky", "Абдрахманов көчөсү, 120", "+996 555 123 456")
  await continueFrom(page, "ky", "details")
  await chooseKyrgyzCourier(page, "ky")
  await payCashOnDelivery(page, "ky")
  const total = formatPrice(2 * (shortbread.variants[0]?.prices.kgs ?? 0) + kyrgyzCourier, "kgs", "ky")
  const review = step(page, "ky", "review")
  await expect(review.getByRole("definition").last()).toHaveText(total)
  await review.getByRole("button", { name: ky("checkout.place") }).click()

  await expect(page).toHaveURL(/\/ky\/order\/\?id=order_/)
  const confirmation = page.getByText(ky("order.number"))
  await expect(confirmation).toContainText(/#\d+/)
  const orderNumber = (await confirmation.textContent())?.match(/#\d+/)?.[0] ?? "no order number"

  // The order, as the account page lists it: number, today's date, what was bought, total in som, status.
  await page
    .getByRole("navigation", { name: ky("nav.main") })
    .getByRole("link", { name: ky("account.nav") })
    .click()
  await expect(page).toHaveURL("/ky/account/")
  const orders = page.getByRole("table", { name: ky("account.orders.title") })
  await expect(orders.getByRole("columnheader")).toHaveText(
    ["number", "date", "items", "total", "status"].map((column) => ky(`account.orders.${column}`)),
  )
  await expect(orders.getByRole("rowheader")).toHaveText([orderNumber])
  const order = orders.getByRole("row").filter({ has: page.getByRole("rowheader", { name: orderNumber, exact: true }) })
  const today = await page.evaluate(
    (intlLocale) => new Intl.DateTimeFormat(intlLocale, { dateStyle: "medium" }).format(new Date()),
    intlLocales.ky,
  )
  const items = `${shortbread.title.ky} × 2`
  await expect(order.getByRole("cell")).toHaveText([today, items, total, ky("account.orderStatus.received")])
  await expect(order.getByRole("listitem")).toHaveText([items])
  await expect(page.getByText(ky("account.orders.none"))).toBeHidden()

  // Another customer, in the same browser, sees none of it.
  await page.getByRole("button", { name: ky("account.signOut") }).click()
  await expect(page).toHaveURL("/ky/account/sign-in/")
  await signUp(page, "ky", { first: "Бакыт", last: "Жумабеков", email: `bakyt+orders-${stamp}@example.kg` })
  await expect(page.getByText(ky("account.orders.none"))).toBeVisible()
  await expect(orders).toBeHidden()
  await expect(page.getByRole("rowheader", { name: orderNumber, exact: true })).toHaveCount(0)

  // The order stays with its account: signed in again, the shopper finds it.
  await page.getByRole("button", { name: ky("account.signOut") }).click()
  await signIn(page, "ky", buyer.email, password)
  await expect(page).toHaveURL("/ky/account/")
  await expect(order.getByRole("cell")).toHaveText([today, items, total, ky("account.orderStatus.received")])
})
