import type { Money } from "./money.js"

/**
 * The ways the association delivers an order: the codes of the seed's shipping option types and
 * what each costs, in the currency of the zone it serves. The seed creates them; the storefront's
 * delivery page and checkout name them by these codes.
 */
export const SHIPPING_OPTIONS = [
  {
    code: "kg-courier",
    zone: "Kyrgyzstan",
    name: "Courier across Kyrgyzstan",
    price: { amount: 250, currencyCode: "kgs" },
  },
  {
    code: "kg-pickup",
    zone: "Kyrgyzstan",
    name: "Pickup at the Karakol warehouse",
    price: { amount: 0, currencyCode: "kgs" },
  },
  { code: "jp-ems", zone: "Japan", name: "EMS to Japan", price: { amount: 2800, currencyCode: "jpy" } },
  { code: "intl-post", zone: "International", name: "International post", price: { amount: 18, currencyCode: "usd" } },
] as const satisfies readonly { code: string; zone: string; name: string; price: Money }[]

/** A delivery option's code (a shipping option type's `code` in Medusa). */
export type ShippingCode = (typeof SHIPPING_OPTIONS)[number]["code"]

/** The service zones of the Karakol warehouse. */
export type ShippingZone = (typeof SHIPPING_OPTIONS)[number]["zone"]

/** The shipping codes, in the order the delivery page lists them. */
export const SHIPPING_CODES: readonly ShippingCode[] = SHIPPING_OPTIONS.map((option) => option.code)

/** True when `value` is one of the shop's delivery codes. */
export function isShippingCode(value: unknown): value is ShippingCode {
  return typeof value === "string" && (SHIPPING_CODES as readonly string[]).includes(value)
}

/** What a delivery option costs, or null when it is free. */
export function shippingPrice(code: ShippingCode): Money | null {
  const option = SHIPPING_OPTIONS.find((candidate) => candidate.code === code)
  return option && option.price.amount > 0 ? option.price : null
}
