import { type MiddlewareRoute, validateAndTransformBody, validateAndTransformQuery } from "@medusajs/framework/http"
import {
  AdminBookOrderPayouts,
  AdminCreateExchangeRate,
  AdminCreatePayoutBatch,
  AdminGetBankFileParams,
  AdminGetBatchStatementParams,
  AdminGetCashReceiptsParams,
  AdminGetExchangeRatesParams,
  AdminGetGroupLedgerParams,
  AdminGetGroupStatementParams,
  AdminGetPayoutBatchesParams,
  AdminGetPayoutReportCsvParams,
  AdminGetPayoutReportParams,
  AdminMovePayoutBatch,
  AdminPayPayoutGroup,
  AdminUpdatePayoutSettings,
} from "./validators"

const list = { isList: true, defaults: [] }

/** The admin's payout routes (Medusa authenticates /admin/* as staff). */
export const adminPayoutMiddlewares: MiddlewareRoute[] = [
  {
    matcher: "/admin/payouts/settings",
    method: ["POST"],
    middlewares: [validateAndTransformBody(AdminUpdatePayoutSettings)],
  },
  {
    matcher: "/admin/payouts/exchange-rates",
    method: ["GET"],
    middlewares: [validateAndTransformQuery(AdminGetExchangeRatesParams, list)],
  },
  {
    matcher: "/admin/payouts/exchange-rates",
    method: ["POST"],
    middlewares: [validateAndTransformBody(AdminCreateExchangeRate)],
  },
  {
    matcher: "/admin/payouts/groups/:id/ledger",
    method: ["GET"],
    middlewares: [validateAndTransformQuery(AdminGetGroupLedgerParams, list)],
  },
  {
    matcher: "/admin/payouts/orders/:id/book",
    method: ["POST"],
    middlewares: [validateAndTransformBody(AdminBookOrderPayouts)],
  },
  {
    matcher: "/admin/payouts/batches",
    method: ["GET"],
    middlewares: [validateAndTransformQuery(AdminGetPayoutBatchesParams, list)],
  },
  {
    matcher: "/admin/payouts/batches",
    method: ["POST"],
    middlewares: [validateAndTransformBody(AdminCreatePayoutBatch)],
  },
  ...["approve", "mark-paid", "reconcile"].map((move) => ({
    matcher: `/admin/payouts/batches/:id/${move}`,
    method: ["POST" as const],
    middlewares: [validateAndTransformBody(AdminMovePayoutBatch)],
  })),
  {
    matcher: "/admin/payouts/batches/:id/groups/:group_id/pay",
    method: ["POST"],
    middlewares: [validateAndTransformBody(AdminPayPayoutGroup)],
  },
  {
    matcher: "/admin/payouts/batches/:id/groups/:group_id/statement",
    method: ["GET"],
    middlewares: [validateAndTransformQuery(AdminGetBatchStatementParams, {})],
  },
  {
    matcher: "/admin/payouts/groups/:id/statement",
    method: ["GET"],
    middlewares: [validateAndTransformQuery(AdminGetGroupStatementParams, {})],
  },
  {
    matcher: "/admin/payouts/batches/:id/bank-file",
    method: ["GET"],
    middlewares: [validateAndTransformQuery(AdminGetBankFileParams, {})],
  },
  {
    matcher: "/admin/payouts/batches/:id/cash-receipts",
    method: ["GET"],
    middlewares: [validateAndTransformQuery(AdminGetCashReceiptsParams, {})],
  },
  {
    matcher: "/admin/payouts/reports",
    method: ["GET"],
    middlewares: [validateAndTransformQuery(AdminGetPayoutReportParams, {})],
  },
  {
    matcher: "/admin/payouts/reports/csv",
    method: ["GET"],
    middlewares: [validateAndTransformQuery(AdminGetPayoutReportCsvParams, {})],
  },
]
