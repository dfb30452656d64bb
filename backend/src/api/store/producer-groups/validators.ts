import { z } from "@medusajs/framework/zod"
import { ISSYK_KUL_DISTRICTS } from "../../../modules/producer-group/models/producer-group"
import { listLimit, listOffset } from "../../input/fields"

/** Query of GET /store/producer-groups (`locale` is read by Medusa before validation). */
export const StoreGetProducerGroupsParams = z
  .object({
    district: z
      .enum([...ISSYK_KUL_DISTRICTS], { error: `district must be one of ${ISSYK_KUL_DISTRICTS.join(", ")}` })
      .optional(),
    // 200: the storefront build reads every group in one page.
    limit: listLimit(200, 50),
    offset: listOffset(),
  })
  .strict()
export type StoreGetProducerGroupsParamsType = z.infer<typeof StoreGetProducerGroupsParams>
