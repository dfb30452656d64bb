import type { Money } from "../catalogue/price"

/** The information pages built in every language (their texts: src/content/info/<locale>/<page>.yaml). */
export const infoPageIds = ["about", "shipping", "privacy", "terms"] as const
/** An information page built in every language. */
export type InfoPageId = (typeof infoPageIds)[number]

/** A way the association delivers an order. */
export type ShippingRateId = "courier-kg" | "pickup-karakol" | "ems-japan" | "post-international"

/** What each delivery option costs, in the currency it is charged in; null when it is free. */
export const shippingRates: readonly { id: ShippingRateId; price: Money | null }[] = [
  { id: "courier-kg", price: { amount: 250, currencyCode: "kgs" } },
  { id: "pickup-karakol", price: null },
  { id: "ems-japan", price: { amount: 2800, currencyCode: "jpy" } },
  { id: "post-international", price: { amount: 18, currencyCode: "usd" } },
]

/** The association's shop office in Karakol, the one contact for orders, returns and questions. */
export const associationContact = {
  email: "shop@ovop-issykkul.kg",
  phone: "+996 3922 5-12-34",
  phoneHref: "tel:+996392251234",
} as const
