import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { HARVEST_MODULE } from "../../../modules/harvest"
import type HarvestModuleService from "../../../modules/harvest/service"
import type { AdminGetPreordersParamsType } from "./validators"

/**
 * GET /admin/preorders: pre-order bookings, oldest first, filtered by lot, variant, status or
 * order, each with its lot number, product and variant names and order number. The lots, the
 * variants and the orders of a page are read in one query each.
 */
export async function GET(
  req: AuthenticatedMedusaRequest<unknown, AdminGetPreordersParamsType>,
  res: MedusaResponse,
): Promise<void> {
  const { limit, offset, lot_id, variant_id, order_id, status } = req.validatedQuery
  const harvest: HarvestModuleService = req.scope.resolve(HARVEST_MODULE)
  const filters = Object.fromEntries(
    Object.entries({ lot_id, variant_id, order_id, status: status?.length ? status : undefined }).filter(
      ([, value]) => value !== undefined,
    ),
  )
  const [preorders, count] = await harvest.listAndCountPreorders(filters, {
    skip: offset,
    take: limit,
    order: { created_at: "ASC", id: "ASC" },
  })

  const distinct = (values: (string | null | undefined)[]) => [...new Set(values.filter((v): v is string => !!v))]
  const lotIds = distinct(preorders.map((booking) => booking.lot_id))
  const variantIds = distinct(preorders.map((booking) => booking.variant_id))
  const orderIds = distinct(preorders.map((booking) => booking.order_id))
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const [lots, variants, orders] = await Promise.all([
    lotIds.length
      ? harvest.listHarvestLots(
          { id: lotIds },
          { select: ["id", "lot_number", "status", "expected_shipping_month"], take: null, withDeleted: true },
        )
      : [],
    variantIds.length
      ? query
          .graph({
            entity: "product_variant",
            fields: ["id", "title", "sku", "product.id", "product.title"],
            filters: { id: variantIds },
            withDeleted: true,
          })
          .then(({ data }) => data)
      : [],
    orderIds.length
      ? query
          .graph({ entity: "order", fields: ["id", "display_id"], filters: { id: orderIds } })
          .then(({ data }) => data)
      : [],
  ])
  const lotById = new Map(lots.map((lot) => [lot.id, lot]))
  const variantById = new Map(variants.map((variant) => [variant.id, variant]))
  const orderById = new Map(orders.map((order) => [order.id, order]))

  res.json({
    preorders: preorders.map((booking) => {
      const lot = lotById.get(booking.lot_id)
      const variant = variantById.get(booking.variant_id)
      return {
        ...booking,
        lot_number: lot?.lot_number ?? null,
        lot_status: lot?.status ?? null,
        expected_shipping_month: lot?.expected_shipping_month ?? null,
        product_id: variant?.product?.id ?? null,
        product_title: variant?.product?.title ?? null,
        variant_title: variant?.title ?? null,
        variant_sku: variant?.sku ?? null,
        order_display_id: booking.order_id ? (orderById.get(booking.order_id)?.display_id ?? null) : null,
      }
    }),
    count,
    limit,
    offset,
  })
}
