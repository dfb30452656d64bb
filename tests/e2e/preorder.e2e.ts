import fs from "node:fs"
import path from "node:path"
import { expect, test } from "@playwright/test"
import { shippingMonthLabel } from "../../storefront/src/features/cart/live"
import { buildDate, monthName, seasonStatus } from "../../storefront/src/features/season/season"
import { groupOf, seed, sentEverywhere, text } from "./catalogue-data"
import { backendUrl, e2eStack } from "./stack"

// The storefront is built for this day (global-setup.ts); the backend judges stock and season on
// the real day, so the product is also made sold out below: then it can be pre-ordered any day.
const today = buildDate({ OVOP_STOREFRONT_TODAY: "2026-05-15" })
// Products every region may buy: the first test moves its cart to yen, and Japan takes no jerky.
const outOfSeason = seed.products.filter(
  (product) =>
    sentEverywhere(product) &&
    groupOf(product).status === "active" &&
    product.variants.length > 0 &&
    seasonStatus(product.season_months, today).kind === "out-of-season",
)
// The last such product: the season tests use the first one.
const jam = outOfSeason[outOfSeason.length - 1]
// Others, for the test that closes a lot: one a project (desktop, phone), as the projects share the
// store. Also out of season on the real day, which the backend judges by: in season, the lot on the
// shelf may still be in production and take pre-orders once next season's lot is closed (honey in
// December). Not the first of the list, which the season tests use.
const outOfSeasonNow = outOfSeason.slice(1).filter((product) => {
  return seasonStatus(product.season_months, new Date()).kind === "out-of-season"
})
const jamWithLotToClose = (isMobile: boolean) => outOfSeasonNow[isMobile ? 1 : 0]

const storefrontConfig = () =>
  JSON.parse(fs.readFileSync(path.join(e2eStack.dataDir, "storefront.json"), "utf8")) as { publishableKey: string }

async function api<T>(pathname: string, init: { method?: string; token?: string; body?: unknown } = {}): Promise<T> {
  const response = await fetch(`${backendUrl}${pathname}`, {
    method: init.method ?? "GET",
    headers: {
      "content-type": "application/json",
      "x-publishable-api-key": storefrontConfig().publishableKey,
      ...(init.token ? { authorization: `Bearer ${init.token}` } : {}),
    },
    ...(init.body === undefined ? {} : { body: JSON.stringify(init.body) }),
  })
  if (!response.ok)
    throw new Error(`${init.method ?? "GET"} ${pathname}: HTTP ${response.status} ${await response.text()}`)
  return (await response.json()) as T
}

/** A staff session's token, with the admin account the stack wrote down. */
async function staffToken(): Promise<string> {
  const credentials = JSON.parse(fs.readFileSync(path.join(e2eStack.dataDir, "admin.json"), "utf8")) as {
    email: string
    password: string
  }
  return (await api<{ token: string }>("/auth/user/emailpass", { method: "POST", body: credentials })).token
}

/** Staff take the product's jars off the shelf (down to what is reserved), as Inventory in the admin does. */
async function sellOut(handle: string): Promise<string[]> {
  const token = await staffToken()
  const { products } = await api<{
    products: { variants: { id: string; inventory_items: { inventory_item_id: string }[] }[] }[]
  }>(`/admin/products?handle=${handle}&fields=variants.id,variants.inventory_items.inventory_item_id`, { token })
  const variants = products[0]?.variants ?? []
  for (const item of variants.flatMap((variant) => variant.inventory_items)) {
    const { inventory_levels } = await api<{
      inventory_levels: { location_id: string; reserved_quantity: number }[]
    }>(`/admin/inventory-items/${item.inventory_item_id}/location-levels`, { token })
    for (const level of inventory_levels) {
      await api(`/admin/inventory-items/${item.inventory_item_id}/location-levels/${level.location_id}`, {
        method: "POST",
        token,
        body: { stocked_quantity: level.reserved_quantity },
      })
    }
  }
  return variants.map((variant) => variant.id)
}

