import { z } from "@medusajs/framework/zod"
import { PAYOUT_PAID_METHODS } from "@ovop/domain"
import { REPORT_LANGUAGES } from "../../../lib/payout-report-csv"
import { calendarDay, listLimit, listOffset } from "../../input/fields"
import { requiredText } from "../../store/wholesale/validators"

/** Query of GET /admin/payouts/exchange-rates. */
export const AdminGetExchangeRatesParams = z
  .object({
    currency_code: z
      .string({ error: "currency_code must be an ISO 4217 code (usd, jpy)" })
      .regex(/^[a-zA-Z]{3}$/, { error: "currency_code must be an ISO 4217 code (usd, jpy)" })
      .transform((code) => code.toLowerCase())
      .optional(),
    limit: listLimit(500, 100),
    offset: listOffset(),
  })
  .strict()
export type AdminGetExchangeRatesParamsType = z.infer<typeof AdminGetExchangeRatesParams>

/** Body of POST /admin/payouts/exchange-rates: a rate to som from a day on. */
export const AdminCreateExchangeRate = z
  .object({
    currency_code: z
      .string({ error: "currency_code is required: an ISO 4217 code other than kgs (usd, jpy)" })
      .regex(/^[a-zA-Z]{3}$/, { error: "currency_code must be an ISO 4217 code (usd, jpy)" })
      .transform((code) => code.toLowerCase())
      .refine((code) => code !== "kgs", { error: "currency_code: the som is worth 1 som, it needs no rate" }),
    rate_to_kgs: z
      .number({ error: "rate_to_kgs is required: how many som one unit is worth (a number above 0)" })
      .positive({ error: "rate_to_kgs must be above 0" })
      .max(1_000_000, { error: "rate_to_kgs must be at most 1000000" }),
    effective_on: calendarDay("effective_on"),
    note: z.string().trim().max(500, { error: "note must be at most 500 characters" }).optional(),
  })
  .strict()
export type AdminCreateExchangeRateType = z.infer<typeof AdminCreateExchangeRate>

/** Query of GET /admin/payouts/groups/:id/ledger: a period (days, both included) and paging. */
export const AdminGetGroupLedgerParams = z
  .object({
    from: calendarDay("from").optional(),
    to: calendarDay("to").optional(),
    limit: listLimit(1000, 200),
    offset: listOffset(),
  })
  .strict()
export type AdminGetGroupLedgerParamsType = z.infer<typeof AdminGetGroupLedgerParams>

/** Query of GET /admin/payouts/batches. */
export const AdminGetPayoutBatchesParams = z.object({ limit: listLimit(200, 50), offset: listOffset() }).strict()
export type AdminGetPayoutBatchesParamsType = z.infer<typeof AdminGetPayoutBatchesParams>

/** Body of POST /admin/payouts/batches: the period, first and last day. */
export const AdminCreatePayoutBatch = z
  .object({ period_start: calendarDay("period_start"), period_end: calendarDay("period_end") })
  .strict()
  .refine((body) => body.period_start <= body.period_end, {
    error: "period_end must be on or after period_start",
    path: ["period_end"],
  })
export type AdminCreatePayoutBatchType = z.infer<typeof AdminCreatePayoutBatch>

/** Body of the batch moves (approve, mark-paid, reconcile): nothing to say. */
export const AdminMovePayoutBatch = z.object({}).strict()

/** Body of POST /admin/payouts/batches/:id/groups/:group_id/pay: how the group was paid. */
export const AdminPayPayoutGroup = z
  .object({
    method: z.enum([...PAYOUT_PAID_METHODS], { error: `method must be one of ${PAYOUT_PAID_METHODS.join(", ")}` }),
    reference: requiredText("reference", 200),
    paid_on: calendarDay("paid_on"),
  })
  .strict()
export type AdminPayPayoutGroupType = z.infer<typeof AdminPayPayoutGroup>

const documentLanguage = z.enum(["ky", "ru"], { error: "lang must be ky (Kyrgyz) or ru (Russian)" }).default("ru")
const documentFormat = z.enum(["pdf", "csv"], { error: "format must be pdf or csv" }).default("pdf")

