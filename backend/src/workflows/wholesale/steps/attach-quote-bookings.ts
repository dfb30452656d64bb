import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { HARVEST_MODULE } from "../../../modules/harvest"
import { preorderKeyOf } from "../../../modules/harvest/preorder"
import type HarvestModuleService from "../../../modules/harvest/service"
import { WHOLESALE_MODULE } from "../../../modules/wholesale"
import type WholesaleModuleService from "../../../modules/wholesale/service"

export const attachQuoteBookingsStepId = "attach-quote-bookings"

/**
 * Ties an accepted quote's lot bookings to the order's lines (by the key each booked line carries),
 * as a placed cart's are on `order.placed`: staff see which order each booking serves, and a short
 * harvest or a canceled order reaches it. Writes only the bookings' order columns; running it
 * again changes nothing, and an order undone later releases those bookings (`bookQuoteLotsStep`).
 */
export const attachQuoteBookingsStep = createStep(
  attachQuoteBookingsStepId,
  async (input: { order_id: string; quote_id: string }, { container }) => {
    const wholesale: WholesaleModuleService = container.resolve(WHOLESALE_MODULE)
    const { cart_id } = await wholesale.quoteOf(input.quote_id)
    const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
      entity: "order",
      fields: ["items.id", "items.variant_id", "items.metadata"],
      filters: { id: input.order_id },
    })
    const items =
      (data[0] as { items?: { id: string; variant_id: string | null; metadata: Record<string, unknown> | null }[] })
        ?.items ?? []
    const lines = items
      .filter((item) => !item.variant_id)
      .map((item) => ({ key: preorderKeyOf(item.metadata), order_item_id: item.id }))
      .filter((line): line is { key: string; order_item_id: string } => line.key !== null)
    if (!lines.length) return new StepResponse(0)
    const harvest: HarvestModuleService = container.resolve(HARVEST_MODULE)
    return new StepResponse(await harvest.attachPreordersToOrder(input.order_id, cart_id, lines))
  },
)
