import { randomUUID } from "node:crypto"
import type { MedusaResponse, MedusaStoreRequest } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError, QueryContext } from "@medusajs/framework/utils"
import { refetchCart } from "@medusajs/medusa/api/store/carts/helpers"
import { defaultStoreCartFields } from "@medusajs/medusa/api/store/carts/query-config"
import { addToCartWorkflow, updateLineItemInCartWorkflow } from "@medusajs/medusa/core-flows"
import { PREORDER_META, type PreorderLineMeta, preorderMetaOf } from "../../../../../modules/harvest/preorder"
import { loadCartVariants } from "../../../../../workflows/hooks/cart-variants"
import { assertVariantsOnSale } from "../../../../../workflows/hooks/off-sale"
import { assertPreorderQuantity, openPreorderLots } from "../../../../../workflows/hooks/preorder-rules"
import { channelLocationIds } from "../../../../../workflows/hooks/season-rules"
import { routeParam } from "../../../../input/fields"
import type { StoreAddPreorderType } from "./validators"

type PricedVariant = {
  id: string
  title: string | null
  sku: string | null
  thumbnail: string | null
  calculated_price?: { calculated_amount: number | null; is_calculated_price_tax_inclusive?: boolean } | null
  product?: { id: string; title: string; handle: string; thumbnail: string | null; description: string | null } | null
}

/**
 * POST /store/carts/:id/preorders: puts a pre-order line in the cart, for a variant that cannot be
 * bought from the shelf but has a planned lot with forecast left. The line has no stock of its
 * own (it is served from the lot when it comes in) and carries the lot and the shopper's choice
 * for a short harvest. Pre-ordering the same lot again adds to the existing line.
 */
export async function POST(req: MedusaStoreRequest<StoreAddPreorderType>, res: MedusaResponse) {
  const cartId = routeParam(req, "id", "id")
  const { variant_id, quantity, if_short } = req.validatedBody
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: carts } = await query.graph({
    entity: "cart",
    fields: [
      "id",
      "region_id",
      "currency_code",
      "sales_channel_id",
      "completed_at",
      "items.id",
      "items.quantity",
      "items.metadata",
    ],
    filters: { id: cartId },
  })
  const cart = carts[0] as
    | {
        id: string
        region_id: string | null
        currency_code: string
        sales_channel_id: string | null
        completed_at: Date | null
        items?: { id: string; quantity: number; metadata: Record<string, unknown> | null }[]
      }
    | undefined
  if (!cart) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Cart id not found: ${cartId}`)
  if (cart.completed_at)
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "this cart is already an order; start a new cart")

  const [variant] = await loadCartVariants(req.scope, [variant_id])
  if (!variant) throw new MedusaError(MedusaError.Types.INVALID_DATA, `variant_id: no product variant ${variant_id}`)
  await assertVariantsOnSale(req.scope, [variant])
  const name = variant.product?.title ?? variant.title ?? variant_id
  const lots = await openPreorderLots(req.scope, [variant], await channelLocationIds(req.scope, cart.sales_channel_id))
  const lot = lots.get(variant_id)
  if (!lot) {
    throw new MedusaError(
      MedusaError.Types.NOT_ALLOWED,
      `"${name}" cannot be pre-ordered now: it is in stock (add it to the cart) or no harvest is planned`,
    )
  }

  const existing = (cart.items ?? []).find((item) => preorderMetaOf(item.metadata)?.lot_id === lot.id)
  const total = quantity + Number(existing?.quantity ?? 0)
  await assertPreorderQuantity(
    req.scope,
    existing?.metadata ?? { [PREORDER_META]: { key: "new", lot_id: lot.id, variant_id } },
    total,
    name,
  )

  if (existing) {
    await updateLineItemInCartWorkflow(req.scope).run({
      input: { cart_id: cart.id, item_id: existing.id, update: { quantity: total } },
    })
  } else {
    const { data: priced } = await query.graph({
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
      context: {
        calculated_price: QueryContext({ region_id: cart.region_id, currency_code: cart.currency_code }),
      },
    })
    const v = priced[0] as unknown as PricedVariant | undefined
    const amount = v?.calculated_price?.calculated_amount
    if (!v?.product || amount === null || amount === undefined) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `"${name}" has no price in ${cart.currency_code.toUpperCase()}; choose another currency`,
      )
    }
    const meta: PreorderLineMeta = {
      key: randomUUID(),
      lot_id: lot.id,
      lot_number: lot.lot_number,
      variant_id,
      expected_shipping_month: lot.expected_shipping_month,
      if_short,
    }
    await addToCartWorkflow(req.scope).run({
      input: {
        cart_id: cart.id,
        items: [
          {
            title: v.product.title,
            subtitle: v.title ?? undefined,
            thumbnail: v.thumbnail ?? v.product.thumbnail ?? undefined,
            product_id: v.product.id,
            product_title: v.product.title,
            product_handle: v.product.handle,
            product_description: v.product.description ?? undefined,
            variant_sku: v.sku ?? undefined,
            variant_title: v.title ?? undefined,
            quantity,
            unit_price: amount,
            is_tax_inclusive: Boolean(v.calculated_price?.is_calculated_price_tax_inclusive),
            // Medusa's checkout matches each shipped line's variant to a shipping profile, and this
            // line has no variant: it travels with the order's shipping method instead.
            requires_shipping: false,
            metadata: { [PREORDER_META]: meta },
          },
        ],
      },
    })
  }
  const updated = await refetchCart(cart.id, req.scope, defaultStoreCartFields)
  res.status(200).json({ cart: updated })
}
