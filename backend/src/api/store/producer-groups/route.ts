import type { MedusaResponse, MedusaStoreRequest } from "@medusajs/framework/http"
import { listStoreProducerGroups } from "./helpers"
import type { StoreGetProducerGroupsParamsType } from "./validators"

/** GET /store/producer-groups: the active groups, in the requested locale, with their products. */
export async function GET(
  req: MedusaStoreRequest<unknown, StoreGetProducerGroupsParamsType>,
  res: MedusaResponse,
): Promise<void> {
  const { district, limit, offset } = req.validatedQuery
  const { groups, count } = await listStoreProducerGroups(req, district ? { district } : {}, {
    skip: offset,
    take: limit,
  })
  res.json({ producer_groups: groups, count, limit, offset })
}
