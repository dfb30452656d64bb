import fs from "node:fs"
import path from "node:path"
import { expect, type Page, test } from "@playwright/test"
import { repoRoot } from "../../scripts/lib/config"
import { seasonStatus } from "../../storefront/src/features/season/season"
import type { Locale } from "../../storefront/src/i18n/locales"
import { onSaleAllYear, seed, text } from "./catalogue-data"
import { backendUrl, e2eStack } from "./stack"

// Goods that may not enter: the seed marks the jerky category for Japan (animal quarantine,
// seed/data/ovop/restrictions.json). A Japanese shopper reads why on the product page, finds no
// form to buy it, and the store refuses it in a Japan cart whatever the page showed.

type SeedRestriction = { category?: string; country_code: string; reason: Record<Locale, string> }
const restrictions = JSON.parse(
  fs.readFileSync(path.join(repoRoot, "seed", "data", "ovop", "restrictions.json"), "utf8"),
) as SeedRestriction[]
const quarantine = restrictions.find((entry) => entry.category === "jerky" && entry.country_code === "jp")
const jerky = seed.products.find((product) => product.handle === "saruu-beef-jerky")
if (!quarantine || !jerky) throw new Error("the seed has no jerky restricted for Japan")

const storefront = () =>
  JSON.parse(fs.readFileSync(path.join(e2eStack.dataDir, "storefront.json"), "utf8")) as {
    publishableKey: string
    regions: { id: string; name: string }[]
  }

const addForm = (page: Page, locale: Locale) => page.getByRole("form", { name: text(locale, "cart.add") })

test("a Japanese shopper reads why the jerky cannot be sent to Japan, and finds no way to buy it", async ({ page }) => {
  const live = page.waitForResponse((response) => response.url().includes("/store/products?"))
  await page.goto(`/ja/products/${jerky.handle}/`)
  await live
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(jerky.title.ja)
  await expect(page.getByText(text("ja", "product.restrictedTo", { country: "日本" }))).toBeVisible()
  await expect(page.getByText(quarantine.reason.ja)).toBeVisible()
  await expect(addForm(page, "ja")).toBeHidden()
})

test("the page says so without JavaScript too", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false })
  const page = await context.newPage()
  await page.goto(`/ja/products/${jerky.handle}/`)
  await expect(page.getByText(quarantine.reason.ja)).toBeVisible()
  await context.close()
})

test("choosing yen on the English page hides the form and says why in English; dollars bring it back", async ({
  page,
}) => {
  const live = page.waitForResponse((response) => response.url().includes("/store/products?"))
  await page.goto(`/en/products/${jerky.handle}/`)
  await live
  // International: the jerky may be sent there.
  await expect(addForm(page, "en")).toBeVisible()
  await expect(page.getByText(quarantine.reason.en)).toBeHidden()

  const picker = page.getByRole("combobox", { name: text("en", "region.label") })
  await picker.selectOption({ label: text("en", "region.jpy") })
  await expect(page.getByText(text("en", "product.restrictedTo", { country: "Japan" }))).toBeVisible()
  await expect(page.getByText(quarantine.reason.en)).toBeVisible()
  await expect(addForm(page, "en")).toBeHidden()

  await picker.selectOption({ label: text("en", "region.usd") })
  await expect(addForm(page, "en")).toBeVisible()
  await expect(page.getByText(quarantine.reason.en)).toBeHidden()
})

