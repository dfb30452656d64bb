import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { HARVEST_MODULE } from "../modules/harvest"
import { preorderMetaOf } from "../modules/harvest/preorder"
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
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "order",
    fields: ["id", "items.id", "items.metadata"],
    filters: { id: event.data.id },
  })
  const order = data[0] as
    | { id: string; items?: { id: string; metadata: Record<string, unknown> | null }[] }
    | undefined
  const lines = (order?.items ?? []).flatMap((item) => {
    const meta = preorderMetaOf(item.metadata)
    return meta ? [{ key: meta.key, order_item_id: item.id }] : []
  })
  if (order && lines.length) await harvest.attachPreordersToOrder(order.id, lines)
}

export const config: SubscriberConfig = { event: ["order.placed", "order.canceled"] }
