import { createWorkflow, transform, WorkflowResponse, when } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, adjustInventoryLevelsStep, emitEventStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import type { HarvestLotStatus } from "../../../modules/harvest/lot-status"
import { allocateLotPreordersStep } from "../steps/allocate-lot-preorders"
import { prepareLotTransitionStep } from "../steps/prepare-lot-transition"
import { updateHarvestLotStep } from "../steps/update-harvest-lot"

export const transitionHarvestLotWorkflowId = "transition-harvest-lot"

/** Emitted when a lot's stock reaches the shelf: `{ id, variant_id }`. */
export const HARVEST_LOT_AVAILABLE = "harvest-lot.available"

/** Input of a lot's move: the lot, its new status, and (to become available) what it produced. */
export type TransitionHarvestLotInput = { lot_id: string; to: HarvestLotStatus; produced_quantity?: number }

/**
 * Moves a harvest lot along its lifecycle and books the stock change at the warehouse in the
 * same workflow. Keyed by the lot under a lock, so a retried or doubled request finds the lot
 * already moved and is refused: stock is never booked twice.
 */
export const transitionHarvestLotWorkflow = createWorkflow(
  transitionHarvestLotWorkflowId,
  (input: TransitionHarvestLotInput) => {
    const lockKey = transform({ input }, ({ input }) => `harvest-lot:${input.lot_id}`)
    acquireLockStep({ key: lockKey, timeout: 10, ttl: 30 })
    const prepared = prepareLotTransitionStep(input)
    const { lot, produced } = prepared
    const updated = updateHarvestLotStep(
      transform({ input, produced }, ({ input, produced }) => ({
        id: input.lot_id,
        status: input.to,
        produced_quantity: produced,
      })),
    )
    // Pre-orders are served from an arriving lot before anything reaches the shelf.
    const { stockChange } = allocateLotPreordersStep(
      transform({ input, prepared }, ({ input, prepared }) => ({
        lot_id: input.lot_id,
        from: prepared.lot.status,
        to: input.to,
        produced: prepared.produced,
        stockChange: prepared.stockChange,
      })),
    )
    when({ stockChange }, ({ stockChange }) => Boolean(stockChange && stockChange.adjustment !== 0)).then(() => {
      adjustInventoryLevelsStep(transform({ stockChange }, ({ stockChange }) => (stockChange ? [stockChange] : [])))
    })
    // Shoppers waiting for this variant hear of it (subscribers/back-in-stock.ts).
    when({ input }, ({ input }) => input.to === "available").then(() => {
      emitEventStep({
        eventName: HARVEST_LOT_AVAILABLE,
        data: transform({ input, lot }, ({ input, lot }) => ({ id: input.lot_id, variant_id: lot.variant_id })),
      })
    })
    releaseLockStep({ key: lockKey })
    return new WorkflowResponse({ lot: updated, previous_status: transform({ lot }, ({ lot }) => lot.status) })
  },
)
