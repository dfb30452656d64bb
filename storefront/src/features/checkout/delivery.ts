import type { Locale } from "../../i18n/locales"
import { type Choice, moneyOrFree, type Texts } from "./checkout"

/** The rules of the checkout's delivery step. Pure. */

/** A delivery option as `/store/shipping-options` answers it. */
export type ShippingOption = {
  id: string
  name: string
  /** The option's kind: one of the shop's shipping codes (`SHIPPING_CODES` in `@ovop/domain`). */
  type?: { code?: string | null } | null
  amount?: number | null
  calculated_price?: { calculated_amount?: number }
}

/**
 * The delivery choices, each labelled with its name and price: the name in the page language
 * when the strings know the option's kind (`checkout.shippingOption.<code>`), the store's otherwise.
 */
export function deliveryChoices(
  options: readonly ShippingOption[],
  texts: Texts,
  currencyCode: string,
  locale: Locale,
): Choice[] {
  return options.map((option) => ({
    value: option.id,
    label: `${texts[`checkout.shippingOption.${option.type?.code ?? ""}`] || option.name} — ${moneyOrFree(option.calculated_price?.calculated_amount ?? option.amount ?? 0, currencyCode, locale, texts["shipping.free"])}`,
  }))
}
