/** What the account page shows of an order: number, day, total in the order's currency, status. */
export type StoreOrderSummary = {
  id: string
  display_id: number
  created_at: string
  status: string
  fulfillment_status?: string | null
  total: number
  currency_code: string
}

/** The fields the account page asks `GET /store/orders` for. */
export const orderSummaryFields = "id,display_id,created_at,status,fulfillment_status,total,currency_code"

/** The key of an order's status as a shopper reads it (`account.orderStatus.*`). */
export type OrderStatusKey =
  | "account.orderStatus.received"
  | "account.orderStatus.shipped"
  | "account.orderStatus.delivered"
  | "account.orderStatus.completed"
  | "account.orderStatus.canceled"
  | "account.orderStatus.actionNeeded"

/**
 * One status for the shopper from Medusa's order and fulfilment statuses: a cancelled or
 * completed order says so; otherwise how far its parcel got (delivered, shipped) or "received".
 */
export function orderStatusKey(order: Pick<StoreOrderSummary, "status" | "fulfillment_status">): OrderStatusKey {
  if (order.status === "canceled") return "account.orderStatus.canceled"
  if (order.status === "requires_action") return "account.orderStatus.actionNeeded"
  if (order.status === "completed") return "account.orderStatus.completed"
  const fulfilment = order.fulfillment_status ?? ""
  if (fulfilment.endsWith("delivered")) return "account.orderStatus.delivered"
  if (fulfilment.endsWith("shipped")) return "account.orderStatus.shipped"
  return "account.orderStatus.received"
}
