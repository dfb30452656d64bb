import { formatMoney, SHIPPING_OPTIONS, SHORT_HARVEST_CHOICES, type ShortHarvestChoice } from "@ovop/domain"
import { t } from "../../i18n/strings"
import { requiredDisclosureTerms } from "./disclosure-terms"
import { associationContact } from "./info"
import type { DisclosureRow, ShopWords } from "./schema"

export { requiredDisclosureTerms }

/** The fact naming a short-harvest choice's words (`shortHarvestWait` for `wait`). */
export const shortHarvestFact = (choice: ShortHarvestChoice) =>
  `shortHarvest${choice.charAt(0).toUpperCase()}${choice.slice(1)}`

/**
 * The shop's facts the disclosure's text names as `{fact}`: they come from data, never copied into
 * the text, so the page says what checkout does.
 */
export type DisclosureFacts = Record<
  "officeAddress" | "officeHours" | "phone" | "email" | "shippingJapan" | "cardPayment",
  string
> &
  Record<string, string>

/**
 * The facts of the disclosure: the office in Japanese (content/shop/ja.yaml), the contact, the
 * delivery options to Japan with their yen prices (the domain's SHIPPING_OPTIONS, those the seed
 * creates), the card as checkout names it, and each short-harvest choice (the domain's
 * SHORT_HARVEST_CHOICES) as the product page names it.
 */
export function disclosureFacts(
  japaneseWords: Pick<ShopWords, "officeAddress" | "officeHours" | "shippingRates">,
): DisclosureFacts {
  const toJapan = SHIPPING_OPTIONS.filter((option) => option.zone === "Japan")
  if (!toJapan.length) throw new Error("the shop has no delivery option to Japan")
  const shippingJapan = toJapan
    .map((option) => {
      const method =
        japaneseWords.shippingRates[option.code]?.method ?? t("ja", `checkout.shippingOption.${option.code}`)
      const price = formatMoney(option.price.amount, option.price.currencyCode, "ja")
      // No space after a full-width bracket: 「EMS（国際スピード郵便）2,800円」.
      return /[）」]$/.test(method) ? `${method}${price}` : `${method} ${price}`
    })
    .join("、")
  return {
    officeAddress: japaneseWords.officeAddress,
    officeHours: japaneseWords.officeHours,
    phone: associationContact.phone,
    email: associationContact.email,
    shippingJapan,
    cardPayment: t("ja", "checkout.pay.card"),
    ...Object.fromEntries(
      SHORT_HARVEST_CHOICES.map((choice) => [shortHarvestFact(choice), t("ja", `preorder.${choice}`)]),
    ),
  }
}

/** The disclosure's rows with every `{fact}` filled; a fact the text names that the shop does not know fails the build. */
export function disclosureRows(
  rows: readonly DisclosureRow[],
  facts: Readonly<Record<string, string>>,
): DisclosureRow[] {
  return rows.map((row) => ({
    term: row.term,
    details: row.details.map((detail) =>
      detail.replace(/\{(\w+)\}/g, (_, name: string) => {
        const fact = facts[name]
        if (fact === undefined) throw new Error(`the disclosure names {${name}}, which the shop's data does not give`)
        return fact
      }),
    ),
  }))
}

/** The required terms the rows lack, or state nothing for. */
export function missingDisclosureTerms(rows: readonly DisclosureRow[]): string[] {
  return requiredDisclosureTerms.filter(
    (term) => !rows.some((row) => row.term === term && row.details.some((detail) => detail.trim() !== "")),
  )
}
