import type { Locale } from "../../i18n/locales"
import { currencyForLocale } from "../catalogue/currency"

/** A region of the store as the islands need it: its id and the currency it prices in. */
export type ShopRegion = { id: string; name: string; currencyCode: string }

/** Where the browser remembers the shopper's region (a region id), across pages and visits. */
export const regionStorageKey = "ovop.region"

/** The region whose currency the pages of `locale` are built in (ja: JPY, ru/ky: KGS, en: USD). */
export function defaultRegion(regions: readonly ShopRegion[], locale: Locale): ShopRegion | undefined {
  const currency = currencyForLocale(locale)
  return regions.find((region) => region.currencyCode === currency) ?? regions[0]
}

/**
 * The region to price in: the one the shopper chose (a stored id) while the store still has it,
 * otherwise the page language's default. A region removed from the store falls back silently.
 */
export function chosenRegion(
  regions: readonly ShopRegion[],
  storedId: string | null | undefined,
  locale: Locale,
): ShopRegion | undefined {
  return regions.find((region) => region.id === storedId) ?? defaultRegion(regions, locale)
}
