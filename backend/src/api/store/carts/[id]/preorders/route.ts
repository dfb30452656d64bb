import { randomUUID } from "node:crypto"
import type { MedusaResponse, MedusaStoreRequest } from "@medusajs/framework/http"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError, Modules, QueryContext } from "@medusajs/framework/utils"
import { refetchCart } from "@medusajs/medusa/api/store/carts/helpers"
import { defaultStoreCartFields } from "@medusajs/medusa/api/store/carts/query-config"
import { addToCartWorkflow, deleteLineItemsWorkflow, updateLineItemInCartWorkflow } from "@medusajs/medusa/core-flows"
import { isLockFailure } from "../../../../../lib/lock-failure"
import { calculatedPriceOf } from "../../../../../lib/query-graph"
import { refuse } from "../../../../../lib/refusal-error"
import { HARVEST_MODULE } from "../../../../../modules/harvest"
import {
  matchPreorderLines,
  PREORDER_META,
  type PreorderLineMeta,
  preorderKeyOf,
} from "../../../../../modules/harvest/preorder"
import type HarvestModuleService from "../../../../../modules/harvest/service"
import { loadCartVariants } from "../../../../../workflows/hooks/cart-variants"
import { assertVariantsOnSale } from "../../../../../workflows/hooks/off-sale"
import {
  assertPreorderQuantity,
  MAX_LINE_QUANTITY,
  openPreorderLots,
  preorderLineRecords,
} from "../../../../../workflows/hooks/preorder-rules"
import { assertShippable, cartDestinationsById } from "../../../../../workflows/hooks/restriction-rules"
import { channelLocationIds } from "../../../../../workflows/hooks/season-rules"
import { isWholesaleChannel } from "../../../../../workflows/hooks/wholesale-rules"
import { routeParam } from "../../../../input/fields"
import { cartBusyError } from "../../../cart-busy"
import type { StoreAddPreorderType } from "./validators"

/**
 * The lock serialising pre-orders on one cart. Not the cart id itself: that is the key Medusa's
 * cart flows lock (`acquireLockStep({ key: cart_id })`), which the flows run here take inside it.
 */
export const preorderLockKey = (cartId: string) => `ovop-preorder:${cartId}`

/** How long a pre-order waits for the one before it on the same cart (seconds) before answering 409. */
const PREORDER_LOCK_WAIT_SECONDS = 15

/**
 * POST /store/carts/:id/preorders: puts a pre-order line in the cart, for a variant that cannot be
 * bought from the shelf but has a planned lot with forecast left. The line has no stock of its
 * own (it is served from the lot when it comes in); the server records it (`preorder_line`: lot,
 * variant, price, the shopper's choice for a short harvest), and checkout books from that record.
 * Pre-ordering the same lot again adds to the existing line. Pre-orders on one cart run one at a
 * time; one that waits too long for the one before answers 409.
 */
export async function POST(req: MedusaStoreRequest<StoreAddPreorderType>, res: MedusaResponse) {
  const cartId = routeParam(req, "id", "id")
  let started = false
  try {
    await req.scope.resolve(Modules.LOCKING).execute(
      preorderLockKey(cartId),
      async () => {
        started = true
        await addPreorder(req.scope, cartId, req.validatedBody)
      },
      { timeout: PREORDER_LOCK_WAIT_SECONDS },
    )
  } catch (error) {
    if (!started && isLockFailure(error)) throw cartBusyError()
    throw error
  }
  const updated = await refetchCart(cartId, req.scope, defaultStoreCartFields)
  res.status(200).json({ cart: updated })
}

/** The pre-order itself, run under the cart's pre-order lock. */
async function addPreorder(scope: MedusaContainer, cartId: string, body: StoreAddPreorderType): Promise<void> {
  const { variant_id, quantity, if_short } = body
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
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
      "items.variant_id",
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
        items?: { id: string; quantity: number; variant_id: string | null }[]
      }
    | undefined
  if (!cart) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Cart id not found: ${cartId}`)
  if (cart.completed_at)
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "this cart is already an order; start a new cart")
  // A wholesale line books at wholesale prices and in whole cases, through its own route.
  if (await isWholesaleChannel(scope, cart.sales_channel_id)) {
    throw new MedusaError(
      MedusaError.Types.NOT_ALLOWED,
      "a wholesale cart books ahead of the harvest through POST /store/wholesale/carts/:id/bookings",
    )
  }

  const [variant] = await loadCartVariants(scope, [variant_id])
  if (!variant) throw new MedusaError(MedusaError.Types.INVALID_DATA, `variant_id: no product variant ${variant_id}`)
  await assertVariantsOnSale(scope, [variant])
  const product = { product: variant.product?.title ?? variant.title ?? variant_id, product_id: variant.product?.id }
  // A product the cart's destination refuses is not pre-ordered either (goods that may not enter).
  await assertShippable(scope, () => cartDestinationsById(scope, cart.id), [product])
  const lots = await openPreorderLots(scope, [variant], await channelLocationIds(scope, cart.sales_channel_id))
  const lot = lots.get(variant_id)
  if (!lot) throw refuse("preorder_unavailable", product)

  // The line already pre-ordering this lot, by the server's records (never the lines' metadata).
  const { preorders } = matchPreorderLines(cart.id, cart.items ?? [], await preorderLineRecords(scope, cart.id))
  const existing = preorders.find((p) => p.record.lot_id === lot.id)?.line
  const total = quantity + Number(existing?.quantity ?? 0)
  if (total > MAX_LINE_QUANTITY) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `quantity: a cart line holds at most ${MAX_LINE_QUANTITY}; this one would hold ${total}`,
    )
  }
  await assertPreorderQuantity(scope, lot.id, total, product)

  if (existing) {
    await updateLineItemInCartWorkflow(scope).run({
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
    const v = priced[0]
    const price = calculatedPriceOf(v)
    const amount = price?.calculated_amount
    if (!v?.product || amount === null || amount === undefined) {
      throw refuse("no_price_in_currency", { ...product, currency: cart.currency_code.toUpperCase() })
    }
    const meta: PreorderLineMeta = {
      key: randomUUID(),
      lot_id: lot.id,
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
    await recordPreorderLine(scope, {
      key: meta.key,
      cart_id: cart.id,
      lot_id: lot.id,
      variant_id,
      if_short,
      unit_price: amount,
      currency_code: cart.currency_code,
    })
  }
}

/**
 * Writes the server's record of the line just added (found by the key of its display copy, which
 * only this route writes, in this cart, under the lock). Without its record the line could never
 * be checked out, so if the record cannot be written the line goes again.
 */
export async function recordPreorderLine(
  scope: MedusaContainer,
  record: {
    key: string
    cart_id: string
    lot_id: string
    variant_id: string
    if_short: StoreAddPreorderType["if_short"]
    unit_price: number
    currency_code: string
  },
): Promise<void> {
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
}
