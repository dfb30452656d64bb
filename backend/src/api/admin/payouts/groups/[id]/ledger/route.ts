import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { PAYOUT_MODULE } from "../../../../../../modules/payout"
import type PayoutModuleService from "../../../../../../modules/payout/service"
import { endOfDay } from "../../../../../../modules/payout/service"
import { PRODUCER_GROUP_MODULE } from "../../../../../../modules/producer-group"
import { routeParam } from "../../../../../input/fields"
import type { AdminGetGroupLedgerParamsType } from "../../../validators"

/**
 * GET /admin/payouts/groups/:id/ledger: a group's ledger entries (oldest first) over a period
 * (`from`, `to`: days, both included; everything when absent), its totals over that period in som
 * and its balance now; 404 for a group that does not exist.
 */
export async function GET(
  req: AuthenticatedMedusaRequest<unknown, AdminGetGroupLedgerParamsType>,
  res: MedusaResponse,
) {
  const groupId = routeParam(req, "id", "id")
  const [group] = await req.scope.resolve(PRODUCER_GROUP_MODULE).listProducerGroups({ id: groupId }, { select: ["id"] })
  if (!group) throw new MedusaError(MedusaError.Types.NOT_FOUND, `producer group ${groupId} was not found`)
  const payout: PayoutModuleService = req.scope.resolve(PAYOUT_MODULE)
  const { from, to, limit, offset } = req.validatedQuery
  const start = from ? new Date(`${from}T00:00:00.000Z`) : null
  const before = to ? endOfDay(to) : null
  const occurred: Record<string, Date> = {}
  if (start) occurred.$gte = start
  if (before) occurred.$lt = before
  const [entries, count] = await payout.listAndCountPayoutEntries(
    { producer_group_id: groupId, ...(start || before ? { occurred_at: occurred } : {}) },
    { order: { occurred_at: "ASC", created_at: "ASC" }, take: limit, skip: offset },
  )
  const [totals] = await payout.periodTotals({ from: start, before, producer_group_id: groupId })
  const balance = (await payout.balances(null)).find((row) => row.producer_group_id === groupId)
  res.json({
    producer_group_id: groupId,
    entries,
    count,
    limit,
    offset,
    totals: totals ?? { lines_sold: 0, gross: 0, commission: 0, fees: 0, net: 0, credits: 0, debits: 0 },
    balance: balance?.balance ?? 0,
  })
}
