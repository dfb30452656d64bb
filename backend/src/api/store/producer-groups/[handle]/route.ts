import type { MedusaResponse, MedusaStoreRequest } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { routeParam } from "../../../input/fields"
import { listStoreProducerGroups } from "../helpers"

/** GET /store/producer-groups/:handle: one active group, in the requested locale, with its products. */
export async function GET(req: MedusaStoreRequest, res: MedusaResponse): Promise<void> {
  const handle = routeParam(req, "handle", "handle")
  const { groups } = await listStoreProducerGroups(req, { handle }, { skip: 0, take: 1 })
  const group = groups[0]
  if (!group) throw new MedusaError(MedusaError.Types.NOT_FOUND, `no producer group with the handle '${handle}'`)
  res.json({ producer_group: group })
}
