import { model } from "@medusajs/framework/utils"
import { PAYOUT_PAID_METHODS } from "@ovop/domain"
import { PayoutBatch } from "./payout-batch"

/**
 * One group's line in a payout batch: its balance in som when the batch was made (a negative one
 * is shown and carried forward, never paid) and, once paid, how, with what reference and when.
 */
export const PayoutBatchLine = model
  .define("payout_batch_line", {
    id: model.id({ prefix: "pbl" }).primaryKey(),
    producer_group_id: model.text(),
    /** Credits - debits - earlier payouts, whole som, up to the batch's last day. */
    balance: model.number(),
    /** What is paid: the balance when above zero, else 0. */
    amount: model.number(),
    method: model.enum([...PAYOUT_PAID_METHODS]).nullable(),
    reference: model.text().nullable(),
    /** The day (YYYY-MM-DD) the money left. */
    paid_on: model.text().nullable(),
    paid_by: model.text().nullable(),
    batch: model.belongsTo(() => PayoutBatch, { mappedBy: "lines" }),
  })
  .indexes([{ on: ["batch_id", "producer_group_id"], unique: true }, { on: ["producer_group_id"] }])
