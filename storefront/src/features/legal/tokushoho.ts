import { associationContact, shippingRates } from "./info"
import type { DisclosureRow, ShopWords } from "./schema"

/** The shop's facts the disclosure's text names as `{fact}`: they come from data, never copied into the text. */
export type DisclosureFacts = Record<"officeAddress" | "officeHours" | "phone" | "email" | "emsJapan", string>

/** The facts of the disclosure: the office in Japanese (content/shop/ja.yaml), the contact, the EMS rate to Japan in yen. */
export function disclosureFacts(japaneseWords: Pick<ShopWords, "officeAddress" | "officeHours">): DisclosureFacts {
  const emsRate = shippingRates.find((rate) => rate.id === "jp-ems")?.price
  if (!emsRate) throw new Error("the EMS rate to Japan is missing from the shipping rates")
  return {
    officeAddress: japaneseWords.officeAddress,
    officeHours: japaneseWords.officeHours,
    phone: associationContact.phone,
    email: associationContact.email,
    emsJapan: emsRate.amount.toLocaleString("ja-JP"),
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
