import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { sendNotificationsStep } from "@medusajs/medusa/core-flows"
import { findDueBackInStockRequestsStep } from "../steps/find-due-back-in-stock-requests"
import { markBackInStockNotifiedStep } from "../steps/mark-back-in-stock-notified"

export const notifyBackInStockWorkflowId = "notify-back-in-stock"

/**
 * Writes to every shopper waiting for one of these variants, once it can be bought again, in
 * the shopper's language. Each message carries the request as its idempotency key, so a rerun
 * (another stock event, a retry) never sends it twice.
 */
export const notifyBackInStockWorkflow = createWorkflow(
  notifyBackInStockWorkflowId,
  (input: { variant_ids: string[] }) => {
    const due = findDueBackInStockRequestsStep(input)
    const notifications = transform({ due }, ({ due }) =>
      due.map((message) => ({
        to: message.to,
        channel: "email",
        template: "back-in-stock",
        content: { subject: message.subject, text: message.text },
        data: { subject: message.subject, text: message.text },
        trigger_type: "back-in-stock",
        resource_id: message.variant_id,
        resource_type: "product_variant",
        idempotency_key: `back-in-stock:${message.request_id}`,
      })),
    )
    sendNotificationsStep(notifications)
    const notified = markBackInStockNotifiedStep(transform({ due }, ({ due }) => due.map((m) => m.request_id)))
    return new WorkflowResponse({ notified })
  },
)
