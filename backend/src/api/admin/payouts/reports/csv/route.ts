import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { payoutReportCsv } from "../../../../../lib/payout-report-csv"
import { payoutReportOf, reportPeriod } from "../../reports"
import { fileNamePart, sendDocument } from "../../send-document"
import type { AdminGetPayoutReportCsvParamsType } from "../../validators"

/** GET /admin/payouts/reports/csv: the report as a CSV file for spreadsheets, in Russian or Kyrgyz. */
export async function GET(
  req: AuthenticatedMedusaRequest<unknown, AdminGetPayoutReportCsvParamsType>,
  res: MedusaResponse,
) {
  const { by, lang } = req.validatedQuery
  const { from, to } = reportPeriod(req.validatedQuery)
  const report = await payoutReportOf(req.scope, { from, to, by, language: lang })
  sendDocument(res, {
    body: payoutReportCsv(report, { by, from, to, language: lang }),
    type: "text/csv; charset=utf-8",
    name: `${fileNamePart(`payout-report-${by}-${from}-${to}-${lang}`)}.csv`,
  })
}
