import {
  type AppliedRestriction,
  blockingRestriction,
  type LocalisedText,
  RESTRICTIONS_METADATA_KEY,
} from "@ovop/domain"

/** A region of the store with the countries it ships to (ISO alpha-2, lower case). */
export type RegionCountries = { id: string; countries: readonly string[] }

/** A region a product may not be sent to: the country named and why. */
export type RegionRestriction = { regionId: string; country: string; reason: LocalisedText }

/**
 * The regions a product may not be bought in, with why: those where none of the region's countries
 * may receive it (`@ovop/domain` blockingRestriction, the rule the server applies to a cart without
 * an address). A region with one country (Japan) is restricted as soon as that country is.
 */
export function regionRestrictions(
  restrictions: readonly AppliedRestriction[],
  regions: readonly RegionCountries[],
): RegionRestriction[] {
  if (!restrictions.length) return []
  const product = { metadata: { [RESTRICTIONS_METADATA_KEY]: restrictions } }
  return regions.flatMap((region) => {
    const restriction = blockingRestriction(product, region.countries)
    return restriction ? [{ regionId: region.id, country: restriction.country_code, reason: restriction.reason }] : []
  })
}
