import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { updateProducerGroupWorkflow } from "../../../../../workflows/producer-group/workflows/update-producer-group"
import { routeParam } from "../../../../input/fields"
import { retrieveAdminProducerGroup } from "../../helpers"

/** POST /admin/producer-groups/:id/pause: Pauses a group: it leaves the store until it is resumed. */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse): Promise<void> {
  const id = routeParam(req, "id", "id")
  await updateProducerGroupWorkflow(req.scope).run({ input: { id, data: { status: "paused" } } })
  res.json({ producer_group: await retrieveAdminProducerGroup(req.scope, id) })
}
