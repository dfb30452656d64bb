import { z } from "@medusajs/framework/zod"
import { PRICE_CURRENCIES } from "../../../modules/product-search/providers/meilisearch-settings"
import { SEARCH_SORTS } from "../../../modules/product-search/providers/types"
import { handle, listLimit, listOffset, text } from "../../input/fields"

/** The longest query accepted (characters). */
export const MAX_QUERY_LENGTH = 200

/** The largest page of results. */
export const MAX_SEARCH_LIMIT = 50

const price = (field: string) => {
  const message = `${field} must be a number, 0 or more, in the currency's units (som, yen, dollars)`
  return z.coerce.number({ error: message }).min(0, { error: message }).max(1e9, { error: message }).optional()
}

/**
 * Query of GET /store/search (`locale` is read by Medusa and our locale middleware before
 * validation: an unknown one is answered 400 there). Unknown parameters are refused, so a
 * misspelt filter never silently widens the results.
 */
export const StoreSearchParams = z
  .object({
    q: text("q", MAX_QUERY_LENGTH).default(""),
    category: handle("category").optional(),
    group: handle("group").optional(),
    in_season: z
      .enum(["true", "false"], { error: "in_season must be true or false" })
      .transform((value) => value === "true")
      .optional(),
    price_min: price("price_min"),
    price_max: price("price_max"),
    currency: z
      .enum([...PRICE_CURRENCIES], { error: `currency must be one of ${PRICE_CURRENCIES.join(", ")}` })
      .optional(),
    sort: z.enum([...SEARCH_SORTS], { error: `sort must be one of ${SEARCH_SORTS.join(", ")}` }).default("relevance"),
    limit: listLimit(MAX_SEARCH_LIMIT, 12),
    offset: listOffset(),
  })
  .strict()
  .refine(
    (query) => query.price_min === undefined || query.price_max === undefined || query.price_min <= query.price_max,
    {
      error: "price_min must not be more than price_max",
      path: ["price_min"],
    },
  )
export type StoreSearchParamsType = z.infer<typeof StoreSearchParams>
