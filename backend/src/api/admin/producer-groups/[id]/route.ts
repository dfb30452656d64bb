import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { updateProducerGroupWorkflow } from "../../../../workflows/producer-group/workflows/update-producer-group"
import { routeParam } from "../../../input/fields"
import { retrieveAdminProducerGroup } from "../helpers"
import type { AdminUpdateProducerGroupType } from "../validators"

/** GET /admin/producer-groups/:id: one group with staff fields, translations and products. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse): Promise<void> {
  res.json({ producer_group: await retrieveAdminProducerGroup(req.scope, routeParam(req, "id", "id")) })
}

/** POST /admin/producer-groups/:id: updates any subset of the fields and translations. */
export async function POST(
  req: AuthenticatedMedusaRequest<AdminUpdateProducerGroupType>,
  res: MedusaResponse,
): Promise<void> {
  const id = routeParam(req, "id", "id")
  await updateProducerGroupWorkflow(req.scope).run({ input: { id, data: req.validatedBody } })
  res.json({ producer_group: await retrieveAdminProducerGroup(req.scope, id) })
}
