import type { MedusaRequest } from "@medusajs/framework/http"
import { PAYOUT_MODULE } from "../../../modules/payout"
import type PayoutModuleService from "../../../modules/payout/service"
import type { batchWithStatements } from "../payouts/statement"
import { leaderGroupOf, leaderRefusal } from "./leader-scope"

/** The batches a group leader may read: paid ones (its group's money has moved). */
export const LEADER_BATCH_STATUSES = ["paid", "reconciled"] as const

/**
 * For a group leader, refuses (403) a batch that is not paid yet or does not exist, and answers the
 * leader's group; for staff, answers null and checks nothing.
 */
export async function leaderBatchAccess(req: MedusaRequest, batchId: string): Promise<string | null> {
  const groupId = await leaderGroupOf(req)
  if (!groupId) return null
  const payout: PayoutModuleService = req.scope.resolve(PAYOUT_MODULE)
  const [batch] = await payout.listPayoutBatches({ id: batchId }, { select: ["id", "status"] })
  if (!batch || !(LEADER_BATCH_STATUSES as readonly string[]).includes(batch.status)) throw leaderRefusal()
  return groupId
}

type BatchView = Awaited<ReturnType<typeof batchWithStatements>>

/** A batch as its group's leader sees it: its group's line and statement only, totals over them. */
export function batchForLeader(batch: BatchView, producerGroupId: string): BatchView {
  const lines = batch.lines.filter((line) => line.producer_group_id === producerGroupId)
  const statements = batch.statements.filter((statement) => statement.producer_group_id === producerGroupId)
  return {
    ...batch,
    lines,
    statements,
    totals: {
      to_pay: lines.reduce((sum, line) => sum + line.amount, 0),
      paid: statements.reduce((sum, statement) => sum + statement.paid, 0),
      net: statements.reduce((sum, statement) => sum + statement.net, 0),
    },
  }
}
