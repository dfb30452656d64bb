import fs from "node:fs"
import path from "node:path"
import { type BrowserContext, expect, type Page, test } from "@playwright/test"
import { readStyleHashes, securityHeaders } from "../../scripts/lib/security-headers"
import { prefectures } from "../../storefront/src/features/account/address"
import { onSaleAllYear, seed, text } from "./catalogue-data"
import { addToCart, continueFrom, field, interceptStripe, step } from "./checkout-steps"
import { backendUrl, e2eStack, stripeUrl } from "./stack"

// The store runs with its Content-Security-Policy on (the storefront server sends it, as nginx
// does in production): every page and island must work under it, with not one violation.

/**
 * Collects every Content-Security-Policy violation of the context's pages: the browser's
 * `securitypolicyviolation` event in every frame, and Chromium's console message.
 */
async function watchViolations(context: BrowserContext): Promise<string[]> {
  const violations: string[] = []
  await context.exposeBinding("ovopCspViolation", (_source, violation: string) => {
    violations.push(violation)
  })
  await context.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (event) => {
      const report = (window as unknown as { ovopCspViolation: (violation: string) => void }).ovopCspViolation
      report(`${event.effectiveDirective} refused ${event.blockedURI || "inline"} on ${event.documentURI}`)
    })
  })
  context.on("console", (message) => {
    if (message.text().includes("Content Security Policy")) violations.push(message.text())
  })
  return violations
}

/**
 * Waits until the page's islands have made their calls: network idle, for at most 10 s. A request
 * that stalls (a slow CI machine) does not fail the check by itself; a violation it causes is still
 * reported by the watch, and the assertions after each visit wait for what they need.
 */
async function settle(page: Page) {
  await page.waitForLoadState("networkidle", { timeout: 10_000 }).catch(() => undefined)
}

/** Opens `path` and waits until its islands have made their calls. */
async function visit(page: Page, path: string) {
  const response = await page.goto(path)
  expect(response?.status()).toBe(200)
  await settle(page)
}

const slippers = onSaleAllYear("kyzyl-suu-felt-slippers")

test("pages carry the security headers, and the policy refuses an inline script", async ({ page, context }) => {
  const violations = await watchViolations(context)
  const response = await page.goto("/en/")
  const headers = response?.headers() ?? {}
  // The build being served lists its inline stylesheets' hashes; the policy admits exactly those.
  const release = fs.realpathSync(path.join(e2eStack.dataDir, "storefront-dist"))
  const styleHashes = readStyleHashes(release)
  expect(styleHashes.length).toBeGreaterThan(0)
  const expected = securityHeaders({ backendUrl, stripeTestConfirmUrl: stripeUrl }, styleHashes)
  for (const [name, value] of Object.entries(expected)) expect(headers[name.toLowerCase()]).toBe(value)
  expect(headers["x-powered-by"]).toBeUndefined()

  // The watch itself works: an injected inline script is refused and reported.
  const ran = await page.evaluate(() => {
    const script = document.createElement("script")
    script.textContent = "window.injectedScriptRan = true"
    document.body.append(script)
    return (window as unknown as { injectedScriptRan?: boolean }).injectedScriptRan ?? false
  })
  expect(ran).toBe(false)
  await expect.poll(() => violations.join("\n")).toContain("script-src")

  // The page's own inline styles apply (hashed); one the build did not write is refused.
  await expect(page.locator(".header-bar").first()).toHaveCSS("display", "flex")
  const hidden = await page.evaluate(() => {
    const style = document.createElement("style")
    style.textContent = "main { visibility: hidden }"
    document.head.append(style)
    return getComputedStyle(document.querySelector("main") as HTMLElement).visibility === "hidden"
  })
  expect(hidden).toBe(false)
  await expect.poll(() => violations.join("\n")).toContain("style-src")
})

test("the catalogue, product, cart, search and account pages work under the policy", async ({ page, context }) => {
  test.slow()
  const violations = await watchViolations(context)
  for (const path of [
    "/",
    "/en/",
    "/ja/",
    "/ru/products/?season=now&sort=price-asc",
    `/ky/categories/${seed.categories[0]?.handle}/`,
    `/en/groups/`,
    "/en/products/ak-suu-mountain-wildflower-honey/",
    "/en/search/?q=honey",
    "/ja/account/sign-in/",
    "/ru/account/register/",
    "/en/about/",
    "/ja/tokushoho/",
  ])
    await visit(page, path)

  // The islands ran: the live price and stock came in, the add-to-cart form was revealed and works.
  await addToCart(page, slippers, "ja")
  await visit(page, "/ja/cart/")
  await expect(page.getByRole("link", { name: text("ja", "cart.checkout") })).toBeVisible()
  await visit(page, "/en/search/?q=apricot")
  await expect(page.getByRole("status").filter({ hasText: /\d/ }).first()).toBeVisible()
  const missing = await page.goto("/en/no-such-page/")
  expect(missing?.status()).toBe(404)
  await settle(page)
  expect(violations).toEqual([])
})

test("a card checkout in Japan on the local Stripe server runs under the policy", async ({ page, context }) => {
  // A whole purchase: page loads, store calls, a card confirmation and an order.
  test.slow()
  const violations = await watchViolations(context)
  await interceptStripe(context, () => "checkout")
  await addToCart(page, slippers, "ja")
  await page.goto("/ja/checkout/")
  await field(page, "ja", "checkout.email").fill("haruto.sato@example.jp")
  await field(page, "ja", "account.lastName").fill("佐藤")
  await field(page, "ja", "account.firstName").fill("陽翔")
  await field(page, "ja", "account.address.postalCode").fill("600-8216")
  await field(page, "ja", "account.address.prefecture").selectOption({ label: prefectures[25]?.names.ja ?? "" })
  await field(page, "ja", "account.address.city").fill("京都市下京区")
  await field(page, "ja", "account.address.address1").fill("東塩小路町721-1")
  await field(page, "ja", "account.address.phone").fill("075-123-4567")
  await continueFrom(page, "ja", "details")
  await continueFrom(page, "ja", "delivery")
  const payment = step(page, "ja", "payment")
  await expect(payment.getByRole("radio", { name: text("ja", "checkout.pay.card") })).toBeChecked()
  // The card's payment session is open once the test build says the test card pays.
  await expect(payment.getByText(text("ja", "checkout.cardTest"))).toBeVisible()
  await continueFrom(page, "ja", "payment")
  const confirmed = page.waitForResponse(
    (response) => response.url().startsWith(stripeUrl) && response.url().endsWith("/confirm"),
  )
  await step(page, "ja", "review")
    .getByRole("button", { name: text("ja", "checkout.place") })
    .click()
  expect((await confirmed).status()).toBe(200)
  await expect(page).toHaveURL(/\/ja\/order\/\?id=order_/)
  await expect(page.getByText(text("ja", "order.number"))).toContainText(/#\d+/)
  await settle(page)
  expect(violations).toEqual([])
})
