import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { setProductProducerGroupWorkflow } from "../../../../../workflows/producer-group/workflows/set-product-producer-group"
import { routeParam } from "../../../../input/fields"
import type { AdminSetProductProducerGroupType } from "../../../producer-groups/validators"

/** GET /admin/products/:id/producer-group: the product's group, or null; 404 for an unknown product. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse): Promise<void> {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "product",
    fields: ["id", "producer_group.id", "producer_group.name", "producer_group.handle", "producer_group.status"],
    filters: { id: routeParam(req, "id", "id") },
  })
  const product = data[0] as { producer_group?: unknown } | undefined
  if (!product) throw new MedusaError(MedusaError.Types.NOT_FOUND, `no product ${req.params.id}`)
  res.json({ producer_group: product.producer_group ?? null })
}

/** POST /admin/products/:id/producer-group: makes the given group the product's one group. */
export async function POST(
  req: AuthenticatedMedusaRequest<AdminSetProductProducerGroupType>,
  res: MedusaResponse,
): Promise<void> {
  const { result } = await setProductProducerGroupWorkflow(req.scope).run({
    input: { product_id: routeParam(req, "id", "id"), producer_group_id: req.validatedBody.producer_group_id },
  })
  res.json(result)
}
