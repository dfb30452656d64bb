import type { StoreProducerGroup } from "@ovop/domain"

export type { StoreProducerGroup } from "@ovop/domain"

import type { BrandCertificate } from "./certificate"

/** A village producer group as the storefront shows it, in one language. */
export type ProducerGroup = {
  id: string
  handle: string
  name: string
  village: string
  district: string
  foundedYear: number | null
  memberCount: number
  womenMemberCount: number
  craft: string
  story: string
  photoUrl: string | null
  certificate: BrandCertificate | null
  /** Whether the group's products carry the Issyk-Kul brand badge (decided by the backend). */
  brandCertified: boolean
  /** Handles of the group's products on sale, in the backend's order. */
  productHandles: string[]
}

/** The storefront's view of a group from the store API's answer. */
export function toProducerGroup(group: StoreProducerGroup): ProducerGroup {
  const { certificate_number, certificate_valid_from, certificate_valid_to } = group
  return {
    id: group.id,
    handle: group.handle,
    name: group.name,
    village: group.village,
    district: group.district,
    foundedYear: group.founded_year,
    memberCount: group.member_count,
    womenMemberCount: group.women_member_count,
    craft: group.craft,
    story: group.story,
    photoUrl: group.photo_url,
    certificate:
      certificate_number && certificate_valid_from && certificate_valid_to
        ? {
            number: certificate_number,
            issuer: group.certificate_issuer,
            validFrom: certificate_valid_from,
            validTo: certificate_valid_to,
          }
        : null,
    brandCertified: group.brand_certified,
    productHandles: group.products.map((product) => product.handle).filter((handle): handle is string => !!handle),
  }
}

/**
 * The groups the home page features: those with products on sale, the ones carrying the
 * Issyk-Kul brand first, then the longest-standing.
 */
export function featuredGroups(groups: readonly ProducerGroup[], count: number): ProducerGroup[] {
  return groups
    .filter((group) => group.productHandles.length > 0)
    .sort(
      (a, b) =>
        Number(b.brandCertified) - Number(a.brandCertified) ||
        (a.foundedYear ?? Number.POSITIVE_INFINITY) - (b.foundedYear ?? Number.POSITIVE_INFINITY) ||
        a.handle.localeCompare(b.handle),
    )
    .slice(0, count)
}

/**
 * The name of the group that makes a product, in the page's language: from the group list
 * (translated, Kyrgyz falling back to Russian), else as the product carries it (a paused group
 * is not in the list). `group` is set only when the group has a page to link to.
 */
export function makerOf(
  groups: readonly ProducerGroup[],
  product: { producerGroup: { handle: string; name: string } | null },
): { name: string; group: ProducerGroup | undefined } | undefined {
  const maker = product.producerGroup
  if (!maker) return undefined
  const group = groups.find((candidate) => candidate.handle === maker.handle)
  return { name: group?.name ?? maker.name, group }
}
