import { formatMoney, SHIPPING_OPTIONS, SHORT_HARVEST_CHOICES } from "@ovop/domain"
import { expect, test } from "@playwright/test"
import { requiredDisclosureTerms } from "../../storefront/src/features/legal/disclosure-terms"
import { uiStrings } from "./catalogue-data"

// 特定商取引法に基づく表記 as a Japanese shopper reads it: every item the law asks of a mail-order
// seller, with the figures checkout charges.

test("the commerce-law page states every item the law asks of a mail-order seller", async ({ page }) => {
  await page.goto("/ja/tokushoho/")
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("特定商取引法に基づく表記")
  const main = page.getByRole("main")
  const detailsOf = (term: string) =>
    main
      .getByRole("term")
      .filter({ hasText: new RegExp(`^${term.replace(/[()（）]/g, "\\$&")}$`) })
      .locator("xpath=following-sibling::dd[1]")
  for (const term of requiredDisclosureTerms) {
    await expect(main.getByRole("term").filter({ hasText: term }), term).toHaveCount(1)
    await expect(detailsOf(term), term).toHaveText(/\S/)
  }

  const strings = uiStrings("ja")
  const japanese = (key: string) => {
    const found = strings[key]
    if (!found) throw new Error(`no Japanese string ${key}`)
    return found
  }
  // Charges besides the price: delivery to Japan at checkout's price, duty and import tax for the buyer.
  const charges = detailsOf("商品代金以外の必要料金")
  for (const option of SHIPPING_OPTIONS.filter((candidate) => candidate.zone === "Japan")) {
    await expect(charges).toContainText(formatMoney(option.price.amount, option.price.currencyCode, "ja"))
  }
  for (const charge of ["関税", "輸入消費税", "通関手数料"]) await expect(charges).toContainText(charge)
  await expect(detailsOf("お支払い方法")).toContainText(japanese("checkout.pay.card"))
  await expect(detailsOf("お支払い時期")).toContainText("発送時に代金を請求")
  await expect(detailsOf("商品の引渡時期")).toContainText("税関")
  await expect(detailsOf("返品・交換について（返品特約）")).toContainText("7日以内")
  // A pre-order's choices on a short harvest, as the product page words them.
  for (const choice of SHORT_HARVEST_CHOICES) {
    await expect(detailsOf("販売数量の制限など特別な販売条件")).toContainText(`「${japanese(`preorder.${choice}`)}」`)
  }
  // The office is in Kyrgyzstan: its postcode carries no 〒.
  await expect(detailsOf("所在地")).toContainText("722200")
  await expect(main).not.toContainText("〒")
})
