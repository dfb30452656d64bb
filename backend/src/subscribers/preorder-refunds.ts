import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { refundPaymentWorkflow } from "@medusajs/medusa/core-flows"
import { present } from "../lib/query-graph"
import { HARVEST_MODULE } from "../modules/harvest"
import { shortHarvestRefund } from "../modules/harvest/preorder"
import type HarvestModuleService from "../modules/harvest/service"
import { HARVEST_LOT_AVAILABLE } from "../workflows/harvest/workflows/transition-harvest-lot"

/**
 * When a lot comes in short, the pre-orders whose shoppers chose a refund get their money back
 * for what was not produced: refunded on the order's captured payment (Stripe or any provider),
 * or, while the payment is only authorized, noted for staff to capture that much less.
 */
export default async function preorderRefundsSubscriber({ event, container }: SubscriberArgs<{ id: string }>) {
  const harvest: HarvestModuleService = container.resolve(HARVEST_MODULE)
  const due = await harvest.listPreorders({ lot_id: event.data.id, status: "refund_due", refunded_at: null })
  for (const booking of due) await refundShortPreorder(container, harvest, booking)
}

async function refundShortPreorder(
  container: MedusaContainer,
  harvest: HarvestModuleService,
  booking: { id: string; order_id: string | null; order_item_id: string | null; refund_quantity: number },
): Promise<void> {
  if (!booking.order_id || !booking.order_item_id) {
    await harvest.updatePreorders({ id: booking.id, refund_note: "waiting for its order to be recorded" })
    return
  }
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "order",
    fields: [
      "id",
      "items.id",
      "items.unit_price",
      "payment_collections.payments.id",
      "payment_collections.payments.captures.amount",
      "payment_collections.payments.refunds.amount",
    ],
    filters: { id: booking.order_id },
  })
  const order = data[0]
  const item = present(order?.items).find((candidate) => candidate.id === booking.order_item_id)
  if (!order || !item) {
    await harvest.updatePreorders({ id: booking.id, refund_note: "its order or order line no longer exists" })
    return
  }
  const plan = shortHarvestRefund({
    unitPrice: Number(item.unit_price),
    quantity: booking.refund_quantity,
    payments: present(order.payment_collections).flatMap((collection) =>
      present(collection.payments).map((payment) => ({
        id: payment.id,
        captured: present(payment.captures).reduce((sum, capture) => sum + Number(capture.amount), 0),
        refunded: present(payment.refunds).reduce((sum, refund) => sum + Number(refund.amount), 0),
      })),
    ),
  })
  if (plan.kind === "not_captured") {
    await harvest.updatePreorders({
      id: booking.id,
      refund_note: `payment not captured yet: capture ${plan.amount} less than the order total`,
    })
    return
  }
  if (!(await harvest.claimPreorderRefund(booking.id))) return
  try {
    await refundPaymentWorkflow(container).run({
      input: {
        payment_id: plan.paymentId,
        amount: plan.amount,
        note: `Short harvest: ${booking.refund_quantity} pre-ordered unit(s) were not produced`,
      },
    })
    await harvest.updatePreorders({
      id: booking.id,
      refunded_amount: plan.amount,
      refunded_at: new Date(),
      refund_note: "refunded",
    })
  } catch (error) {
    // Released for another try (the next delivery of the event, or staff in the admin).
    await harvest.updatePreorders({
      id: booking.id,
      refund_note: `refund failed: ${error instanceof Error ? error.message : String(error)}`,
    })
  }
}

export const config: SubscriberConfig = { event: HARVEST_LOT_AVAILABLE }
