import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { repriceStaleCart } from "../../../lib/cart-prices"
import { isRecordId } from "../../input/fields"

/**
 * `POST /store/carts/:id/complete`, under the cart's request lock: a cart with a line whose price
 * is not its product's price for the cart is priced again and refused (409 `cart_prices_changed`)
 * before anything is charged (lib/cart-prices.ts); the completion's own rule refuses the same.
 */
export async function repriceBeforeCompletion(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  const cartId = req.params.id as string
  if (isRecordId(cartId)) await repriceStaleCart(req.scope, cartId)
  next()
}
