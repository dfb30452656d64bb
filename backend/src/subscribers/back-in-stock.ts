import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { present } from "../lib/query-graph"
import { notifyBackInStockWorkflow } from "../workflows/harvest/workflows/notify-back-in-stock"
import { HARVEST_LOT_AVAILABLE } from "../workflows/harvest/workflows/transition-harvest-lot"

/** When stock reaches a shelf (a lot, or staff in Inventory), writes to the shoppers waiting for it. */
export default async function backInStockSubscriber({
  event,
  container,
}: SubscriberArgs<{ id: string | string[]; variant_id?: string }>) {
  if (event.name === HARVEST_LOT_AVAILABLE && event.data.variant_id) {
    await notifyBackInStockWorkflow(container).run({ input: { variant_ids: [event.data.variant_id] } })
    return
  }
  const ids = Array.isArray(event.data.id) ? event.data.id : [event.data.id]
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "inventory_level",
    fields: ["inventory_item.variants.id"],
    filters: { id: ids },
  })
  const variantIds = present(data).flatMap((level) =>
    present(level.inventory_item?.variants).map((variant) => variant.id),
  )
  if (variantIds.length) await notifyBackInStockWorkflow(container).run({ input: { variant_ids: variantIds } })
}

export const config: SubscriberConfig = {
  event: ["inventory-level.created", "inventory-level.updated", HARVEST_LOT_AVAILABLE],
}
