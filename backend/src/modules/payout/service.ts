import type { SqlEntityManager } from "@medusajs/framework/mikro-orm/knex"
import type { Context, InferTypeOf } from "@medusajs/framework/types"
import { InjectTransactionManager, MedusaContext, MedusaError, MedusaService } from "@medusajs/framework/utils"
import {
  checkBatchTransition,
  type ExchangeRate as DomainRate,
  groupBalance,
  isBatchEditable,
  type PayoutBatchStatus,
  type PayoutPaidMethod,
} from "@ovop/domain"
import type { LedgerLineFact } from "../../lib/payout-report"
import { ExchangeRate } from "./models/exchange-rate"
import { PayoutBatch } from "./models/payout-batch"
import { PayoutBatchLine } from "./models/payout-batch-line"
import { PayoutEntry } from "./models/payout-entry"
import { refusePayout } from "./refusal"

export type PayoutEntryRecord = InferTypeOf<typeof PayoutEntry>
export type PayoutBatchRecord = InferTypeOf<typeof PayoutBatch>
export type PayoutBatchLineRecord = InferTypeOf<typeof PayoutBatchLine>

/** An entry to book: every column but the id and timestamps. */
export type NewPayoutEntry = Omit<PayoutEntryRecord, "id" | "created_at" | "updated_at" | "deleted_at">

/** A group's balance in som: credits and debits of its entries up to a moment, payouts made. */
export type GroupBalance = {
  producer_group_id: string
  credits: number
  debits: number
  paid_out: number
  balance: number
}

/** A group's ledger over a period: what a statement shows (amounts in som; gross etc. summed over credits less debits). */
export type GroupPeriodTotals = {
  producer_group_id: string
  /** Order lines credited in the period (lines sold). */
  lines_sold: number
  /** Credits less debits, in som: the group's gross, the commission and fees taken, the net owed. */
  gross: number
  commission: number
  fees: number
  net: number
  /** The net of credits and of debits apart (som). */
  credits: number
  debits: number
}

/** The first moment after day `day` (YYYY-MM-DD), UTC: entries of the day are before it. */
export function endOfDay(day: string): Date {
  return new Date(Date.parse(`${day}T00:00:00.000Z`) + 86_400_000)
}