/** Query of GET /admin/payouts/batches/:id/groups/:group_id/statement: the file's format and language. */
export const AdminGetBatchStatementParams = z.object({ format: documentFormat, lang: documentLanguage }).strict()
export type AdminGetBatchStatementParamsType = z.infer<typeof AdminGetBatchStatementParams>

/** Query of GET /admin/payouts/groups/:id/statement: the period (days, both included), format and language. */
export const AdminGetGroupStatementParams = z
  .object({
    from: calendarDay("from"),
    to: calendarDay("to"),
    format: documentFormat,
    lang: documentLanguage,
  })
  .strict()
  .refine((query) => query.from <= query.to, { error: "to must be on or after from", path: ["to"] })
export type AdminGetGroupStatementParamsType = z.infer<typeof AdminGetGroupStatementParams>

/** Query of GET /admin/payouts/batches/:id/cash-receipts: the sheet's language. */
export const AdminGetCashReceiptsParams = z.object({ lang: documentLanguage }).strict()
export type AdminGetCashReceiptsParamsType = z.infer<typeof AdminGetCashReceiptsParams>

/** Query of GET /admin/payouts/batches/:id/bank-file: nothing to ask. */
export const AdminGetBankFileParams = z.object({}).strict()

/** Body of POST /admin/payouts/orders/:id/book: nothing to say. */
export const AdminBookOrderPayouts = z.object({}).strict()

const reportGrouping = z
  .enum(["group", "village", "category", "season", "month"], {
    error: "by must be one of group, village, category, season, month",
  })
  .default("group")

/** The longest period a report covers: ten years. */
export const REPORT_MAX_DAYS = 3660

type ReportPeriodQuery = { from?: string; to?: string }
const periodInOrder = (query: ReportPeriodQuery) => !query.from || !query.to || query.from <= query.to
const periodWithinLimit = (query: ReportPeriodQuery) =>
  !query.from || !query.to || (Date.parse(query.to) - Date.parse(query.from)) / 86_400_000 < REPORT_MAX_DAYS
const periodInOrderError = { error: "to must be on or after from", path: ["to"] }
const periodWithinLimitError = { error: "to must be at most ten years after from", path: ["to"] }

/** Query of GET /admin/payouts/reports: the period (default this year to today), the grouping, the names' language. */
export const AdminGetPayoutReportParams = z
  .object({
    from: calendarDay("from").optional(),
    to: calendarDay("to").optional(),
    by: reportGrouping,
    lang: z.enum(REPORT_LANGUAGES, { error: "lang must be en, ru or ky" }).default("en"),
  })
  .strict()
  .refine(periodInOrder, periodInOrderError)
  .refine(periodWithinLimit, periodWithinLimitError)
export type AdminGetPayoutReportParamsType = z.infer<typeof AdminGetPayoutReportParams>

/** Query of GET /admin/payouts/reports/csv: as the report, the file in Russian or Kyrgyz. */
export const AdminGetPayoutReportCsvParams = z
  .object({
    from: calendarDay("from").optional(),
    to: calendarDay("to").optional(),
    by: reportGrouping,
    lang: documentLanguage,
  })
  .strict()
  .refine(periodInOrder, periodInOrderError)
  .refine(periodWithinLimit, periodWithinLimitError)
export type AdminGetPayoutReportCsvParamsType = z.infer<typeof AdminGetPayoutReportCsvParams>

/** Body of POST /admin/payouts/settings. */
export const AdminUpdatePayoutSettings = z
  .object({
    default_commission_rate: z
      .number({ error: "default_commission_rate must be a number between 0 and 0.5 (0.15 is 15 %)" })
      .min(0, { error: "default_commission_rate must be between 0 and 0.5 (0.15 is 15 %)" })
      .max(0.5, { error: "default_commission_rate must be between 0 and 0.5 (0.15 is 15 %)" }),
  })
  .strict()
export type AdminUpdatePayoutSettingsType = z.infer<typeof AdminUpdatePayoutSettings>
