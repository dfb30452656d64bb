import { formatMoney, type ShippingCode, shippingPrice } from "@ovop/domain"
import { type BrowserContext, expect, type Page } from "@playwright/test"
import { kyrgyzRegions } from "../../storefront/src/features/account/address"
import type { Locale } from "../../storefront/src/i18n/locales"
import { type SeedProduct, text } from "./catalogue-data"
import { storefrontUrl, stripeUrl } from "./stack"

// The seed's delivery prices (the shop's shipping list in @ovop/domain, which the seed creates the options from).
const priceOf = (code: ShippingCode) => shippingPrice(code)?.amount ?? 0
export const emsToJapan = priceOf("jp-ems")
export const kyrgyzCourier = priceOf("kg-courier")
export const internationalPost = priceOf("intl-post")

/** Opens the product page and adds `quantity` of its first option, once the live figures are in. */
export async function addToCart(page: Page, product: SeedProduct, locale: Locale, quantity = 1) {
  const live = page.waitForResponse((response) => response.url().includes("/store/products?"))
  await page.goto(`/${locale}/products/${product.handle}/`)
  await live
  const form = page.getByRole("form", { name: text(locale, "cart.add") })
  await form.getByRole("spinbutton", { name: text(locale, "cart.quantity") }).fill(String(quantity))
  await form.getByRole("button", { name: text(locale, "cart.add") }).click()
  await expect(form.getByRole("status")).toHaveText(text(locale, "cart.added"))
}

/** The checkout's step `key` (details, delivery, payment, review), a region named by its heading. */
export const step = (page: Page, locale: Locale, key: string) =>
  page.getByRole("region", { name: text(locale, `checkout.step.${key}`) })

/** The field labelled by the string `key` on the checkout's details step. */
export const field = (page: Page, locale: Locale, key: string) =>
  step(page, locale, "details").getByLabel(text(locale, key), { exact: true })

/** Presses the checkout step's "continue" button. */
export const continueFrom = (page: Page, locale: Locale, key: string) =>
  step(page, locale, key)
    .getByRole("button", { name: text(locale, "checkout.continue") })
    .click()

/**
 * Fills the details step's address in Karakol (postal code 722200, the first Kyrgyz region, the
 * city, `street`) and, when given, the phone: what the courier and cash on delivery need.
 */
export async function fillKarakolAddress(page: Page, locale: "ru" | "ky", street: string, phone?: string) {
  await field(page, locale, "account.address.postalCode").fill("722200")
  await field(page, locale, "account.address.region").selectOption({ label: kyrgyzRegions[0]?.names[locale] ?? "" })
  await field(page, locale, "account.address.city").fill("Каракол")
  await field(page, locale, "account.address.address1").fill(street)
  if (phone !== undefined) await field(page, locale, "account.address.phone").fill(phone)
}

/** Chooses the Kyrgyz courier (named by its price in som) and goes on to the payment step. */
export async function chooseKyrgyzCourier(page: Page, locale: "ru" | "ky") {
  await step(page, locale, "delivery")
    .getByRole("radio", { name: formatMoney(kyrgyzCourier, "kgs", locale) })
    .check()
  await continueFrom(page, locale, "delivery")
}

/**
 * Chooses cash on delivery, waits for its note (it shows once the store has opened the cash
 * payment: only then does the step go on) and presses "continue".
 */
export async function payCashOnDelivery(page: Page, locale: Locale) {
  const payment = step(page, locale, "payment")
  await payment.getByRole("radio", { name: text(locale, "checkout.pay.cashOnDelivery") }).check()
  await expect(payment.getByText(text(locale, "checkout.cashNote"))).toBeVisible()
  await continueFrom(page, locale, "payment")
}

/**
 * Records every request for Stripe.js (answered with an empty script: there is no internet here)
 * with the checkout stage it came in, and lets the card step reach the local Stripe server (with
 * `testCard()` as the card). That server, unlike api.stripe.com, sends no CORS headers, so they
 * are added here.
 */
export async function interceptStripe(context: BrowserContext, stage: () => string, testCard = () => "pm_card_visa") {
  const stripeJsRequests: { stage: string; url: string }[] = []
  await context.route("https://js.stripe.com/**", async (route) => {
    stripeJsRequests.push({ stage: stage(), url: route.request().frame().url() })
    await route.fulfill({ status: 200, contentType: "text/javascript", body: "" })
  })
  const cors = {
    "access-control-allow-origin": storefrontUrl,
    "access-control-allow-headers": "authorization, content-type",
    "access-control-allow-methods": "POST",
  }
  await context.route(`${stripeUrl}/**`, async (route) => {
    if (route.request().method() === "OPTIONS") return route.fulfill({ status: 204, headers: cors })
    // The island always pays with Stripe's test Visa card; a test may swap in another test card.
    const body = new URLSearchParams(route.request().postData() ?? "")
    if (body.has("payment_method")) body.set("payment_method", testCard())
    const response = await route.fetch({ postData: body.toString() })
    return route.fulfill({ response, headers: { ...response.headers(), ...cors } })
  })
  return stripeJsRequests
}
