/** What the account page shows of an order: number, day, what was bought, total in the order's currency, status. */
export type StoreOrderSummary = {
  id: string
  display_id: number
  created_at: string
  status: string
  fulfillment_status?: string | null
  total: number
  currency_code: string
  /** The order's lines, titled in the language the cart was filled in. */
  items?: { title: string; product_title?: string | null; quantity: number }[] | null
}

/** The fields the account page asks `GET /store/orders` for. */
export const orderSummaryFields =
  "id,display_id,created_at,status,fulfillment_status,total,currency_code,items.title,items.product_title,items.quantity"

/** What an order's lines bought, one entry a line: the product's name, and "× 3" when more than one. */
export function orderedItems(order: Pick<StoreOrderSummary, "items">): string[] {
  return (order.items ?? []).map((item) => {
    const name = item.product_title || item.title
    return item.quantity > 1 ? `${name} × ${item.quantity}` : name
  })
}

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
