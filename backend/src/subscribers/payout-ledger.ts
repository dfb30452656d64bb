import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys, OrderWorkflowEvents, PaymentEvents } from "@medusajs/framework/utils"
import { bookOrderLedger } from "../lib/payout-booking"

/**
 * When a payment is captured or refunded (Medusa's `payment.captured` and `payment.refunded` carry
 * only the payment's id), the payout ledger of its order is brought up to date: credits for the
 * capture, reversing debits for the refund. Also on `order.canceled`: cancelling an order refunds
 * its captured payments through Medusa's `refundCapturedPaymentsWorkflow`, which emits no
 * `payment.refunded` (checked in 2.21.2's core-flows), and reverses the wholesale payments of an
 * accepted quote's order (those are booked where they are recorded: `bookWholesalePayment`). Booking is keyed by order part and event, so a
 * replayed event books nothing. A capture without an exchange rate for its day is logged and waits
 * for staff to add the rate (then `POST /admin/payouts/orders/:id/book` books it).
 */
export default async function payoutLedgerSubscriber({ event, container }: SubscriberArgs<{ id: string }>) {
  const orderId =
    event.name === OrderWorkflowEvents.CANCELED ? event.data.id : await orderOfPayment(container, event.data.id)
  // A payment outside an order (none in this shop today) has nothing to credit.
  if (!orderId) return
  await bookOrderLedger(container, orderId)
}

/** The order a payment was made for, through its payment collection; null when none. */
async function orderOfPayment(container: SubscriberArgs["container"], paymentId: string): Promise<string | null> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: payments } = await query.graph({
    entity: "payment",
    fields: ["id", "payment_collection_id"],
    filters: { id: paymentId },
  })
  const collectionId = payments[0]?.payment_collection_id
  if (!collectionId) return null
  const { data: links } = await query.graph({
    entity: "order_payment_collection",
    fields: ["order.id"],
    filters: { payment_collection_id: collectionId },
  })
  return links[0]?.order?.id ?? null
}

export const config: SubscriberConfig = {
  event: [PaymentEvents.CAPTURED, PaymentEvents.REFUNDED, OrderWorkflowEvents.CANCELED],
}
