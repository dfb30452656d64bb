import { expect, type Page, test } from "@playwright/test"
import { onSaleAllYear, text } from "./catalogue-data"

// A refusal shows in the page's language with the product's name in that language: the store
// answers a code and params (docs/api.md, Refusals), the page writes the sentence itself.
const shortbread = onSaleAllYear("karakol-seven-bulls-shortbread")

const escaped = (value: string) => value.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")

/** Asks for 9999 boxes on the Japanese product page and answers the store's refusal body. */
async function askForTooMany(page: Page): Promise<{ code: string; params: { product: string; left: number } }> {
  const live = page.waitForResponse((response) => response.url().includes("/store/products?"))
  await page.goto(`/ja/products/${shortbread.handle}/`)
  await live
  const form = page.getByRole("form", { name: text("ja", "cart.add") })
  await form.getByRole("spinbutton", { name: text("ja", "cart.quantity") }).fill("9999")
  const refused = page.waitForResponse(
    (response) => response.url().includes("/store/carts") && response.status() === 400,
  )
  await form.getByRole("button", { name: text("ja", "cart.add") }).click()
  return (await refused).json()
}

test("asking for more than is left says so in Japanese, naming the product in Japanese", async ({ page }) => {
  const body = await askForTooMany(page)
  expect(body.code).toBe("too_few_left")
  expect(body.params.product).toBe(shortbread.title.ja)
  const form = page.getByRole("form", { name: text("ja", "cart.add") })
  await expect(form.getByRole("alert")).toHaveText(`「${shortbread.title.ja}」は残り${body.params.left}点です`)
})

test("the page writes the refusal from its code and params, not from the server's message", async ({ page }) => {
  // The store's words replaced by others: what the shopper reads must not change.
  await page.route("**/store/carts**", async (route) => {
    const response = await route.fetch()
    const body = await response.json().catch(() => null)
    if (response.status() !== 400 || !body?.code) return route.fulfill({ response })
    return route.fulfill({ response, json: { ...body, message: "words the page must not show" } })
  })
  await askForTooMany(page)
  const alert = page.getByRole("form", { name: text("ja", "cart.add") }).getByRole("alert")
  await expect(alert).toHaveText(new RegExp(`^「${escaped(shortbread.title.ja)}」は残り\\d+点です$`))
})

test("a cart filled on an English page reads in Japanese on the Japanese cart page, its stock refusal too", async ({
  page,
}) => {
  await page.goto(`/en/products/${shortbread.handle}/`)
  const form = page.getByRole("form", { name: text("en", "cart.add") })
  await form.getByRole("button", { name: text("en", "cart.add") }).click()
  await expect(
    page.getByRole("navigation", { name: text("en", "nav.main") }).getByRole("link", {
      name: `${text("en", "cart.link")} (1)`,
      exact: true,
    }),
  ).toBeVisible()

  await page.goto("/ja/cart/")
  // The line was titled in English when it was added: the Japanese page shows it in Japanese.
  await expect(page.getByRole("rowheader", { name: shortbread.title.ja })).toBeVisible()
  await expect(page.getByRole("rowheader", { name: shortbread.title.en })).toHaveCount(0)
  const quantity = page.getByRole("spinbutton", { name: text("ja", "cart.quantityOf", { item: shortbread.title.ja }) })
  await quantity.fill("9999")
  await quantity.press("Tab")
  await expect(page.getByRole("alert").filter({ hasText: /残り\d+点/ })).toHaveText(
    new RegExp(`「${escaped(shortbread.title.ja)}」は残り\\d+点です`),
  )
})
