import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { PAYOUT_MODULE } from "../../../../modules/payout"
import type PayoutModuleService from "../../../../modules/payout/service"
import { leaderGroupOf } from "../../group-leaders/leader-scope"
import { groupNames } from "../statement"

/**
 * GET /admin/payouts/balances: each group's balance in som now (credits - debits - payouts made);
 * a group leader gets its own group's only.
 */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const payout: PayoutModuleService = req.scope.resolve(PAYOUT_MODULE)
  const leaderGroup = await leaderGroupOf(req)
  const balances = (await payout.balances(null)).filter((row) => !leaderGroup || row.producer_group_id === leaderGroup)
  const names = await groupNames(
    req.scope,
    balances.map((row) => row.producer_group_id),
  )
  res.json({
    currency_code: "kgs",
    balances: balances.map((row) => ({ ...row, group_name: names.get(row.producer_group_id) ?? null })),
  })
}
