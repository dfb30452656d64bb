import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { bookOrderPayoutsWorkflow } from "../workflows/payout/workflows/book-order-payouts"

/**
 * Brings order `orderId`'s payout ledger up to date with its payments (`bookOrderPayoutsWorkflow`:
 * keyed by part and event, so running it again books nothing), logging each payment that waits for
 * an exchange rate (staff add the rate, then `POST /admin/payouts/orders/:id/book` books it).
 */
export async function bookOrderLedger(container: MedusaContainer, orderId: string) {
  const { result } = await bookOrderPayoutsWorkflow(container).run({ input: { order_id: orderId } })
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  for (const waiting of result.waiting) {
    logger.warn(
      `payout ledger: order ${orderId}, ${waiting.event_key} waits for an exchange rate of ${waiting.currency.toUpperCase()} to som on or before ${waiting.day}`,
    )
  }
  return result
}

/**
 * Credits the producer groups of an accepted quote's order with a wholesale payment just recorded
 * (or recorded again: a replay books nothing). The payment stands whatever happens here: a booking
 * that fails is logged for staff, who book it later with `POST /admin/payouts/orders/:id/book`,
 * and never answered to whoever recorded the money (who would record the transfer a second time).
 */
export async function bookWholesalePayment(container: MedusaContainer, orderId: string): Promise<void> {
  try {
    await bookOrderLedger(container, orderId)
  } catch (error) {
    container
      .resolve(ContainerRegistrationKeys.LOGGER)
      .error(
        `payout ledger: the wholesale payments of order ${orderId} were not booked (${(error as Error).message}); book them with POST /admin/payouts/orders/${orderId}/book`,
      )
  }
}
