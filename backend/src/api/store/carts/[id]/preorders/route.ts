import type { MedusaResponse, MedusaStoreRequest } from "@medusajs/framework/http"
import type { MedusaContainer } from "@medusajs/framework/types"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import { refetchCart } from "@medusajs/medusa/api/store/carts/helpers"
import { defaultStoreCartFields } from "@medusajs/medusa/api/store/carts/query-config"
import { updateLineItemInCartWorkflow } from "@medusajs/medusa/core-flows"
import { isLockFailure } from "../../../../../lib/lock-failure"
import { addPreorderLine, openCartOf, preorderLockKey } from "../../../../../lib/preorder-line"
import { refuse } from "../../../../../lib/refusal-error"
import { matchPreorderLines } from "../../../../../modules/harvest/preorder"
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
  const cart = await openCartOf(scope, cartId)
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
    await addPreorderLine(scope, {
      cart,
      variant_id,
      quantity,
      lot: { lot_id: lot.id, lot_number: lot.lot_number, expected_shipping_month: lot.expected_shipping_month },
      if_short,
      product,
    })
  }
}
