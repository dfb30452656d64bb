/**
 * The fields a store response may carry about a producer group. Staff-only fields (leader,
 * phone, payout details, commission) are not here, so no store route can ever return them.
 */
export const storeProducerGroupFields = [
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

/** The product fields a group's store response lists. */
export const storeProducerGroupProductFields = ["id", "handle", "title", "subtitle", "thumbnail"] as const

/** The producer-group fields `/store/products?fields=...` may ask for. */
export const storeProductProducerGroupFields = storeProducerGroupFields.map((field) => `producer_group.${field}`)
