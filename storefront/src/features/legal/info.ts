import type { Money } from "../catalogue/price"

/** The information pages built in every language. */
export type InfoPageId = "about" | "shipping" | "privacy" | "terms"

/** A section of an information page; its `id` is the same in every language, so pages can place extras beside it. */
export type InfoSection = { id: string; heading: string; paragraphs: string[] }

/** An information page's text in one language. */
export type InfoPage = { title: string; description: string; sections: InfoSection[] }

/** A way the association delivers an order. */
export type ShippingRateId = "courier-kg" | "pickup-karakol" | "ems-japan" | "post-international"

/** The information pages' texts in one language, with the words for the delivery options and the office. */
export type InfoContent = {
  pages: Record<InfoPageId, InfoPage>
  shippingRates: Record<ShippingRateId, { method: string; destination: string }>
  officeAddress: string
  officeHours: string
}

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
