import { STORE_PRODUCER_GROUP_FIELDS } from "@ovop/domain"

/**
 * The fields a store response may carry about a producer group (the shop's shared list in
 * `@ovop/domain`). Staff-only fields (leader, phone, payout details, commission) are not there,
 * so no store route can ever return them.
 */
export const storeProducerGroupFields = STORE_PRODUCER_GROUP_FIELDS

/** The product fields a group's store response lists. */
export const storeProducerGroupProductFields = ["id", "handle", "title", "subtitle", "thumbnail"] as const

/** The producer-group fields `/store/products?fields=...` may ask for. */
export const storeProductProducerGroupFields = storeProducerGroupFields.map((field) => `producer_group.${field}`)
