import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { payoutReportOf, reportPeriod } from "../reports"
import type { AdminGetPayoutReportParamsType } from "../validators"

/**
 * GET /admin/payouts/reports: sales, payouts, the women members' share and growth over last year
 * for a period, grouped by group, village, category, season or month, from the payout ledger.
 */
export async function GET(
  req: AuthenticatedMedusaRequest<unknown, AdminGetPayoutReportParamsType>,
  res: MedusaResponse,
) {
  const { by, lang } = req.validatedQuery
  const { from, to } = reportPeriod(req.validatedQuery)
  const report = await payoutReportOf(req.scope, { from, to, by, language: lang })
  res.json({ from, to, by, currency_code: "kgs", ...report })
}
