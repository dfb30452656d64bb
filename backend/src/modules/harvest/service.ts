import type { SqlEntityManager } from "@medusajs/framework/mikro-orm/knex"
import type { Context } from "@medusajs/framework/types"
import { InjectTransactionManager, MedusaContext, MedusaError, MedusaService } from "@medusajs/framework/utils"
import { checkPreorderTransition, type PreorderStatus, preorderStatusesMovingTo } from "@ovop/domain"
import { refuse } from "../../lib/refusal-error"
import { BackInStockRequest } from "./models/back-in-stock-request"
import { HarvestLot } from "./models/harvest-lot"
import { Preorder, type ShortHarvestChoice } from "./models/preorder"
import { PreorderLine } from "./models/preorder-line"
import { allocatePreorders, PREORDER_LOT_STATUSES, type PreorderAllocation } from "./preorder"

/** One cart line to book against its lot. */
export type PreorderBookingInput = {
  key: string
  lot_id: string
  variant_id: string
  cart_id: string
  quantity: number
  if_short: ShortHarvestChoice
  /** The product's name and id, for the refusal when the lot has too little forecast left. */
  title: string
  product_id?: string
}

/**
 * The entity manager of the transaction `@InjectTransactionManager` opened (or the caller's, when
 * it passed one); the raw statements below run on it, so they commit or roll back together with
 * the generated create methods they hand `sharedContext` to.
 */
function transactionManager(sharedContext: Context<SqlEntityManager>): SqlEntityManager {
  const manager = sharedContext.transactionManager
  if (!manager) {
    throw new MedusaError(MedusaError.Types.UNEXPECTED_STATE, "a harvest booking must run inside a transaction")
  }
  return manager
}

