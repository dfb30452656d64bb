import { model } from "@medusajs/framework/utils"
import { PAYOUT_BATCH_STATUSES } from "@ovop/domain"
import { PayoutBatchLine } from "./payout-batch-line"

/**
 * A payout run for a period: every group's unpaid balance in som at its creation, one line per
 * group. It moves draft -> approved (by a second staff member) -> paid -> reconciled through the
 * domain's transitions table (`@ovop/domain`, payout.ts); a paid batch is never edited.
 */
export const PayoutBatch = model
  .define("payout_batch", {
    id: model.id({ prefix: "pbat" }).primaryKey(),
    /** The period's first and last day (YYYY-MM-DD); entries up to the last day are gathered. */
    period_start: model.text(),
    period_end: model.text(),
    status: model.enum([...PAYOUT_BATCH_STATUSES]).default("draft"),
    created_by: model.text(),
    approved_by: model.text().nullable(),
    approved_at: model.dateTime().nullable(),
    paid_at: model.dateTime().nullable(),
    reconciled_by: model.text().nullable(),
    reconciled_at: model.dateTime().nullable(),
    lines: model.hasMany(() => PayoutBatchLine, { mappedBy: "batch" }),
  })
  .indexes([{ on: ["status"] }])