/** Stores the payout ledger, exchange rates and payout batches. */
export default class PayoutModuleService extends MedusaService({
  PayoutEntry,
  ExchangeRate,
  PayoutBatch,
  PayoutBatchLine,
}) {
  /**
   * Books entries once: one order's bookings are serialised by a transaction lock, entries already
   * booked for the same part and event are skipped, and the database's unique index on (part,
   * event) stops any that slip through. Answers the entries it booked.
   */
  @InjectTransactionManager()
  async bookEntries(
    orderId: string,
    entries: NewPayoutEntry[],
    @MedusaContext() sharedContext: Context<SqlEntityManager> = {},
  ): Promise<PayoutEntryRecord[]> {
    const manager = sharedContext.transactionManager
    if (!manager) throw new MedusaError(MedusaError.Types.UNEXPECTED_STATE, "booking must run in a transaction")
    if (!entries.length) return []
    await manager.execute("select pg_advisory_xact_lock(hashtext(?))", [`payout:${orderId}`])
    const booked: { part_id: string; event_key: string }[] = await manager.execute(
      "select part_id, event_key from payout_entry where order_id = ? and deleted_at is null",
      [orderId],
    )
    const seen = new Set(booked.map((row) => `${row.part_id}|${row.event_key}`))
    const fresh = entries.filter((entry) => !seen.has(`${entry.part_id}|${entry.event_key}`))
    if (!fresh.length) return []
    return (await this.createPayoutEntries(fresh as never, sharedContext)) as unknown as PayoutEntryRecord[]
  }

  /** Every rate staff set for `currencyCode`, oldest first (the domain's `rateOn` picks from them). */
  async ratesOf(currencyCode: string): Promise<DomainRate[]> {
    const rows = await this.listExchangeRates(
      { currency_code: currencyCode.toLowerCase() },
      { order: { effective_on: "ASC", created_at: "ASC" }, take: null },
    )
    return rows.map((row) => ({
      currencyCode: row.currency_code,
      rateToKgs: Number(row.rate_to_kgs),
      effectiveOn: row.effective_on,
    }))
  }

  /**
   * Every group's balance in som (credits - debits of entries before `before`, minus every payout
   * marked paid), groups with no entry left out; sorted by group id.
   */
  @InjectTransactionManager()
  async balances(
    before: Date | null = null,
    @MedusaContext() sharedContext: Context<SqlEntityManager> = {},
  ): Promise<GroupBalance[]> {
    const manager = sharedContext.transactionManager
    if (!manager) throw new MedusaError(MedusaError.Types.UNEXPECTED_STATE, "balances must run in a transaction")
    const sums: { producer_group_id: string; credits: string; debits: string }[] = await manager.execute(
      `select producer_group_id,
              coalesce(sum(kgs_net) filter (where kind = 'credit'), 0) as credits,
              coalesce(sum(kgs_net) filter (where kind = 'debit'), 0) as debits
         from payout_entry
        where producer_group_id is not null and deleted_at is null${before ? " and occurred_at < ?" : ""}
        group by producer_group_id`,
      before ? [before.toISOString()] : [],
    )
    const paid: { producer_group_id: string; paid_out: string }[] = await manager.execute(
      `select producer_group_id, coalesce(sum(amount), 0) as paid_out
         from payout_batch_line where paid_on is not null and deleted_at is null group by producer_group_id`,
    )
    const paidOf = new Map(paid.map((row) => [row.producer_group_id, Number(row.paid_out)]))
    return sums
      .map((row) => {
        const credits = Number(row.credits)
        const debits = Number(row.debits)
        const paidOut = paidOf.get(row.producer_group_id) ?? 0
        return {
          producer_group_id: row.producer_group_id,
          credits,
          debits,
          paid_out: paidOut,
          balance: groupBalance({ credits, debits, paidOut }),
        }
      })
      .sort((a, b) => a.producer_group_id.localeCompare(b.producer_group_id))
  }

  /**
   * Each group's ledger totals for entries from `from` (included) to `before` (excluded), in som:
   * lines sold, gross, commission, fees and net (credits less debits). Sorted by group id.
   */
  @InjectTransactionManager()
  async periodTotals(
    input: { from: Date | null; before: Date | null; producer_group_id?: string },
    @MedusaContext() sharedContext: Context<SqlEntityManager> = {},
  ): Promise<GroupPeriodTotals[]> {
    const manager = sharedContext.transactionManager
    if (!manager) throw new MedusaError(MedusaError.Types.UNEXPECTED_STATE, "totals must run in a transaction")
    const conditions: string[] = []
    const params: unknown[] = []
    const where = (sql: string, value: unknown) => {
      conditions.push(sql)
      params.push(value)
    }
    if (input.from) where("occurred_at >= ?", input.from.toISOString())
    if (input.before) where("occurred_at < ?", input.before.toISOString())
    if (input.producer_group_id) where("producer_group_id = ?", input.producer_group_id)
    const rows: Record<string, string>[] = await manager.execute(
      `select producer_group_id,
              count(distinct part_id) filter (where kind = 'credit' and part_kind = 'item') as lines_sold,
              coalesce(sum(case when kind = 'credit' then 1 else -1 end
                           * (kgs_net + kgs_commission + kgs_fee)), 0) as gross,
              coalesce(sum(case when kind = 'credit' then kgs_commission else -kgs_commission end), 0) as commission,
              coalesce(sum(case when kind = 'credit' then kgs_fee else -kgs_fee end), 0) as fees,
              coalesce(sum(kgs_net) filter (where kind = 'credit'), 0) as credits,
              coalesce(sum(kgs_net) filter (where kind = 'debit'), 0) as debits
         from payout_entry
        where producer_group_id is not null and deleted_at is null${conditions.map((sql) => ` and ${sql}`).join("")}
        group by producer_group_id order by producer_group_id`,
      params,
    )
    return rows.map((row) => {
      const credits = Number(row.credits)
      const debits = Number(row.debits)
      return {
        producer_group_id: String(row.producer_group_id),
        lines_sold: Number(row.lines_sold),
        gross: Number(row.gross),
        commission: Number(row.commission),
        fees: Number(row.fees),
        net: credits - debits,
        credits,
        debits,
      }
    })
  }

  /**
   * The ledger's group entries from `from` (included) to `before` (excluded) summed per order line
   * and month (UTC), in som, credits less debits, with whether the line has a credit that month:
   * what the payout reports gather (`lib/payout-report.ts`), the same entries as `periodTotals`.
   */
  @InjectTransactionManager()
  async reportLineFacts(
    input: { from: Date; before: Date },
    @MedusaContext() sharedContext: Context<SqlEntityManager> = {},
  ): Promise<LedgerLineFact[]> {
    const manager = sharedContext.transactionManager
    if (!manager) throw new MedusaError(MedusaError.Types.UNEXPECTED_STATE, "reports must run in a transaction")
    const rows: Record<string, string | boolean>[] = await manager.execute(
      `select producer_group_id, order_id, part_id,
              to_char(occurred_at at time zone 'UTC', 'YYYY-MM') as month,
              bool_or(kind = 'credit') as credited,
              sum(case when kind = 'credit' then 1 else -1 end * (kgs_net + kgs_commission + kgs_fee)) as gross,
              sum(case when kind = 'credit' then kgs_commission else -kgs_commission end) as commission,
              sum(case when kind = 'credit' then kgs_fee else -kgs_fee end) as fees,
              sum(case when kind = 'credit' then kgs_net else -kgs_net end) as net
         from payout_entry
        where producer_group_id is not null and deleted_at is null and occurred_at >= ? and occurred_at < ?
        group by producer_group_id, order_id, part_id, month
        order by month, order_id, part_id`,
      [input.from.toISOString(), input.before.toISOString()],
    )
    return rows.map((row) => ({
      producer_group_id: String(row.producer_group_id),
      order_id: String(row.order_id),
      part_id: String(row.part_id),
      month: String(row.month),
      credited: row.credited === true,
      gross: Number(row.gross),
      commission: Number(row.commission),
      fees: Number(row.fees),
      net: Number(row.net),
    }))
  }

  /**
   * Makes a draft batch for the period with one line per group that has entries up to its last
   * day: the group's unpaid balance, paid only when above zero (a negative one carries forward).
   * Refused (`batch_open`) while another batch is draft or approved, so no balance is gathered twice.
   */
  @InjectTransactionManager()
  async createBatch(
    input: { period_start: string; period_end: string; created_by: string },
    @MedusaContext() sharedContext: Context<SqlEntityManager> = {},
  ): Promise<PayoutBatchRecord> {
    const manager = sharedContext.transactionManager
    if (!manager) throw new MedusaError(MedusaError.Types.UNEXPECTED_STATE, "a batch must be made in a transaction")
    await manager.execute("select pg_advisory_xact_lock(hashtext('payout:batches'))")
    const open: { id: string; status: PayoutBatchStatus }[] = await manager.execute(
      "select id, status from payout_batch where status in ('draft', 'approved') and deleted_at is null limit 1",
    )
    const [other] = open
    if (other) {
      throw refusePayout(
        "batch_open",
        { batch_id: other.id, status: other.status },
        `batch ${other.id} is still ${other.status}: pay it (or finish it) before making another`,
      )
    }
    const balances = await this.balances(endOfDay(input.period_end), sharedContext)
    const batch = await this.createPayoutBatches({ ...input, status: "draft" }, sharedContext)
    if (balances.length) {
      await this.createPayoutBatchLines(
        balances.map((row) => ({
          batch_id: batch.id,
          producer_group_id: row.producer_group_id,
          balance: row.balance,
          amount: Math.max(0, row.balance),
        })),
        sharedContext,
      )
    }
    return batch as unknown as PayoutBatchRecord
  }

  /** Locks a batch's row for the rest of the transaction; 404 when there is none. */
  private async lockBatch(manager: SqlEntityManager, id: string) {
    const rows: { id: string; status: PayoutBatchStatus; created_by: string }[] = await manager.execute(
      "select id, status, created_by from payout_batch where id = ? and deleted_at is null for update",
      [id],
    )
    const [batch] = rows
    if (!batch) throw new MedusaError(MedusaError.Types.NOT_FOUND, `payout batch ${id} was not found`)
    return batch
  }

  /**
   * Moves a batch to `to` when the transitions table and its guard allow (a second approver; every
   * group with money to receive paid before the batch is paid), with one locked row so two staff
   * acting at once never both succeed.
   */
  @InjectTransactionManager()
  async transitionBatch(
    input: { id: string; to: PayoutBatchStatus; actor: string },
    @MedusaContext() sharedContext: Context<SqlEntityManager> = {},
  ): Promise<{ from: PayoutBatchStatus }> {
    const manager = sharedContext.transactionManager
    if (!manager) throw new MedusaError(MedusaError.Types.UNEXPECTED_STATE, "a batch must move in a transaction")
    const batch = await this.lockBatch(manager, input.id)
    const check = checkBatchTransition(batch, input.to, input.actor)
    if (!check.allowed) throw refusePayout(check.refusal.code, check.refusal.params as never, check.reason)
    if (input.to === "paid") {
      const unpaid: { producer_group_id: string }[] = await manager.execute(
        `select producer_group_id from payout_batch_line
          where batch_id = ? and amount > 0 and paid_on is null and deleted_at is null order by producer_group_id`,
        [batch.id],
      )
      if (unpaid.length) {
        const groups = unpaid.map((row) => row.producer_group_id)
        throw refusePayout(
          "groups_unpaid",
          { batch_id: batch.id, groups },
          `mark every group paid first: ${groups.join(", ")} ${groups.length === 1 ? "is" : "are"} not paid yet`,
        )
      }
    }
    const stamp: Record<PayoutBatchStatus, string> = {
      draft: "",
      approved: "approved_by = ?, approved_at = now(),",
      paid: "paid_at = now(),",
      reconciled: "reconciled_by = ?, reconciled_at = now(),",
    }
    const actorParams = input.to === "approved" || input.to === "reconciled" ? [input.actor] : []
    await manager.execute(
      `update payout_batch set ${stamp[input.to]} status = ?, updated_at = now() where id = ? and status = ?`,
      [...actorParams, input.to, batch.id, batch.status],
    )
    return { from: batch.status }
  }

  /**
   * Records how one group of an approved batch was paid (method, reference, day). Refused once the
   * batch is paid (`batch_locked`), before approval (`batch_transition_not_allowed`), and for a
   * group without money to receive in it (`nothing_to_pay`).
   */
  @InjectTransactionManager()
  async payGroup(
    input: {
      batch_id: string
      producer_group_id: string
      method: PayoutPaidMethod
      reference: string
      paid_on: string
      paid_by: string
    },
    @MedusaContext() sharedContext: Context<SqlEntityManager> = {},
  ): Promise<void> {
    const manager = sharedContext.transactionManager
    if (!manager)
      throw new MedusaError(MedusaError.Types.UNEXPECTED_STATE, "a payment must be recorded in a transaction")
    const batch = await this.lockBatch(manager, input.batch_id)
    if (!isBatchEditable(batch.status)) {
      throw refusePayout(
        "batch_locked",
        { batch_id: batch.id, status: batch.status },
        `batch ${batch.id} is ${batch.status} and can no longer be changed; correct with a new ledger entry`,
      )
    }
    if (batch.status !== "approved") {
      throw refusePayout(
        "batch_transition_not_allowed",
        { batch_id: batch.id, from: batch.status, to: "paid" },
        "a batch must be approved by a second staff member before any group is paid",
      )
    }
    const updated: unknown[] = await manager.execute(
      `update payout_batch_line set method = ?, reference = ?, paid_on = ?, paid_by = ?, updated_at = now()
        where batch_id = ? and producer_group_id = ? and amount > 0 and deleted_at is null returning id`,
      [input.method, input.reference, input.paid_on, input.paid_by, batch.id, input.producer_group_id],
    )
    if (!updated.length) {
      throw refusePayout(
        "nothing_to_pay",
        { batch_id: batch.id, group_id: input.producer_group_id },
        `group ${input.producer_group_id} has nothing to be paid in batch ${batch.id}`,
      )
    }
  }
}
