import { SHIPPING_CODES, type ShippingCode, shippingPrice } from "@ovop/domain"
import type { Money } from "../catalogue/price"

/** The information pages built in every language (their texts: src/content/info/<locale>/<page>.yaml). */
export const infoPageIds = ["about", "shipping", "privacy", "terms"] as const
/** An information page built in every language. */
export type InfoPageId = (typeof infoPageIds)[number]

/** A way the association delivers an order: the seed's shipping option codes (`@ovop/domain`). */
export type ShippingRateId = ShippingCode

/**
 * What each delivery option costs, in the currency it is charged in; null when it is free. The
 * codes and prices are the shop's shared list, the one the seed creates the shipping options from.
 */
export const shippingRates: readonly { id: ShippingRateId; price: Money | null }[] = SHIPPING_CODES.map((code) => ({
  id: code,
  price: shippingPrice(code),
}))

/** The association's shop office in Karakol, the one contact for orders, returns and questions. */
export const associationContact = {
  email: "shop@ovop-issykkul.kg",
  phone: "+996 3922 5-12-34",
  phoneHref: "tel:+996392251234",
} as const
