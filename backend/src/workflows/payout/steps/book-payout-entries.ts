import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PAYOUT_MODULE } from "../../../modules/payout"
import type PayoutModuleService from "../../../modules/payout/service"
import type { NewPayoutEntry } from "../../../modules/payout/service"

export const bookPayoutEntriesStepId = "book-payout-entries"

/**
 * Books an order's new ledger entries once (`PayoutModuleService.bookEntries`: locked per order,
 * skipping what is booked, unique per part and event in the database). Compensation removes the
 * entries this step booked: they never stood, the workflow that made them failed.
 */
export const bookPayoutEntriesStep = createStep(
  bookPayoutEntriesStepId,
  async (input: { order_id: string; entries: NewPayoutEntry[] }, { container }) => {
    const payout: PayoutModuleService = container.resolve(PAYOUT_MODULE)
    const booked = await payout.bookEntries(input.order_id, input.entries)
    return new StepResponse(
      booked,
      booked.map((entry) => entry.id),
    )
  },
  async (bookedIds, { container }) => {
    if (!bookedIds?.length) return
    const payout: PayoutModuleService = container.resolve(PAYOUT_MODULE)
    await payout.deletePayoutEntries(bookedIds)
  },
)
