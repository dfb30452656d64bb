import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { Refusal } from "@ovop/domain"
import { present } from "../../../lib/query-graph"
import { planQuoteReservations, type ReservableLine, type ReservableVariant } from "../../../lib/quote-reservations"
import { RefusalError } from "../../../lib/refusal-error"
import { channelLocationIds } from "../../hooks/season-rules"

export type ReserveQuoteStockInput = { order_id: string }

export const reserveQuoteStockStepId = "reserve-wholesale-quote-stock"

type OrderLines = { sales_channel_id?: string | null; items?: (ReservableLine & { detail?: unknown })[] | null }

async function orderLines(container: MedusaContainer, orderId: string): Promise<OrderLines> {
  const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "order",
    // The graph answers an order line's quantity only when its detail's quantity is asked too.
    fields: [
      "sales_channel_id",
      "items.id",
      "items.variant_id",
      "items.quantity",
      "items.detail.quantity",
      "items.metadata",
    ],
    filters: { id: orderId },
  })
  const order = data[0] as OrderLines | undefined
  if (!order) throw new MedusaError(MedusaError.Types.NOT_FOUND, `order ${orderId} not found`)
  return order
}

async function reservableVariants(container: MedusaContainer, variantIds: string[]): Promise<ReservableVariant[]> {
  if (!variantIds.length) return []
  const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "product_variant",
    fields: [
      "id",
      "title",
      "manage_inventory",
      "allow_backorder",
      "product.id",
      "product.title",
      "inventory_items.inventory_item_id",
      "inventory_items.required_quantity",
      "inventory_items.inventory.location_levels.location_id",
      "inventory_items.inventory.location_levels.stocked_quantity",
      "inventory_items.inventory.location_levels.reserved_quantity",
    ],
    filters: { id: variantIds },
  })
  return data.map((variant): ReservableVariant => {
    const item = present(variant.inventory_items)[0]
    return {
      id: variant.id,
      product: [variant.product?.title, variant.title].filter(Boolean).join(" ") || variant.id,
      ...(variant.product?.id ? { product_id: variant.product.id } : {}),
      manage_inventory: Boolean(variant.manage_inventory),
      allow_backorder: Boolean(variant.allow_backorder),
      inventory_item_id: item?.inventory_item_id ?? null,
      required_quantity: Number(item?.required_quantity ?? 1),
      levels: present(item?.inventory?.location_levels).map((level) => ({
        location_id: String(level.location_id),
        stocked_quantity: Number(level.stocked_quantity ?? 0),
        reserved_quantity: Number(level.reserved_quantity ?? 0),
      })),
    }
  })
}

/**
 * The refusal the shelf gives `lines` right now (the first line it cannot serve at the channel's
 * warehouses: `too_few_left` or `sold_out`), or null when it holds them all. Asked before an
 * accepted quote's order is made, and again when Medusa's own stock check refused it, to name the
 * product to the buyer.
 */
export async function shelfRefusalOf(
  container: MedusaContainer,
  salesChannelId: string | null | undefined,
  lines: readonly ReservableLine[],
): Promise<Refusal | null> {
  const variantIds = [...new Set(lines.map((line) => line.variant_id).filter((id): id is string => Boolean(id)))]
  const [variants, locations] = await Promise.all([
    reservableVariants(container, variantIds),
    channelLocationIds(container, salesChannelId),
  ])
  const plan = planQuoteReservations(lines, variants, locations)
  return "refusal" in plan ? plan.refusal : null
}

/**
 * Reserves the shelf stock of an accepted quote's order at the wholesale channel's warehouse, one
 * reservation per line (tied to the line, so cancelling or fulfilling the order releases it as for
 * any order). Planned and made under the inventory items' locks, as a checkout reserves; when the
 * shelf no longer holds a line (sold since the quote), refuses with `too_few_left` / `sold_out`
 * (409) and the workflow undoes the order. Compensation deletes the reservations.
 */
export const reserveQuoteStockStep = createStep(
  reserveQuoteStockStepId,
  async (input: ReserveQuoteStockInput, { container }) => {
    const order = await orderLines(container, input.order_id)
    const lines = present(order.items).map((line) => ({
      id: line.id,
      variant_id: line.variant_id,
      quantity: Number(line.quantity),
      metadata: line.metadata ?? null,
    }))
    const variantIds = [...new Set(lines.map((line) => line.variant_id).filter((id): id is string => Boolean(id)))]
    const [firstRead, locations] = await Promise.all([
      reservableVariants(container, variantIds),
      channelLocationIds(container, order.sales_channel_id),
    ])
    const itemIds = [...new Set(firstRead.map((v) => v.inventory_item_id).filter((id): id is string => Boolean(id)))]
    if (!itemIds.length) return new StepResponse([] as string[], [] as string[])
    const inventory = container.resolve(Modules.INVENTORY)
    const created = await container.resolve(Modules.LOCKING).execute(itemIds, async () => {
      // Read again under the locks: another checkout may have taken units meanwhile.
      const plan = planQuoteReservations(lines, await reservableVariants(container, variantIds), locations)
      if ("refusal" in plan) throw new RefusalError(plan.refusal, MedusaError.Types.CONFLICT)
      if (!plan.reservations.length) return []
      return await inventory.createReservationItems(
        plan.reservations.map((reservation) => ({ ...reservation, allow_backorder: false })),
      )
    })
    const ids = created.map((reservation) => reservation.id)
    return new StepResponse(ids, ids)
  },
  async (reservationIds, { container }) => {
    if (!reservationIds?.length) return
    await container.resolve(Modules.INVENTORY).deleteReservationItems(reservationIds)
  },
)
