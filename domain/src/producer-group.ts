/**
 * A village producer group's public shape, written once: the backend's model takes its enums from
 * here, the store API answers with these fields only, and the storefront and the seed read the
 * same names.
 */

/** The districts and towns of the Issyk-Kul region a producer group can belong to. */
export const ISSYK_KUL_DISTRICTS = ["ak-suu", "jeti-oguz", "ton", "tyup", "issyk-kul", "karakol", "balykchy"] as const
export type IssykKulDistrict = (typeof ISSYK_KUL_DISTRICTS)[number]

/** Whether a group sells now (`active`) or has stopped for a while (`paused`). */
export const PRODUCER_GROUP_STATUSES = ["active", "paused"] as const
export type ProducerGroupStatus = (typeof PRODUCER_GROUP_STATUSES)[number]

/** How the association pays a group its share: bank transfer, mobile wallet, or cash against a signed receipt. */
export const PAYOUT_METHODS = ["bank", "mobile_wallet", "cash"] as const
export type PayoutMethod = (typeof PAYOUT_METHODS)[number]

/** The group fields translated through the Translation module (English lives on the record). */
export const PRODUCER_GROUP_TRANSLATED_FIELDS = ["name", "village", "craft", "story"] as const
export type ProducerGroupTranslatedField = (typeof PRODUCER_GROUP_TRANSLATED_FIELDS)[number]

/**
 * The fields a store response may carry about a producer group. Staff-only fields (leader,
 * phone, payout details, commission) are not here, so no store route can return them.
 */
export const STORE_PRODUCER_GROUP_FIELDS = [
  "id",
  "handle",
  "name",
  "village",
  "district",
  "founded_year",
  "member_count",
  "women_member_count",
  "craft",
  "story",
  "photo_url",
  "certificate_number",
  "certificate_issuer",
  "certificate_valid_from",
  "certificate_valid_to",
  "status",
] as const

/** A group's public fields (`STORE_PRODUCER_GROUP_FIELDS`) as the APIs answer them (dates as ISO strings). */
export type ProducerGroupPublicFields = {
  id: string
  handle: string
  name: string
  village: string
  district: IssykKulDistrict
  founded_year: number | null
  member_count: number
  women_member_count: number
  craft: string
  story: string
  photo_url: string | null
  certificate_number: string | null
  certificate_issuer: string | null
  certificate_valid_from: string | null
  certificate_valid_to: string | null
  status: ProducerGroupStatus
}

/** A group as the store API answers it (`GET /store/producer-groups`), in the request's language. */
export type StoreProducerGroup = ProducerGroupPublicFields & {
  /** Whether the group's products carry the Issyk-Kul brand badge today (decided by the backend). */
  brand_certified: boolean
  /** The group's products on sale (the fields the store route lists). */
  products: {
    id?: string
    handle: string | null
    title?: string
    subtitle?: string | null
    thumbnail?: string | null
  }[]
}
