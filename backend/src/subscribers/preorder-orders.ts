import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { orderPreorderLines } from "../lib/order-preorders"
import { HARVEST_MODULE } from "../modules/harvest"
import type HarvestModuleService from "../modules/harvest/service"

/**
 * Pre-orders follow their order: a placed order's pre-order lines are tied to their bookings
 * (so staff see which order each booking serves), and a canceled order's waiting bookings give
 * their units back to the lot.
 */
export default async function preorderOrdersSubscriber({ event, container }: SubscriberArgs<{ id: string }>) {
  const harvest: HarvestModuleService = container.resolve(HARVEST_MODULE)
  if (event.name === "order.canceled") {
    await harvest.releaseOrderPreorders(event.data.id)
    return
  }
  const { cart_id, lines } = await orderPreorderLines(container, event.data.id)
  if (cart_id && lines.length) await harvest.attachPreordersToOrder(event.data.id, cart_id, lines)
}

export const config: SubscriberConfig = { event: ["order.placed", "order.canceled"] }