/** Stores harvest lots, pre-orders and back-in-stock requests; stock and orders change through workflows. */
export default class HarvestModuleService extends MedusaService({
  HarvestLot,
  BackInStockRequest,
  Preorder,
  PreorderLine,
}) {
  /**
   * Writes a lot's status (and produced quantity) with one UPDATE of those columns only, so a
   * move never writes over pre-order counts a checkout raises at the same moment: every change
   * to a lot goes through single statements like this one.
   */
  @InjectTransactionManager()
  async setLotStatus(
    input: { id: string; status: string; produced_quantity?: number | null },
    @MedusaContext() sharedContext: Context<SqlEntityManager> = {},
  ): Promise<void> {
    const manager = transactionManager(sharedContext)
    if (input.produced_quantity === undefined) {
      await manager.execute(`update harvest_lot set status = ?, updated_at = now() where id = ?`, [
        input.status,
        input.id,
      ])
      return
    }
    await manager.execute(`update harvest_lot set status = ?, produced_quantity = ?, updated_at = now() where id = ?`, [
      input.status,
      input.produced_quantity,
      input.id,
    ])
  }

  /**
   * Books pre-orders against their lots, all or none, in one transaction; a lot books only
   * pre-orders of its own variant. Each lot's count
   * grows by a single conditional UPDATE, so simultaneous checkouts can never promise more than
   * the forecast; a line already booked (same key: a retried checkout) is left as it is.
   * Returns the keys booked by this call (for undoing them if the checkout fails later).
   */
  @InjectTransactionManager()
  async bookPreorders(
    lines: PreorderBookingInput[],
    @MedusaContext() sharedContext: Context<SqlEntityManager> = {},
  ): Promise<string[]> {
    const manager = transactionManager(sharedContext)
    const booked: string[] = []
    for (const line of lines) {
      const existing = await manager.execute(`select id from preorder where key = ? and deleted_at is null`, [line.key])
      if (existing.length) continue
      const grown = await manager.execute(
        `update harvest_lot set preordered_quantity = preordered_quantity + ?, updated_at = now()
          where id = ? and variant_id = ? and deleted_at is null and status in (?, ?)
            and preordered_quantity + ? <= forecast_quantity
          returning id`,
        [line.quantity, line.lot_id, line.variant_id, ...PREORDER_LOT_STATUSES, line.quantity],
      )
      if (!grown.length) {
        const [lot] = await manager.execute(
          `select status, forecast_quantity, preordered_quantity from harvest_lot
            where id = ? and variant_id = ? and deleted_at is null`,
          [line.lot_id, line.variant_id],
        )
        const product = { product: line.title, product_id: line.product_id }
        if (!lot) throw refuse("line_not_recorded", product)
        const open = (PREORDER_LOT_STATUSES as readonly string[]).includes(String(lot.status))
        const left = Math.max(0, Number(lot.forecast_quantity) - Number(lot.preordered_quantity))
        if (!open) throw refuse("preorder_closed", product)
        throw left === 0 ? refuse("fully_preordered", product) : refuse("preorder_too_few_left", { ...product, left })
      }
      await this.createPreorders(
        {
          key: line.key,
          lot_id: line.lot_id,
          variant_id: line.variant_id,
          cart_id: line.cart_id,
          quantity: line.quantity,
          if_short: line.if_short,
        },
        sharedContext,
      )
      booked.push(line.key)
    }
    return booked
  }

  /**
   * Undoes bookings made by a checkout that then failed: their units go back to the lot's open
   * forecast and the bookings are deleted. Returns the units that had already been set aside
   * from an arrived lot (per variant), which the caller puts back on the shelf.
   */
  @InjectTransactionManager()
  async releasePreorders(
    keys: string[],
    @MedusaContext() sharedContext: Context<SqlEntityManager> = {},
  ): Promise<{ variant_id: string; lot_id: string; allocated: number }[]> {
    const manager = transactionManager(sharedContext)
    if (!keys.length) return []
    const released = await manager.execute(
      `delete from preorder where key in (${keys.map(() => "?").join(", ")}) and deleted_at is null
        returning lot_id, variant_id, quantity, allocated_quantity, status`,
      keys,
    )
    for (const row of released) {
      await manager.execute(
        `update harvest_lot set preordered_quantity = greatest(0, preordered_quantity - ?),
           allocated_quantity = greatest(0, allocated_quantity - ?), updated_at = now() where id = ?`,
        [Number(row.quantity), Number(row.allocated_quantity), row.lot_id],
      )
    }
    return released
      .filter((row) => Number(row.allocated_quantity) > 0)
      .map((row) => ({
        variant_id: String(row.variant_id),
        lot_id: String(row.lot_id),
        allocated: Number(row.allocated_quantity),
      }))
  }

  /**
   * Shares an arrived lot among its waiting pre-orders, oldest first (see `allocatePreorders`).
   * A booking left short moves its remainder to the variant's next open lot when the shopper
   * chose to wait and that lot has forecast left; otherwise the remainder is recorded as owed
   * back (`refund_due`). Returns the units set aside, which do not go on the shelf.
   */
  @InjectTransactionManager()
  async allocateLotPreorders(
    lot_id: string,
    produced: number,
    @MedusaContext() sharedContext: Context<SqlEntityManager> = {},
  ): Promise<{ allocated: number; shares: (PreorderAllocation & { outcome: string })[] }> {
    const manager = transactionManager(sharedContext)
    const waiting = await manager.execute(
      `select id, key, variant_id, cart_id, order_id, order_item_id, quantity, if_short, created_at from preorder
        where lot_id = ? and status = 'waiting' and deleted_at is null order by created_at, id for update`,
      [lot_id],
    )
    const shares = allocatePreorders(
      waiting.map((row) => ({
        id: String(row.id),
        quantity: Number(row.quantity),
        created_at: row.created_at as Date,
        if_short: row.if_short === "refund" ? "refund" : "wait",
      })),
      produced,
    )
    const outcomes: (PreorderAllocation & { outcome: string })[] = []
    for (const share of shares) {
      const row = waiting.find((w) => w.id === share.id) as Record<string, unknown>
      let outcome: PreorderStatus = share.short === 0 ? "allocated" : "refund_due"
      if (share.short > 0 && share.if_short === "wait") {
        const [next] = await manager.execute(
          `update harvest_lot set preordered_quantity = preordered_quantity + ?, updated_at = now()
            where id = (select id from harvest_lot where variant_id = ? and id <> ? and deleted_at is null
                          and status in (?, ?) and preordered_quantity + ? <= forecast_quantity
                        order by expected_shipping_month nulls last, created_at limit 1)
            returning id`,
          [share.short, row.variant_id, lot_id, ...PREORDER_LOT_STATUSES, share.short],
        )
        if (next) {
          outcome = "moved"
          await this.createPreorders(
            {
              key: `${row.key}:${next.id}`,
              lot_id: String(next.id),
              variant_id: String(row.variant_id),
              cart_id: String(row.cart_id),
              order_id: (row.order_id as string | null) ?? null,
              order_item_id: (row.order_item_id as string | null) ?? null,
              quantity: share.short,
              if_short: "wait",
              moved_from_id: share.id,
            },
            sharedContext,
          )
        }
      }
      // The rows were read as waiting: the table must allow the move (a guard against a new outcome).
      const move = checkPreorderTransition("waiting", outcome)
      if (!move.allowed) throw new MedusaError(MedusaError.Types.UNEXPECTED_STATE, move.reason)
      await manager.execute(
        `update preorder set allocated_quantity = ?, refund_quantity = ?, status = ?, updated_at = now()
          where id = ? and status = 'waiting'`,
        [share.allocated, outcome === "refund_due" ? share.short : 0, outcome, share.id],
      )
      outcomes.push({ ...share, outcome })
    }
    const allocated = shares.reduce((sum, share) => sum + share.allocated, 0)
    await manager.execute(`update harvest_lot set allocated_quantity = ?, updated_at = now() where id = ?`, [
      allocated,
      lot_id,
    ])
    return { allocated, shares: outcomes }
  }

  /** Undoes `allocateLotPreorders` for a lot whose arrival failed to be booked. */
  @InjectTransactionManager()
  async undoLotAllocation(
    lot_id: string,
    @MedusaContext() sharedContext: Context<SqlEntityManager> = {},
  ): Promise<void> {
    const manager = transactionManager(sharedContext)
    const moved = await manager.execute(
      `delete from preorder where moved_from_id in (select id from preorder where lot_id = ?) returning lot_id, quantity`,
      [lot_id],
    )
    for (const row of moved) {
      await manager.execute(
        `update harvest_lot set preordered_quantity = greatest(0, preordered_quantity - ?) where id = ?`,
        [Number(row.quantity), row.lot_id],
      )
    }
    const settled = preorderStatusesMovingTo("waiting")
    await manager.execute(
      `update preorder set allocated_quantity = 0, refund_quantity = 0, status = 'waiting'
        where lot_id = ? and status in (${settled.map(() => "?").join(", ")})`,
      [lot_id, ...settled],
    )
    await manager.execute(`update harvest_lot set allocated_quantity = 0 where id = ?`, [lot_id])
  }

  /**
   * Ties bookings to the order made from their cart lines (by the key each line carries, also
   * for remainders moved to a later lot), only bookings made from that order's own cart.
   * Running it again changes nothing.
   */
  @InjectTransactionManager()
  async attachPreordersToOrder(
    order_id: string,
    cart_id: string,
    lines: { key: string; order_item_id: string }[],
    @MedusaContext() sharedContext: Context<SqlEntityManager> = {},
  ): Promise<number> {
    const manager = transactionManager(sharedContext)
    let attached = 0
    for (const line of lines) {
      const rows = await manager.execute(
        `update preorder set order_id = ?, order_item_id = ?, updated_at = now()
          where (key = ? or key like ?) and cart_id = ? and deleted_at is null returning id`,
        [order_id, line.order_item_id, line.key, `${line.key}:%`, cart_id],
      )
      attached += rows.length
    }
    return attached
  }

  /** A canceled order gives its waiting pre-orders' units back to their lots' open forecast. */
  @InjectTransactionManager()
  async releaseOrderPreorders(
    order_id: string,
    @MedusaContext() sharedContext: Context<SqlEntityManager> = {},
  ): Promise<number> {
    const manager = transactionManager(sharedContext)
    const releasable = preorderStatusesMovingTo("released")
    const rows = await manager.execute(
      `update preorder set status = 'released', updated_at = now()
        where order_id = ? and status in (${releasable.map(() => "?").join(", ")}) and deleted_at is null
        returning lot_id, quantity`,
      [order_id, ...releasable],
    )
    for (const row of rows) {
      await manager.execute(
        `update harvest_lot set preordered_quantity = greatest(0, preordered_quantity - ?), updated_at = now() where id = ?`,
        [Number(row.quantity), row.lot_id],
      )
    }
    return rows.length
  }

  /**
   * Claims a short pre-order's refund for one run: true when this caller may refund it (it is
   * owed, not refunded, and no other run is refunding it). Two deliveries of the same event can
   * then never refund twice.
   */
  @InjectTransactionManager()
  async claimPreorderRefund(
    id: string,
    @MedusaContext() sharedContext: Context<SqlEntityManager> = {},
  ): Promise<boolean> {
    const manager = transactionManager(sharedContext)
    const rows = await manager.execute(
      `update preorder set refund_note = 'refunding', updated_at = now()
        where id = ? and status = 'refund_due' and refunded_at is null and deleted_at is null
          and (refund_note is null or refund_note <> 'refunding')
        returning id`,
      [id],
    )
    return rows.length > 0
  }
}
