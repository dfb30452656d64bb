import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { bookPayoutEntriesStep } from "../steps/book-payout-entries"
import { prepareOrderPayoutsStep } from "../steps/prepare-order-payouts"

export const bookOrderPayoutsWorkflowId = "book-order-payouts"

/**
 * Brings an order's payout ledger up to date with its payments: a credit per part for each
 * capture, a debit per part for each refund, each booked once however often it runs (keyed by
 * part and event), so a replayed or retried event never books twice. Captures without an
 * exchange rate for their day wait, listed in `waiting`, until staff add one and it runs again.
 */
export const bookOrderPayoutsWorkflow = createWorkflow(bookOrderPayoutsWorkflowId, (input: { order_id: string }) => {
  const planned = prepareOrderPayoutsStep(input)
  const booked = bookPayoutEntriesStep(
    transform({ input, planned }, ({ input, planned }) => ({ order_id: input.order_id, entries: planned.entries })),
  )
  return new WorkflowResponse({ booked, waiting: planned.waiting })
})
