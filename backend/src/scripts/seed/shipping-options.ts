import { SHIPPING_OPTIONS as SHOP_SHIPPING_OPTIONS } from "@ovop/domain"

/**
 * Shipping options per service zone (a region's name), in the zone's currency: the shop's shared
 * list of delivery codes and prices (`@ovop/domain`), the one the storefront's delivery and
 * commerce-law pages show.
 */
export const SHIPPING_OPTIONS = SHOP_SHIPPING_OPTIONS.map((option) => ({
  zone: option.zone,
  code: option.code,
  name: option.name,
  currency: option.price.currencyCode,
  amount: option.price.amount,
}))
