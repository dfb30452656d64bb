import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { defaultCommissionRate } from "../../../lib/commission-default"
import { PRODUCER_GROUP_MODULE } from "../../../modules/producer-group"
import { certificateState } from "../../../modules/producer-group/certificate"
import type ProducerGroupModuleService from "../../../modules/producer-group/service"
import { createProducerGroupWorkflow } from "../../../workflows/producer-group/workflows/create-producer-group"
import { retrieveAdminProducerGroup } from "./helpers"
import type { AdminCreateProducerGroupType, AdminGetProducerGroupsParamsType } from "./validators"

/** GET /admin/producer-groups: every group with staff fields, searchable by name. */
export async function GET(
  req: AuthenticatedMedusaRequest<unknown, AdminGetProducerGroupsParamsType>,
  res: MedusaResponse,
): Promise<void> {
  const { q, status, district, limit, offset } = req.validatedQuery
  const service: ProducerGroupModuleService = req.scope.resolve(PRODUCER_GROUP_MODULE)
  const filters: Record<string, unknown> = {}
  if (q) filters.q = q
  if (status) filters.status = status
  if (district) filters.district = district
  const [groups, count] = await service.listAndCountProducerGroups(filters, {
    skip: offset,
    take: limit,
    order: { name: "ASC" },
  })
  const now = new Date()
  res.json({
    producer_groups: groups.map((group) => ({ ...group, certificate_state: certificateState(group, now) })),
    count,
    limit,
    offset,
  })
}

/** POST /admin/producer-groups: creates a group with its translations (commission: the store's default unless given). */
export async function POST(
  req: AuthenticatedMedusaRequest<AdminCreateProducerGroupType>,
  res: MedusaResponse,
): Promise<void> {
  // Without a rate of its own, a new group is charged the store settings' default commission.
  const commission_rate = req.validatedBody.commission_rate ?? (await defaultCommissionRate(req.scope))
  const { result } = await createProducerGroupWorkflow(req.scope).run({
    input: { ...req.validatedBody, commission_rate },
  })
  res.status(201).json({ producer_group: await retrieveAdminProducerGroup(req.scope, result.id) })
}
