import fs from "node:fs"
import path from "node:path"
import { addDays, formatMoney } from "@ovop/domain"
import { expect, test } from "@playwright/test"
import { onSaleAllYear, text } from "./catalogue-data"
import { interceptStripe } from "./checkout-steps"
import { e2eStack } from "./stack"
import { approvedImporter, call, receiveStock, signInOnPage, staffHeaders } from "./wholesale-accounts"

// A Japanese importer pays the 30 % deposit of a wholesale order by card on the wholesale page:
// the order is made through the APIs (request, staff's quote, acceptance; the admin's part is in
// wholesale.e2e.ts), the test build confirms the card on the local Stripe server, which also
// posts its signed webhook to the backend; the payment shows once, and the balance is next.

const ja = (key: string, values?: Record<string, string>) => text("ja", key, values)
const password = "kobe-trading-2026"
// Cookies sell all year in cases of 24. Accepting a quote reserves its stock, and other specs (and the
// other project) take cookies too: the warehouse receives the case this order needs first.
const cookies = onSaleAllYear("karakol-oat-honey-cookies")
const sku = cookies.variants[0]?.sku ?? ""

type Quote = {
  id: string
  order_id: string | null
  lines: { id: string }[]
  payments: { amount: number; method: string }[]
  balance: { paid: number; balance: number } | null
}

test("a Japanese importer pays the 30 % deposit of an order by card, recorded once", async ({ page }, testInfo) => {
  test.setTimeout(90_000)
  const email = `kato+${testInfo.project.name}-${Date.now()}@kobe-trading.example`
  const buyer = await approvedImporter(email, password, `神戸トレーディング ${testInfo.project.name} ${Date.now()}`)
  const { offers } = await call<{ offers: { sku: string; variant_id: string }[] }>(
    "/store/wholesale/offers?currency_code=jpy",
    { headers: buyer },
  )
  const variantId = offers.find((offer) => offer.sku === sku)?.variant_id
  if (!variantId) throw new Error(`${sku} has no wholesale offer in yen`)
  const storefront = JSON.parse(fs.readFileSync(path.join(e2eStack.dataDir, "storefront.json"), "utf8")) as {
    regions: { id: string; currency_code: string }[]
  }
  const region = storefront.regions.find((candidate) => candidate.currency_code === "jpy")
  if (!region) throw new Error("the seed made no region in yen")

  // The warehouse receives one case of cookies for this order (what other specs took is theirs).
  await receiveStock(sku, 24)
  const staff = await staffHeaders()

  // One case of 24, quoted at 600 yen a piece and 18 000 yen freight (32 400 yen), 30 % deposit.
  const today = new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Bishkek" }).format(new Date())
  const { cart } = await call<{ cart: { id: string } }>("/store/carts", {
    body: { region_id: region.id, items: [{ variant_id: variantId, quantity: 24 }] },
    headers: buyer,
  })
  const asked = await call<{ wholesale_quote: Quote }>("/store/wholesale/quotes", {
    body: {
      cart_id: cart.id,
      requested_delivery_date: addDays(today, 60),
      destination: { country_code: "JP", city: "神戸" },
      incoterm: "CPT",
    },
    headers: buyer,
  })
  const quoteId = asked.wholesale_quote.id
  await call(`/admin/wholesale/quotes/${quoteId}/quote`, {
    body: {
      lines: asked.wholesale_quote.lines.map((line) => ({ id: line.id, unit_price: 600 })),
      freight: 18_000,
      valid_until: addDays(today, 7),
      ships_on: addDays(today, 14),
      payment_terms: "deposit_30",
    },
    headers: staff,
  })
  await call(`/store/wholesale/quotes/${quoteId}/accept`, { body: {}, headers: buyer })

  // The test build confirms on the local Stripe server, which sends no CORS headers: added here.
  const stripeJsRequests = await interceptStripe(page.context(), () => "wholesale")
  await signInOnPage(page, "ja", email, password)
  await page.goto("/ja/wholesale/")
  const deposit = formatMoney(9_720, "jpy", "ja")
  await page.getByRole("button", { name: ja("wholesale.card.pay.deposit", { amount: deposit }) }).click()
  await expect(page.getByText(ja("wholesale.card.received", { amount: deposit }))).toBeVisible({ timeout: 30_000 })
  // Drawn again with the new balance: the balance is what the card pays next.
  await expect(
    page.getByRole("button", {
      name: ja("wholesale.card.pay.balance", { amount: formatMoney(22_680, "jpy", "ja") }),
    }),
  ).toBeVisible()

  // The test build needs no Stripe.js; the card is confirmed on the local Stripe server.
  expect(stripeJsRequests).toEqual([])
  // Stripe's webhook and the page's report both came; one payment, by card.
  const { wholesale_quote } = await call<{ wholesale_quote: Quote }>(`/store/wholesale/quotes/${quoteId}`, {
    headers: buyer,
  })
  expect(wholesale_quote.payments.map((payment) => [payment.amount, payment.method])).toEqual([[9_720, "card"]])
  expect(wholesale_quote.balance).toMatchObject({ paid: 9_720, balance: 22_680 })
})
