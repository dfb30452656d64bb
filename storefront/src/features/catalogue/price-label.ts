import { formatMoney } from "@ovop/domain"
import type { Locale } from "../../i18n/locales"
import { t } from "../../i18n/strings"
import type { PriceSummary } from "./price"

/** A product card's price: "from $6.50" when the sizes cost differently, the price alone otherwise. */
export function priceLabel(summary: PriceSummary | null, locale: Locale): string {
  if (!summary) return t(locale, "product.priceUnavailable")
  const price = formatMoney(summary.amount, summary.currencyCode, locale)
  return summary.from ? t(locale, "price.from", { price }) : price
}
