import { randomUUID } from "node:crypto"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError, QueryContext } from "@medusajs/framework/utils"
import { addToCartWorkflow, deleteLineItemsWorkflow } from "@medusajs/medusa/core-flows"
import type { ProductRef } from "@ovop/domain"
import { HARVEST_MODULE } from "../modules/harvest"
import type { ShortHarvestChoice } from "../modules/harvest/models/preorder"
import { PREORDER_META, type PreorderLineMeta, preorderKeyOf } from "../modules/harvest/preorder"
import type HarvestModuleService from "../modules/harvest/service"
import { calculatedPriceOf } from "./query-graph"
import { refuse } from "./refusal-error"

/**
 * The lock serialising pre-orders and wholesale bookings on one cart. Not the cart id itself: that
 * is the key Medusa's cart flows lock (`acquireLockStep({ key: cart_id })`), which the flows run
 * under this lock take inside it.
 */
export const preorderLockKey = (cartId: string) => `ovop-preorder:${cartId}`

/** A cart as the pre-order and booking routes read it: its region, currency, channel and lines. */
export type PreorderCart = {
  id: string
  region_id: string | null
  currency_code: string
  sales_channel_id: string | null
  completed_at: Date | null
  items?: { id: string; quantity: number; variant_id: string | null }[]
}

/** The cart a pre-order or booking goes into, with its lines: 404 if there is none, refused if it is an order already. */
export async function openCartOf(scope: MedusaContainer, cartId: string): Promise<PreorderCart> {
  const { data } = await scope.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "cart",
    fields: [
      "id",
      "region_id",
      "currency_code",
      "sales_channel_id",
      "completed_at",
      "items.id",
      "items.quantity",
      "items.variant_id",
    ],
    filters: { id: cartId },
  })
  const cart = data[0] as PreorderCart | undefined
  if (!cart) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Cart id not found: ${cartId}`)
  if (cart.completed_at) {
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "this cart is already an order; start a new cart")
  }
  return cart
}

/** A pre-order line to put in a cart: the lot it is served from, and at what price. */
export type PreorderLineToWrite = {
  cart: { id: string; region_id: string | null; currency_code: string }
  variant_id: string
  quantity: number
  lot: { lot_id: string; lot_number: string; expected_shipping_month: string | null }
  if_short: ShortHarvestChoice
  /** The unit price (a wholesale booking's tier); absent: the variant's price for the cart (retail). */
  unit_price?: number
  /** The product a refusal names when the variant has no price in the cart's currency. */
  product: ProductRef
}

/**
 * Adds a pre-order line to the cart (no variant and no stock of its own: it is served from the lot
 * when it comes in, and travels with the order's shipping method) and the server's record of it,
 * which checkout books from. Returns the new line's id. If the record cannot be written, the line
 * goes again.
 */
export async function addPreorderLine(scope: MedusaContainer, line: PreorderLineToWrite): Promise<string> {
  const { cart, variant_id, lot, if_short } = line
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "product_variant",
    fields: [
      "id",
      "title",
      "sku",
      "thumbnail",
      "calculated_price.*",
      "product.id",
      "product.title",
      "product.handle",
      "product.thumbnail",
      "product.description",
    ],
    filters: { id: variant_id },
    // The variant's price for the cart, and whether the region's prices include tax (as an ordinary line's do).
    context: { calculated_price: QueryContext({ region_id: cart.region_id, currency_code: cart.currency_code }) },
  })
  const variant = data[0]
  const price = calculatedPriceOf(variant)
  const unitPrice = line.unit_price ?? price?.calculated_amount
  if (unitPrice === null || unitPrice === undefined) {
    throw refuse("no_price_in_currency", { ...line.product, currency: cart.currency_code.toUpperCase() })
  }
  if (!variant?.product) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `variant_id: no product variant ${variant_id}`)
  }
  const meta: PreorderLineMeta = {
    key: randomUUID(),
    lot_id: lot.lot_id,
    lot_number: lot.lot_number,
    variant_id,
    expected_shipping_month: lot.expected_shipping_month,
    if_short,
  }
  await addToCartWorkflow(scope).run({
    input: {
      cart_id: cart.id,
      items: [
        {
          title: variant.product.title,
          subtitle: variant.title ?? undefined,
          thumbnail: variant.thumbnail ?? variant.product.thumbnail ?? undefined,
          product_id: variant.product.id,
          product_title: variant.product.title,
          product_handle: variant.product.handle,
          product_description: variant.product.description ?? undefined,
          variant_sku: variant.sku ?? undefined,
          variant_title: variant.title ?? undefined,
          quantity: line.quantity,
          unit_price: unitPrice,
          is_tax_inclusive: Boolean(price?.is_calculated_price_tax_inclusive),
          // Medusa's checkout matches each shipped line's variant to a shipping profile, and this
          // line has no variant: it travels with the order's shipping method instead.
          requires_shipping: false,
          // A display copy for the shop and the order's pages; no rule reads it.
          metadata: { [PREORDER_META]: meta },
        },
      ],
    },
  })
  return recordPreorderLine(scope, {
    key: meta.key,
    cart_id: cart.id,
    lot_id: lot.lot_id,
    variant_id,
    if_short,
    unit_price: unitPrice,
    currency_code: cart.currency_code,
  })
}

/**
 * Writes the server's record of the line just added (found by the key of its display copy, which
 * only `addPreorderLine` writes, in this cart, under the cart's pre-order lock) and returns the
 * line's id. Without its record the line could never be checked out, so if the record cannot be
 * written the line goes again.
 */
async function recordPreorderLine(
  scope: MedusaContainer,
  record: {
    key: string
    cart_id: string
    lot_id: string
    variant_id: string
    if_short: ShortHarvestChoice
    unit_price: number
    currency_code: string
  },
): Promise<string> {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "cart",
    fields: ["items.id", "items.variant_id", "items.metadata"],
    filters: { id: record.cart_id },
  })
  const items =
    (data[0] as { items?: { id: string; variant_id: string | null; metadata: Record<string, unknown> | null }[] })
      ?.items ?? []
  const line = items.find((item) => !item.variant_id && preorderKeyOf(item.metadata) === record.key)
  if (!line) throw new MedusaError(MedusaError.Types.UNEXPECTED_STATE, "the pre-order line was not added to the cart")
  try {
    await (scope.resolve(HARVEST_MODULE) as HarvestModuleService).createPreorderLines({
      ...record,
      line_item_id: line.id,
    })
  } catch (error) {
    await deleteLineItemsWorkflow(scope).run({ input: { cart_id: record.cart_id, ids: [line.id] } })
    throw error
  }
  return line.id
}
