import { importRuleTexts, JAPAN_IMPORT_RULES } from "@ovop/domain"
import { expect, test } from "@playwright/test"
import { onSaleAllYear, text } from "./catalogue-data"
import { addToCart } from "./checkout-steps"

// The shop ships to Japan delivery duty unpaid (the default): no Japanese tax in the yen prices,
// and a note near them saying the buyer pays duty, import consumption tax and fees at delivery.
const slippers = onSaleAllYear("kyzyl-suu-felt-slippers")

test("a Japanese shopper reads the duty note beside the price, with Japan Customs' rules, and in the cart", async ({
  page,
}) => {
  await page.goto(`/ja/products/${slippers.handle}/`)
  const note = page.locator("[data-duty-note]")
  await expect(note).toBeVisible()
  await expect(note).toContainText(text("ja", "duty.unpaid"))
  // The rules' figures come from the domain's data: 60%, 10,000 yen, 200,000 yen, 10% and 8%.
  await expect(note).toContainText(text("ja", "duty.rules", importRuleTexts(JAPAN_IMPORT_RULES, "ja")))
  await expect(page.getByText("消費税込")).toHaveCount(0)

  await addToCart(page, slippers, "ja")
  await page.goto("/ja/cart/")
  await expect(page.getByText(text("ja", "duty.unpaid"))).toBeVisible()
})

test("the duty note follows the currency: shown for yen, hidden for dollars and som", async ({ page }) => {
  await page.goto(`/en/products/${slippers.handle}/`)
  const note = page.getByText(text("en", "duty.unpaid"))
  await expect(note).toBeHidden()
  const picker = page.getByRole("combobox", { name: text("en", "region.label") })
  await picker.selectOption({ label: text("en", "region.jpy") })
  await expect(note).toBeVisible()
  await picker.selectOption({ label: text("en", "region.kgs") })
  await expect(note).toBeHidden()
})
