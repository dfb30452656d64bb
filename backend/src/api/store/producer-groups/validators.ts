import { z } from "@medusajs/framework/zod"
import { ISSYK_KUL_DISTRICTS } from "../../../modules/producer-group/models/producer-group"

/** Query of GET /store/producer-groups (`locale` is read by Medusa before validation). */
export const StoreGetProducerGroupsParams = z
  .object({
    district: z.enum([...ISSYK_KUL_DISTRICTS]).optional(),
    limit: z.coerce.number().int().min(1).max(200).default(50),
    offset: z.coerce.number().int().min(0).default(0),
  })
  .strict()
export type StoreGetProducerGroupsParamsType = z.infer<typeof StoreGetProducerGroupsParams>
