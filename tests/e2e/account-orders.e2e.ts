import { dispatchDay, formatDay } from "@ovop/domain"
import { expect, type Page, test } from "@playwright/test"
import { onSaleAllYear, text } from "./catalogue-data"
import {
  addToCart,
  chooseKyrgyzCourier,
  continueFrom,
  field,
  fillKarakolAddress,
  payCashOnDelivery,
  step,
} from "./checkout-steps"

// Issue 13, the account: checkout fills in the customer's name, offers to keep a new address (saved
// in the address book when the order is placed), the confirmation page says how and when the parcel
// leaves, and the account's order rows open the order.
const shortbread = onSaleAllYear("karakol-seven-bulls-shortbread")
const ru = (key: string, values?: Record<string, string>) => text("ru", key, values)

async function register(page: Page, email: string) {
  await page.goto("/ru/account/register/")
  const form = page.getByRole("form", { name: ru("account.register.title") })
  await form.getByRole("textbox", { name: ru("account.firstName"), exact: true }).fill("Нурлан")
  await form.getByRole("textbox", { name: ru("account.lastName"), exact: true }).fill("Токтогулов")
  await form.getByRole("textbox", { name: ru("account.email"), exact: true }).fill(email)
  await form.getByLabel(ru("account.newPassword")).fill("sea-buckthorn-2026")
  await form.getByRole("button", { name: ru("account.register.submit") }).click()
  await expect(page).toHaveURL("/ru/account/")
}

test("a customer's checkout is filled in, keeps the new address, and the order shows delivery and dispatch and opens from the account", async ({
  page,
}, testInfo) => {
  // Registration, a whole purchase and three account pages: twice a checkout's work.
  test.setTimeout(240_000)
  const email = `nurlan.orders+${testInfo.project.name}-${Date.now()}@example.kg`
  await register(page, email)
  await addToCart(page, shortbread, "ru")
  await page.goto("/ru/checkout/")

  // The account's email and name are filled in.
  await expect(field(page, "ru", "checkout.email")).toHaveValue(email)
  await expect(field(page, "ru", "account.firstName")).toHaveValue("Нурлан")
  await expect(field(page, "ru", "account.lastName")).toHaveValue("Токтогулов")
  await fillKarakolAddress(page, "ru", "улица Абдрахманова, 130", "+996 555 123 456")
  await step(page, "ru", "details")
    .getByRole("checkbox", { name: ru("checkout.saveAddress") })
    .check()
  await continueFrom(page, "ru", "details")

  await chooseKyrgyzCourier(page, "ru")
  await payCashOnDelivery(page, "ru")
  const placedAt = new Date()
  await step(page, "ru", "review")
    .getByRole("button", { name: ru("checkout.place") })
    .click()

  // The confirmation: the delivery chosen and the day the parcel leaves Karakol at the latest.
  await expect(page).toHaveURL(/\/ru\/order\/\?id=order_/)
  const orderUrl = page.url()
  const delivery = page.getByRole("region", { name: ru("order.delivery") })
  await expect(delivery).toContainText(ru("checkout.shippingOption.kg-courier"))
  await expect(delivery).toContainText(ru("order.dispatchBy", { date: formatDay(dispatchDay(placedAt), "ru") }))
  await expect(page.getByRole("region", { name: ru("order.address") })).toContainText("улица Абдрахманова, 130")
  const number = (await page.getByText(ru("order.number")).locator("strong").textContent())?.trim() ?? ""
  expect(number).toMatch(/^#\d+$/)

  // The new address is in the address book.
  await page.goto("/ru/account/addresses/")
  await expect(page.getByText("улица Абдрахманова, 130")).toBeVisible()

  // The account's order row opens the order.
  await page.goto("/ru/account/")
  await page.getByRole("table").getByRole("link", { name: number, exact: true }).click()
  await expect(page).toHaveURL(new URL(orderUrl).pathname + new URL(orderUrl).search)
  await expect(page.getByText(ru("order.number"))).toContainText(number)
  await expect(page.getByRole("region", { name: ru("order.delivery") })).toContainText(
    ru("checkout.shippingOption.kg-courier"),
  )
})
