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

/**
 * A card's price in every currency of the store, for the card's `data-card-prices` attribute:
 * per currency the amount the listing filter compares (null when unpriced) and the label shown.
 * Labels are written at build time in the page's language, so the browser only swaps text; the
 * page's own currency has no label (the card's text is it), which keeps the page light.
 */
export type CardPrices = Record<string, [amount: number | null, label?: string]>

/** The card prices of a product with a price per currency (`prices`), labelled for `locale` but for `builtIn`. */
export function cardPrices(
  prices: Partial<Record<string, PriceSummary | null>>,
  locale: Locale,
  builtIn: string | null | undefined,
): CardPrices {
  return Object.fromEntries(
    Object.entries(prices).map(([currency, summary]): [string, CardPrices[string]] => [
      currency,
      currency === builtIn?.toLowerCase()
        ? [summary?.amount ?? null]
        : [summary?.amount ?? null, priceLabel(summary ?? null, locale)],
    ]),
  )
}
