import fs from "node:fs"
import path from "node:path"
import { associationDay } from "@ovop/domain"
import { refusalMessage } from "@ovop/domain/messages"
import { expect, test } from "@playwright/test"
import { onSaleAllYear, text } from "./catalogue-data"
import { backendUrl, e2eStack } from "./stack"

// Food past its best-before day is never sold (issue 13): a product whose only units on the shelf
// come from a lot past its best-before day cannot be put in a cart; the product page says why, in
// its language and naming the product in it. Cookies are sold all year, so the backend's own
// season rules (judged on the real day) stay out of the way. One product a project (desktop,
// phone): the projects share the store, and no other test buys these two.
const cookies = (isMobile: boolean) =>
  onSaleAllYear(isMobile ? "karakol-walnut-crescents" : "karakol-broken-heart-cookies")

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

/** A Bishkek calendar day `offset` days from today (the day the backend judges best-before by). */
const dayFromToday = (offset: number) => {
  const today = new Date(`${associationDay(new Date())}T00:00:00Z`)
  return new Date(today.getTime() + offset * 86_400_000).toISOString().slice(0, 10)
}

/**
 * As staff would through the admin: the product's lots on the shelf are expired, whatever else is
 * stocked is taken off (down to what is reserved), and a lot whose best-before day was yesterday
 * is put on the shelf. Its units are then the only ones there.
 */
async function onlyStaleUnits(handle: string): Promise<void> {
  const credentials = JSON.parse(fs.readFileSync(path.join(e2eStack.dataDir, "admin.json"), "utf8"))
  const { token } = await api<{ token: string }>("/auth/user/emailpass", { method: "POST", body: credentials })
  const { products } = await api<{
    products: { variants: { id: string; inventory_items: { inventory_item_id: string }[] }[] }[]
  }>(`/admin/products?handle=${handle}&fields=variants.id,variants.inventory_items.inventory_item_id`, { token })
  for (const variant of products[0]?.variants ?? []) {
    const { harvest_lots: lots } = await api<{ harvest_lots: { id: string }[] }>(
      `/admin/harvest-lots?variant_id=${variant.id}&status=available`,
      { token },
    )
    for (const lot of lots)
      await api(`/admin/harvest-lots/${lot.id}/transition`, { method: "POST", token, body: { to: "expired" } })
    for (const { inventory_item_id: item } of variant.inventory_items) {
      const { inventory_levels: levels } = await api<{
        inventory_levels: { location_id: string; reserved_quantity: number }[]
      }>(`/admin/inventory-items/${item}/location-levels`, { token })
      for (const level of levels)
        await api(`/admin/inventory-items/${item}/location-levels/${level.location_id}`, {
          method: "POST",
          token,
          body: { stocked_quantity: level.reserved_quantity },
        })
    }
    const { harvest_lot: stale } = await api<{ harvest_lot: { id: string } }>("/admin/harvest-lots", {
      method: "POST",
      token,
      body: {
        lot_number: `E2E-STALE-${handle}-${Date.now()}`,
        variant_id: variant.id,
        forecast_quantity: 12,
        produced_quantity: 12,
        production_date: dayFromToday(-91),
        best_before: dayFromToday(-1),
      },
    })
    for (const to of ["in_production", "available"])
      await api(`/admin/harvest-lots/${stale.id}/transition`, { method: "POST", token, body: { to } })
  }
}

test("a product whose units on the shelf are all past their best-before day cannot be bought, and the page says why in its language", async ({
  page,
  isMobile,
}) => {
  const product = cookies(isMobile)
  await onlyStaleUnits(product.handle)

  const live = page.waitForResponse((response) => response.url().includes("/store/products?"))
  await page.goto(`/ru/products/${product.handle}/`)
  await live
  const form = page.getByRole("form", { name: text("ru", "cart.add") })
  const refused = page.waitForResponse(
    (response) => response.url().includes("/store/carts") && response.status() === 400,
  )
  await form.getByRole("button", { name: text("ru", "cart.add") }).click()
  const body = await (await refused).json()
  expect(body.code).toBe("past_best_before")
  expect(body.params.product).toBe(product.title.ru)
  expect(body.params.left).toBe(0)
  await expect(form.getByRole("alert")).toHaveText(refusalMessage(body, "ru"))
  await expect(form.getByRole("alert")).toContainText(product.title.ru)
  // Nothing went into a cart: the header's cart shows no count.
  await expect(page.locator("[data-cart-count]").first()).toBeHidden()
})
