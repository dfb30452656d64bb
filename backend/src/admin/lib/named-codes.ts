import { type Locale, regionName } from "@ovop/domain"
import { providerNameKey } from "./payment-providers"

/** A prefecture or Kyrgyz region code as the shop stores it in `province` (`jp-13`, `kg-y`, `kg-gb`). */
const REGION_CODE = /(?<![\p{L}\p{N}-])(jp-\d{2}|kg-[a-z]{1,2})(?![\p{L}\p{N}-])/gu

/**
 * A text of Medusa's own order and customer screens with the shop's codes named: a payment
 * provider's id (the whole text, as Medusa's payment section prints it) by its name in the admin's
 * language, and a province code inside an address line by its name: a Japanese prefecture as Japan
 * writes it (東京都, as on the parcel), a Kyrgyz region in the admin's language. Null when nothing
 * changes. Pure: `translate` gives the admin's text for a key.
 */
export function namedCodes(text: string, locale: Locale, translate: (key: string) => string): string | null {
  const providerKey = providerNameKey(text.trim())
  if (providerKey) return translate(providerKey)
  let changed = false
  const named = text.replace(REGION_CODE, (code) => {
    const name = regionName(code, code.startsWith("jp-") ? "ja" : locale)
    if (name !== code) changed = true
    return name
  })
  return changed ? named : null
}
