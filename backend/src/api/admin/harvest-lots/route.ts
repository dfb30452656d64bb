import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { HARVEST_MODULE } from "../../../modules/harvest"
import type HarvestModuleService from "../../../modules/harvest/service"
import { createHarvestLotWorkflow } from "../../../workflows/harvest/workflows/create-harvest-lot"
import type { AdminCreateHarvestLotType, AdminGetHarvestLotsParamsType } from "./validators"

/** GET /admin/harvest-lots: lots, newest first, filtered by variant, group or status. */
export async function GET(
  req: AuthenticatedMedusaRequest<unknown, AdminGetHarvestLotsParamsType>,
  res: MedusaResponse,
): Promise<void> {
  const { limit, offset, ...filters } = req.validatedQuery
  const harvest: HarvestModuleService = req.scope.resolve(HARVEST_MODULE)
  const [lots, count] = await harvest.listAndCountHarvestLots(
    Object.fromEntries(Object.entries(filters).filter(([, value]) => value !== undefined)),
    { skip: offset, take: limit, order: { created_at: "DESC" } },
  )
  res.json({ harvest_lots: lots, count, limit, offset })
}

/** POST /admin/harvest-lots: plans a lot of a variant. */
export async function POST(req: AuthenticatedMedusaRequest<AdminCreateHarvestLotType>, res: MedusaResponse) {
  const { result } = await createHarvestLotWorkflow(req.scope).run({ input: req.validatedBody })
  res.status(201).json({ harvest_lot: result })
}