test("the store refuses the jerky in a Japan cart, saying why in Japanese", async () => {
  const { publishableKey, regions } = storefront()
  const headers = {
    "x-publishable-api-key": publishableKey,
    "content-type": "application/json",
    "x-medusa-locale": "ja",
  }
  const products = await fetch(`${backendUrl}/store/products?handle=${jerky.handle}&fields=id,*variants`, { headers })
  const variantId = ((await products.json()) as { products: { variants: { id: string }[] }[] }).products[0]?.variants[0]
    ?.id
  const japan = regions.find((region) => region.name === "Japan")
  const cart = await fetch(`${backendUrl}/store/carts`, {
    method: "POST",
    headers,
    body: JSON.stringify({ region_id: japan?.id }),
  })
  const cartId = ((await cart.json()) as { cart: { id: string } }).cart.id
  const refused = await fetch(`${backendUrl}/store/carts/${cartId}/line-items`, {
    method: "POST",
    headers,
    body: JSON.stringify({ variant_id: variantId, quantity: 1 }),
  })
  expect(refused.status).toBe(400)
  const body = (await refused.json()) as { code: string; params: { product: string; country: string }; message: string }
  expect(body.code).toBe("restricted_destination")
  expect(body.params).toMatchObject({ product: jerky.title.ja, country: "jp" })
  expect(body.message).toBe(`「${jerky.title.ja}」は日本へお届けできません。${quarantine.reason.ja}`)
})

/** A store API call with the retail key, as the storefront makes it; throws on a refusal. */
async function store<T>(route: string, body?: unknown): Promise<T> {
  const response = await fetch(`${backendUrl}${route}`, {
    method: body === undefined ? "GET" : "POST",
    headers: { "x-publishable-api-key": storefront().publishableKey, "content-type": "application/json" },
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  if (!response.ok) throw new Error(`${route}: ${response.status} ${await response.text()}`)
  return (await response.json()) as T
}

const firstVariant = async (handle: string) =>
  (await store<{ products: { variants: { id: string }[] }[] }>(`/store/products?handle=${handle}&fields=id,*variants`))
    .products[0]?.variants[0]?.id

// The server sells the jerky from stock only in its season (on the real day): out of it, it cannot be put in a cart.
const jerkyInSeason = seasonStatus(jerky.season_months, new Date()).kind !== "out-of-season"

test(`a cart moved to Japan names the jerky at checkout, with a button removing it${jerkyInSeason ? "" : " (skipped: the jerky is out of season today, so no cart can hold it)"}`, async ({
  page,
}) => {
  test.skip(!jerkyInSeason, "the jerky is out of season on the server's day")
  const shortbread = onSaleAllYear("karakol-seven-bulls-shortbread")
  const { regions } = storefront()
  const regionId = (name: string) => regions.find((region) => region.name === name)?.id
  // Filled in dollars (the jerky may be sent abroad), then moved to Japan as the currency picker does.
  const { cart } = await store<{ cart: { id: string } }>("/store/carts", {
    region_id: regionId("International"),
    items: [
      { variant_id: await firstVariant(jerky.handle), quantity: 1 },
      { variant_id: await firstVariant(shortbread.handle), quantity: 1 },
    ],
  })
  const { cart: moved } = await store<{ cart: { ovop_restricted_lines: { product_id: string }[] } }>(
    `/store/carts/${cart.id}`,
    { region_id: regionId("Japan") },
  )
  expect(moved.ovop_restricted_lines).toHaveLength(1)
  await page.addInitScript(
    ({ cartId, japan }) => {
      window.localStorage.setItem("ovop.cart", cartId)
      window.localStorage.setItem("ovop.region", japan)
    },
    { cartId: cart.id, japan: regionId("Japan") ?? "" },
  )

  await page.goto("/en/checkout/")
  await expect(page.getByRole("alert").filter({ hasText: jerky.title.en })).toHaveText(
    `"${jerky.title.en}" cannot be sent to Japan: remove them from your cart to place the order`,
  )
  await expect(page.getByText(quarantine.reason.en)).toBeVisible()
  await page
    .getByRole("button", { name: text("en", "checkout.restrictedRemoveLabel", { product: jerky.title.en }) })
    .click()
  await expect(page.getByText(quarantine.reason.en)).toBeHidden()
  const { cart: left } = await store<{
    cart: { items: { product_title: string }[]; ovop_restricted_lines: unknown[] }
  }>(`/store/carts/${cart.id}`)
  expect(left.items.map((item) => item.product_title)).toEqual([shortbread.title.en])
  expect(left.ovop_restricted_lines).toEqual([])
})