test("an out-of-season, sold-out product is offered as a pre-order in Russian, with its shipping month and the shopper's choice for a short harvest", async ({
  page,
}) => {
  if (!jam) throw new Error("the seed has no product out of season on the test day")
  const variantIds = await sellOut(jam.handle)
  const { variants } = await api<{
    variants: { variant_id: string; preorder: { open: boolean; expected_shipping_month: string | null } | null }[]
  }>(`/store/harvest?${variantIds.map((id) => `variant_id=${id}`).join("&")}`)
  const first = variants.find((variant) => variant.variant_id === variantIds[0])
  expect(first?.preorder?.open).toBe(true)
  const month = shippingMonthLabel(first?.preorder?.expected_shipping_month, "ru") as string

  const live = page.waitForResponse((response) => response.url().includes("/store/harvest?"))
  await page.goto(`/ru/products/${jam.handle}/`)
  await live
  const opensIn = seasonStatus(jam.season_months, today)
  if (opensIn.kind !== "out-of-season") throw new Error("not out of season")
  // One clear message (issue 13): with a pre-order open, its button and shipping month lead, and the
  // "back in <month>" note stands aside (it is in the page for those without the live island).
  await expect(
    page.getByText(text("ru", "season.backIn").replace("{month}", monthName(opensIn.opensIn, "ru")), { exact: true }),
  ).toBeHidden()

  const form = page.getByRole("form", { name: text("ru", "cart.add") })
  const button = form.getByRole("button", { name: text("ru", "preorder.add").replace("{month}", month) })
  await expect(button).toBeVisible()
  const choice = form.getByRole("group", { name: text("ru", "preorder.ifShort") })
  await expect(choice).toBeVisible()
  await choice.getByRole("radio", { name: text("ru", "preorder.refund") }).check()

  const posted = page.waitForResponse(
    (response) => response.url().endsWith("/preorders") && response.request().method() === "POST",
  )
  await button.click()
  const response = await posted
  expect(response.status()).toBe(200)
  expect(response.request().postDataJSON()).toEqual({ variant_id: variantIds[0], quantity: 1, if_short: "refund" })
  await expect(form.getByRole("status")).toHaveText(text("ru", "cart.added"))

  // The cart marks the line as a pre-order with the month it ships.
  await page.goto("/ru/cart/")
  const note = page.getByText(text("ru", "preorder.note").replace("{month}", month)).first()
  await expect(note).toBeVisible()

  // Paying in yen instead: Medusa drops a line with its own price when the currency changes, so
  // the cart books the pre-order again, in yen, with the same short-harvest choice.
  const rebooked = page.waitForResponse(
    (response) => response.url().endsWith("/preorders") && response.request().method() === "POST",
  )
  await page
    .getByRole("combobox", { name: text("ru", "region.label") })
    .selectOption({ label: text("ru", "region.jpy") })
  const again = await rebooked
  expect(again.status()).toBe(200)
  expect(again.request().postDataJSON()).toEqual({ variant_id: variantIds[0], quantity: 1, if_short: "refund" })
  const { cart } = (await again.json()) as { cart: { currency_code: string; items: { metadata: unknown }[] } }
  expect(cart.currency_code).toBe("jpy")
  expect(cart.items).toHaveLength(1)
  await expect(note).toBeVisible()
})

test("a Kyrgyz page names the pre-order's shipping month in Kyrgyz, though the browser has no Kyrgyz dates", async ({
  page,
}) => {
  if (!jam) throw new Error("the seed has no product out of season on the test day")
  const variantIds = await sellOut(jam.handle)
  const { variants } = await api<{
    variants: { variant_id: string; preorder: { open: boolean; expected_shipping_month: string | null } | null }[]
  }>(`/store/harvest?${variantIds.map((id) => `variant_id=${id}`).join("&")}`)
  const first = variants.find((variant) => variant.variant_id === variantIds[0])
  const month = shippingMonthLabel(first?.preorder?.expected_shipping_month, "ky") as string
  // Written by the domain ("2027-ж., июль"), not by the browser's Intl, which answers in English.
  expect(month).toMatch(/^\d{4}-ж\., [а-яө]+$/)

  const live = page.waitForResponse((response) => response.url().includes("/store/harvest?"))
  await page.goto(`/ky/products/${jam.handle}/`)
  await live
  const form = page.getByRole("form", { name: text("ky", "cart.add") })
  await expect(form.getByRole("button", { name: text("ky", "preorder.add").replace("{month}", month) })).toBeVisible()
  await expect(form).not.toContainText(
    /January|February|March|April|May|June|July|August|September|October|November|December/,
  )
})

test("a pre-order whose harvest closed meanwhile cannot follow the cart to yen, and the shopper is told so", async ({
  page,
  isMobile,
}) => {
  const secondJam = jamWithLotToClose(isMobile)
  if (!secondJam) throw new Error("the seed has too few products out of season on the test day and today")
  const [variantId] = await sellOut(secondJam.handle)
  const live = page.waitForResponse((response) => response.url().includes("/store/harvest?"))
  await page.goto(`/en/products/${secondJam.handle}/`)
  await live
  const form = page.getByRole("form", { name: text("en", "cart.add") })
  const posted = page.waitForResponse(
    (response) => response.url().endsWith("/preorders") && response.request().method() === "POST",
  )
  await form.getByRole("button", { name: /Pre-order/ }).click()
  expect((await posted).status()).toBe(200)

  // Staff give up next season's lot (planned -> expired): nothing is left to pre-order against.
  const token = await staffToken()
  const { harvest_lots } = await api<{ harvest_lots: { id: string }[] }>(
    `/admin/harvest-lots?variant_id=${variantId}&status=planned`,
    { token },
  )
  expect(harvest_lots).toHaveLength(1)
  await api(`/admin/harvest-lots/${harvest_lots[0]?.id}/transition`, { method: "POST", token, body: { to: "expired" } })

  const refused = page.waitForResponse(
    (response) => response.url().endsWith("/preorders") && response.request().method() === "POST",
  )
  await page
    .getByRole("combobox", { name: text("en", "region.label") })
    .selectOption({ label: text("en", "region.jpy") })
  expect((await refused).status()).toBe(400)
  await expect(page.getByRole("alert").filter({ hasText: secondJam.title.en })).toHaveText(
    text("en", "region.preorderLeftBehind").replace("{items}", secondJam.title.en),
  )

  await page.goto("/en/cart/")
  await expect(page.getByText(text("en", "cart.empty"))).toBeVisible()
})
