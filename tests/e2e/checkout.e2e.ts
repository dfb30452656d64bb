import fs from "node:fs"
import path from "node:path"
import { formatMoney } from "@ovop/domain"
import { declineReasonText } from "@ovop/domain/messages"
import { expect, test } from "@playwright/test"
import { prefectures } from "../../storefront/src/features/account/address"
import { onSaleAllYear, type SeedProduct, text } from "./catalogue-data"
import {
  addToCart,
  chooseKyrgyzCourier,
  continueFrom,
  emsToJapan,
  field,
  fillKarakolAddress,
  interceptStripe,
  internationalPost,
  kyrgyzCourier,
  payCashOnDelivery,
  step,
} from "./checkout-steps"
import { backendUrl, e2eStack, stripeUrl } from "./stack"

const slippers = onSaleAllYear("kyzyl-suu-felt-slippers")
const shortbread = onSaleAllYear("karakol-seven-bulls-shortbread")
const firstPrice = (product: SeedProduct, currency: "kgs" | "jpy" | "usd") => product.variants[0]?.prices[currency] ?? 0

test("a Japanese shopper checks out in Japanese, pays by card and gets an order number with yen totals", async ({
  page,
  context,
}) => {
  // A whole purchase: five page loads, a dozen store calls, a card confirmation and an order.
  test.slow()
  let stage = "browsing"
  const stripeJsRequests = await interceptStripe(context, () => stage)
  await addToCart(page, slippers, "ja")
  await addToCart(page, shortbread, "ja")
  await page.goto("/ja/cart/")
  await page.getByRole("link", { name: text("ja", "cart.checkout") }).click()
  await expect(page).toHaveURL(/\/ja\/checkout\/$/)
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(text("ja", "checkout.title"))
  stage = "address"

  // Japanese order: family name first (full-width digits are fine in the postal code), postal code, prefecture, city, street.
  await field(page, "ja", "checkout.email").fill("aiko.tanaka@example.jp")
  await expect(field(page, "ja", "account.address.country")).toHaveValue("jp")
  await field(page, "ja", "account.lastName").fill("田中")
  await field(page, "ja", "account.firstName").fill("愛子")
  await field(page, "ja", "account.address.lastNameKana").fill("たなか")
  await field(page, "ja", "account.address.firstNameKana").fill("あいこ")
  await field(page, "ja", "account.address.postalCode").fill("１６０００２３")
  await field(page, "ja", "account.address.prefecture").selectOption({ label: prefectures[12]?.names.ja ?? "" })
  await field(page, "ja", "account.address.city").fill("新宿区")
  await field(page, "ja", "account.address.address1").fill("西新宿2-8-1")
  await field(page, "ja", "account.address.phone").fill("03-1234-5678")
  await continueFrom(page, "ja", "details")

  // The option is named in Japanese, with its price.
  const ems = step(page, "ja", "delivery").getByRole("radio", {
    name: `${text("ja", "checkout.shippingOption.jp-ems")} — ${formatMoney(emsToJapan, "jpy", "ja")}`,
  })
  await expect(ems).toBeChecked()
  expect(stripeJsRequests).toEqual([])
  stage = "payment"
  await continueFrom(page, "ja", "delivery")

  const cardChoice = step(page, "ja", "payment").getByRole("radio", { name: text("ja", "checkout.pay.card") })
  await expect(cardChoice).toBeChecked()
  await expect(step(page, "ja", "payment").getByText(text("ja", "checkout.cardTest"))).toBeVisible()
  await continueFrom(page, "ja", "payment")
  stage = "review"

  const review = step(page, "ja", "review")
  const itemTotal = firstPrice(slippers, "jpy") + firstPrice(shortbread, "jpy")
  const total = formatMoney(itemTotal + emsToJapan, "jpy", "ja")
  await expect(review.getByRole("row").filter({ hasText: slippers.title.ja })).toContainText(
    formatMoney(firstPrice(slippers, "jpy"), "jpy", "ja"),
  )
  await expect(review.getByRole("definition").last()).toHaveText(total)
  // Sold from abroad, duty unpaid: no Japanese consumption tax in the prices, and the note on who pays at delivery.
  await expect(review).toContainText(text("ja", "checkout.noTax"))
  await expect(review.getByText(text("ja", "duty.unpaid"))).toBeVisible()
  await expect(review.getByRole("link", { name: text("ja", "checkout.tokushoho") })).toHaveAttribute(
    "href",
    "/ja/tokushoho/",
  )
  const confirmed = page.waitForResponse(
    (response) => response.url().startsWith(stripeUrl) && response.url().endsWith("/confirm"),
  )
  await review.getByRole("button", { name: text("ja", "checkout.place") }).click()
  expect((await confirmed).status()).toBe(200)

  await expect(page).toHaveURL(/\/ja\/order\/\?id=order_/)
  stage = "confirmation"
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(text("ja", "order.title"))
  await expect(page.getByText(text("ja", "order.number"))).toContainText(/#\d+/)
  await expect(page.getByRole("definition").last()).toHaveText(total)
  // No tax on the order, as it stored it, and the same note.
  await expect(page.getByText(text("ja", "checkout.noTax"))).toBeVisible()
  await expect(page.getByText(text("ja", "duty.unpaid"))).toBeVisible()
  await expect(page.getByText(text("ja", "order.card"))).toBeVisible()
  // The delivery address the Japanese way: 〒, prefecture, city and street, then the name with 様.
  await expect(page.getByRole("region", { name: text("ja", "order.address") })).toContainText(
    "〒160-0023東京都新宿区西新宿2-8-1田中 愛子 様03-1234-5678",
  )
  expect(await page.evaluate(() => localStorage.getItem("ovop.cart"))).toBeNull()

  // Stripe.js was asked for on the payment step of the checkout, and nowhere else.
  expect(stripeJsRequests.length).toBeGreaterThan(0)
  for (const request of stripeJsRequests) {
    expect(request.stage).toBe("payment")
    expect(request.url).toMatch(/\/ja\/checkout\/$/)
  }
})

test("a Kyrgyz shopper checks out in Kyrgyz and pays cash on delivery", async ({ page, context }) => {
  test.slow()
  const stripeJsRequests = await interceptStripe(context, () => "any")
  await addToCart(page, shortbread, "ky")
  await page.goto("/ky/checkout/")
  await field(page, "ky", "checkout.email").fill("aigul@example.kg")
  await expect(field(page, "ky", "account.address.country")).toHaveValue("kg")
  await field(page, "ky", "account.firstName").fill("Айгүл")
  await field(page, "ky", "account.lastName").fill("Асанова")
  await fillKarakolAddress(page, "ky", "Абдрахманов көчөсү, 120", "+996 555 123 456")
  // The order beside the steps (a collapsed panel on a phone, its total in view) follows the cart.
  const side = page.getByRole("complementary", { name: text("ky", "checkout.lines") })
  await expect(side.locator("summary")).toContainText(formatMoney(firstPrice(shortbread, "kgs"), "kgs", "ky"))
  await continueFrom(page, "ky", "details")

  const courier = formatMoney(kyrgyzCourier, "kgs", "ky")
  const total = formatMoney(firstPrice(shortbread, "kgs") + kyrgyzCourier, "kgs", "ky")
  await chooseKyrgyzCourier(page, "ky")
  // Delivery chosen: the panel's total is the review's, and it names the delivery's price and the tax.
  await expect(side.locator("summary")).toContainText(total)
  if (!(await side.locator("details[open]").count())) await side.locator("summary").click()
  await expect(side.getByText(text("ky", "checkout.shipping"), { exact: true })).toBeVisible()
  await expect(side).toContainText(courier)
  // The tax note as the review words it: the tax the prices include, or that there is none.
  const literal = (part: string) => part.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")
  const [taxBefore = "", taxAfter = ""] = text("ky", "checkout.taxIncluded").split("{tax}").map(literal)
  const taxNote = new RegExp(`^(${taxBefore}.+${taxAfter}|${literal(text("ky", "checkout.noTax"))})$`)
  await expect(side.getByText(taxNote)).toBeVisible()
  await payCashOnDelivery(page, "ky")

  const review = step(page, "ky", "review")
  await expect(review.getByRole("definition").last()).toHaveText(total)
  await review.getByRole("button", { name: text("ky", "checkout.place") }).click()

  await expect(page).toHaveURL(/\/ky\/order\/\?id=order_/)
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(text("ky", "order.title"))
  await expect(page.getByText(text("ky", "order.number"))).toContainText(/#\d+/)
  await expect(page.getByText(text("ky", "order.cash", { amount: total }))).toBeVisible()
  expect(await page.evaluate(() => localStorage.getItem("ovop.cart"))).toBeNull()
  // No card was chosen: Stripe.js was never loaded.
  expect(stripeJsRequests).toEqual([])
})

test("a six-digit Japanese postal code and a missing email are refused in Japanese, field by field", async ({
  page,
}) => {
  await addToCart(page, shortbread, "ja")
  await page.goto("/ja/checkout/")
  await field(page, "ja", "account.lastName").fill("田中")
  await field(page, "ja", "account.firstName").fill("愛子")
  await field(page, "ja", "account.address.postalCode").fill("160-002")
  await field(page, "ja", "account.address.prefecture").selectOption({ label: prefectures[12]?.names.ja ?? "" })
  await field(page, "ja", "account.address.city").fill("新宿区")
  await field(page, "ja", "account.address.address1").fill("西新宿2-8-1")
  await continueFrom(page, "ja", "details")

  const email = field(page, "ja", "checkout.email")
  await expect(email).toHaveAttribute("aria-invalid", "true")
  await expect(email).toHaveAccessibleDescription(
    new RegExp(text("ja", "checkout.error.email").replace(/[.()]/g, "\\$&")),
  )
  await expect(email).toBeFocused()
  const postal = field(page, "ja", "account.address.postalCode")
  await expect(postal).toHaveAttribute("aria-invalid", "true")
  await expect(postal).toHaveAccessibleDescription(text("ja", "account.address.error.postalJp"))
  await expect(step(page, "ja", "details").getByText(text("ja", "checkout.fix"))).toBeVisible()
  // Nothing moved on: the delivery step is still closed.
  await expect(step(page, "ja", "delivery")).toBeHidden()

  await email.fill("aiko.tanaka@example.jp")
  await postal.fill("160-0023")
  await continueFrom(page, "ja", "details")
  await expect(step(page, "ja", "delivery")).toBeVisible()
  await expect(email).not.toHaveAttribute("aria-invalid")
})

test("a checkout without a cart, or with one the store does not know, shows the empty cart and the way back", async ({
  page,
}) => {
  await page.goto("/en/checkout/")
  await expect(page.getByText(text("en", "checkout.empty"))).toBeVisible()
  await expect(page.getByRole("link", { name: text("en", "checkout.browse") })).toHaveAttribute("href", "/en/")
  await page.evaluate(() => localStorage.setItem("ovop.cart", "cart_01JZZZZZZZZZZZZZZZZZZZZZZZ"))
  await page.reload()
  await expect(page.getByText(text("en", "checkout.empty"))).toBeVisible()
  await expect(page.getByRole("alert").filter({ hasText: /\S/ })).toHaveCount(0)
  await expect(step(page, "en", "details")).toBeHidden()
})

test("an account holder picks a saved address, pays by bank transfer in Russian and gets the reference and account", async ({
  page,
}, testInfo) => {
  test.slow()
  const ru = (key: string, values?: Record<string, string>) => text("ru", key, values)
  const email = `nurlan+${testInfo.project.name}-${Date.now()}@example.kg`
  await page.goto("/ru/account/register/")
  const register = page.getByRole("form", { name: ru("account.register.title") })
  await register.getByRole("textbox", { name: ru("account.firstName"), exact: true }).fill("Нурлан")
  await register.getByRole("textbox", { name: ru("account.lastName"), exact: true }).fill("Токтогулов")
  await register.getByRole("textbox", { name: ru("account.email"), exact: true }).fill(email)
  await register.getByLabel(ru("account.newPassword")).fill("sea-buckthorn-2026")
  await register.getByRole("button", { name: ru("account.register.submit") }).click()
  await expect(page).toHaveURL("/ru/account/")

  // The address book is the account's own page (tested in account.e2e.ts): here it is filled through the API.
  const token = await page.evaluate(() => localStorage.getItem("ovop.customer.token"))
  const { publishableKey } = JSON.parse(fs.readFileSync(path.join(e2eStack.dataDir, "storefront.json"), "utf8")) as {
    publishableKey: string
  }
  const saved = await page.request.post(`${backendUrl}/store/customers/me/addresses`, {
    headers: { "x-publishable-api-key": publishableKey, authorization: `Bearer ${token}` },
    data: {
      first_name: "Нурлан",
      last_name: "Токтогулов",
      country_code: "kg",
      province: "kg-gb",
      postal_code: "720001",
      city: "Бишкек",
      address_1: "проспект Чуй, 120, кв. 5",
      phone: "+996 700 123 456",
    },
  })
  expect(saved.ok()).toBe(true)

  await addToCart(page, shortbread, "ru")
  await page.goto("/ru/checkout/")
  await expect(field(page, "ru", "checkout.email")).toHaveValue(email)
  await field(page, "ru", "checkout.saved").selectOption({ label: "Токтогулов Нурлан Бишкек проспект Чуй, 120, кв. 5" })
  await expect(field(page, "ru", "account.address.region")).toHaveValue("kg-gb")
  await expect(field(page, "ru", "account.address.address1")).toHaveValue("проспект Чуй, 120, кв. 5")
  await continueFrom(page, "ru", "details")

  await step(page, "ru", "delivery").getByRole("radio").first().check()
  await continueFrom(page, "ru", "delivery")
  const payment = step(page, "ru", "payment")
  await payment.getByRole("radio", { name: ru("checkout.pay.bankTransfer") }).check()
  const reference = payment.getByRole("definition").first()
  await expect(reference).toHaveText(/^OVOP-[0-9A-Z]+$/)
  const referenceText = await reference.textContent()
  await continueFrom(page, "ru", "payment")
  await step(page, "ru", "review")
    .getByRole("button", { name: ru("checkout.place") })
    .click()

  await expect(page).toHaveURL(/\/ru\/order\/\?id=order_/)
  const bank = page.getByRole("region", { name: ru("order.bankTitle") })
  await expect(bank.getByRole("definition").first()).toHaveText(referenceText ?? "")
  await expect(page.getByText(ru("order.email", { email }))).toBeVisible()
})

test("cash on delivery without a phone number is refused, in the page's language, and nothing is ordered", async ({
  page,
}) => {
  test.slow()
  await addToCart(page, shortbread, "ky")
  await page.goto("/ky/checkout/")
  await field(page, "ky", "checkout.email").fill("bakyt@example.kg")
  await field(page, "ky", "account.firstName").fill("Бакыт")
  await field(page, "ky", "account.lastName").fill("Осмонов")
  await fillKarakolAddress(page, "ky", "Абдрахманов көчөсү, 120")
  await continueFrom(page, "ky", "details")
  await chooseKyrgyzCourier(page, "ky")
  // The checkout says so before the review, in the page's language; the server would refuse the
  // order anyway (phone_required, tests/integration/checkout/offline-payment.int.spec.ts).
  await payCashOnDelivery(page, "ky")
  await expect(
    step(page, "ky", "payment")
      .getByRole("alert")
      .filter({ hasText: text("ky", "checkout.phoneNeeded") }),
  ).toBeVisible()
  await expect(step(page, "ky", "review").getByRole("button", { name: text("ky", "checkout.place") })).toBeHidden()
  await expect(page).toHaveURL(/\/ky\/checkout\/$/)
})

test("the courier without a phone number is stopped before the review, whatever the way to pay", async ({ page }) => {
  test.slow()
  await addToCart(page, shortbread, "ru")
  await page.goto("/ru/checkout/")
  await field(page, "ru", "checkout.email").fill("nurlan@example.kg")
  await field(page, "ru", "account.firstName").fill("Нурлан")
  await field(page, "ru", "account.lastName").fill("Садыков")
  await fillKarakolAddress(page, "ru", "ул. Торекулова, 44")
  await continueFrom(page, "ru", "details")
  await chooseKyrgyzCourier(page, "ru")
  // A bank transfer needs no phone, but the courier calls before delivering (phone_required on the server).
  const payment = step(page, "ru", "payment")
  await payment.getByRole("radio", { name: text("ru", "checkout.pay.bankTransfer") }).check()
  await expect(payment.getByRole("definition").first()).toHaveText(/^OVOP-[0-9A-Z]+$/)
  await continueFrom(page, "ru", "payment")
  await expect(payment.getByRole("alert").filter({ hasText: text("ru", "checkout.courierPhoneNeeded") })).toBeVisible()
  await expect(step(page, "ru", "review").getByRole("button", { name: text("ru", "checkout.place") })).toBeHidden()

  // With a Kyrgyz number the same choices go on to the review.
  await step(page, "ru", "details")
    .getByRole("button", { name: text("ru", "checkout.change") })
    .click()
  await field(page, "ru", "account.address.phone").fill("+996 555 987 654")
  await continueFrom(page, "ru", "details")
  await chooseKyrgyzCourier(page, "ru")
  await payment.getByRole("radio", { name: text("ru", "checkout.pay.bankTransfer") }).check()
  await expect(payment.getByRole("definition").first()).toHaveText(/^OVOP-[0-9A-Z]+$/)
  await continueFrom(page, "ru", "payment")
  await expect(step(page, "ru", "review").getByRole("button", { name: text("ru", "checkout.place") })).toBeVisible()
})

test("a declined card is explained in the page's language, nothing is ordered, and another card then pays", async ({
  page,
  context,
}) => {
  test.slow()
  let card = "pm_card_chargeDeclined"
  await interceptStripe(
    context,
    () => "any",
    () => card,
  )
  await addToCart(page, shortbread, "en")
  await page.goto("/en/checkout/")
  await field(page, "en", "checkout.email").fill("hannah@example.de")
  await field(page, "en", "account.address.country").selectOption({ label: "Germany" })
  await field(page, "en", "account.firstName").fill("Hannah")
  await field(page, "en", "account.lastName").fill("Becker")
  await field(page, "en", "account.address.postalCode").fill("10115")
  await field(page, "en", "account.address.city").fill("Berlin")
  await field(page, "en", "account.address.address1").fill("Invalidenstraße 12")
  await continueFrom(page, "en", "details")
  await expect(step(page, "en", "delivery").getByRole("radio")).toBeChecked()
  await continueFrom(page, "en", "delivery")
  await expect(step(page, "en", "payment").getByText(text("en", "checkout.cardTest"))).toBeVisible()
  await continueFrom(page, "en", "payment")

  const review = step(page, "en", "review")
  const total = formatMoney(firstPrice(shortbread, "usd") + internationalPost, "usd", "en")
  await expect(review.getByRole("definition").last()).toHaveText(total)
  await expect(review.getByText(text("en", "checkout.noTax"))).toBeVisible()
  await review.getByRole("button", { name: text("en", "checkout.place") }).click()
  const [beforeReason] = text("en", "checkout.cardDeclined").split("{reason}")
  await expect(review.getByRole("alert")).toContainText(beforeReason ?? "")
  // Why, in the page's language from the shop's catalogue (the local Stripe server says "generic_decline").
  await expect(review.getByRole("alert")).toContainText(declineReasonText("generic_decline", "en"))
  await expect(page).toHaveURL(/\/en\/checkout\/$/)

  card = "pm_card_visa"
  await review.getByRole("button", { name: text("en", "checkout.place") }).click()
  await expect(page).toHaveURL(/\/en\/order\/\?id=order_/)
  await expect(page.getByText(text("en", "order.number"))).toContainText(/#\d+/)
  await expect(page.getByRole("definition").last()).toHaveText(total)
})
