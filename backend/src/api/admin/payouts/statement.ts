import type { MedusaContainer } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
import { PAYOUT_MODULE } from "../../../modules/payout"
import type PayoutModuleService from "../../../modules/payout/service"
import type { GroupPeriodTotals } from "../../../modules/payout/service"
import { endOfDay } from "../../../modules/payout/service"
import { PRODUCER_GROUP_MODULE } from "../../../modules/producer-group"

type GroupNames = Map<string, string>

/** The names of producer groups by id (staff see which group a line is). */
export async function groupNames(container: MedusaContainer, ids: string[]): Promise<GroupNames> {
  if (!ids.length) return new Map()
  const groups = await container
    .resolve(PRODUCER_GROUP_MODULE)
    .listProducerGroups({ id: ids }, { select: ["id", "name"], take: null })
  return new Map(groups.map((group: { id: string; name: string }) => [group.id, group.name]))
}

/**
 * A payout batch as the admin shows it: its lines, and per group a statement of the period (lines
 * sold, gross, commission, fees, net of credits less debits, in som), what was brought forward
 * from before (the balance less the period's net) and what was paid. The seam for the statement
 * PDFs and CSVs and the bank export (issue 16, not built yet): they read this same shape.
 */
export async function batchWithStatements(container: MedusaContainer, id: string) {
  const payout: PayoutModuleService = container.resolve(PAYOUT_MODULE)
  const [batch] = await payout.listPayoutBatches({ id }, { relations: ["lines"] })
  if (!batch) throw new MedusaError(MedusaError.Types.NOT_FOUND, `payout batch ${id} was not found`)
  const totals = await payout.periodTotals({
    from: new Date(`${batch.period_start}T00:00:00.000Z`),
    before: endOfDay(batch.period_end),
  })
  const totalsOf = new Map(totals.map((row) => [row.producer_group_id, row]))
  const lines = [...(batch.lines ?? [])].sort((a, b) => a.producer_group_id.localeCompare(b.producer_group_id))
  const names = await groupNames(
    container,
    lines.map((line) => line.producer_group_id),
  )
  const empty = (groupId: string): GroupPeriodTotals => ({
    producer_group_id: groupId,
    lines_sold: 0,
    gross: 0,
    commission: 0,
    fees: 0,
    net: 0,
    credits: 0,
    debits: 0,
  })
  const statements = lines.map((line) => {
    const period = totalsOf.get(line.producer_group_id) ?? empty(line.producer_group_id)
    return {
      ...period,
      group_name: names.get(line.producer_group_id) ?? null,
      currency_code: "kgs",
      brought_forward: line.balance - period.net,
      balance: line.balance,
      to_pay: line.amount,
      carried_forward: Math.min(line.balance, 0),
      paid: line.paid_on ? line.amount : 0,
      method: line.method,
      reference: line.reference,
      paid_on: line.paid_on,
    }
  })
  const { lines: _lines, ...rest } = batch
  return {
    ...rest,
    lines: lines.map(({ batch: _batch, ...line }) => line),
    statements,
    totals: {
      to_pay: lines.reduce((sum, line) => sum + line.amount, 0),
      paid: statements.reduce((sum, statement) => sum + statement.paid, 0),
      net: statements.reduce((sum, statement) => sum + statement.net, 0),
    },
  }
}
