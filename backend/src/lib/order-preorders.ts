import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { HARVEST_MODULE } from "../modules/harvest"
import { preorderKeyOf } from "../modules/harvest/preorder"
import type HarvestModuleService from "../modules/harvest/service"
import { present } from "./query-graph"

/** An order line that is a pre-order, as the server recorded it when the cart line was made. */
export type OrderPreorderLine = {
  order_item_id: string
  key: string
  lot_id: string
  expected_shipping_month: string | null
}

/**
 * The pre-order lines of a placed order, from the server's `preorder_line` records of the order's
 * own cart. An order line carries no cart line id, so the key of its display copy finds its record;
 * a key that is not one of that cart's records, or a line with a variant, is an ordinary line.
 */
export async function orderPreorderLines(
  container: MedusaContainer,
  orderId: string,
): Promise<{ cart_id: string | null; lines: OrderPreorderLine[] }> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "order",
    fields: ["id", "cart.id", "items.id", "items.variant_id", "items.metadata"],
    filters: { id: orderId },
  })
  const order = data[0]
  const cartId = order?.cart?.id
  const candidates = present(order?.items).filter((item) => !item.variant_id && preorderKeyOf(item.metadata))
  if (!cartId || !candidates.length) return { cart_id: cartId ?? null, lines: [] }
  const harvest: HarvestModuleService = container.resolve(HARVEST_MODULE)
  const records = await harvest.listPreorderLines({ cart_id: cartId }, { take: null })
  const lots = records.length
    ? await harvest.listHarvestLots(
        { id: records.map((record) => record.lot_id) },
        { select: ["id", "expected_shipping_month"], take: null },
      )
    : []
  const lines = candidates.flatMap((item) => {
    const record = records.find((r) => r.key === preorderKeyOf(item.metadata))
    if (!record) return []
    const lot = lots.find((l) => l.id === record.lot_id)
    return [
      {
        order_item_id: item.id,
        key: record.key,
        lot_id: record.lot_id,
        expected_shipping_month: lot?.expected_shipping_month ?? null,
      },
    ]
  })
  return { cart_id: cartId, lines }
}
