import type { MedusaNextFunction, MedusaRequest, MedusaResponse, MedusaStoreRequest } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { isRecordId } from "../../input/fields"
import { signedInCustomerId } from "../orders/order-access"
import { holdCartForRequest } from "./cart-request-lock"

/**
 * A cart belongs to the sales channel it was made in and, once a registered customer holds it, to
 * that customer. Medusa's store routes take any cart id with any publishable key and any caller;
 * these middlewares answer 404 (as for a cart that does not exist) to a request whose publishable
 * key is not of the cart's channel, and to anyone but the signed-in customer for a customer's
 * cart. A guest's cart (no customer, or the guest customer Medusa makes from the email) stays open
 * to the holder of its id, and may be taken over by the shopper signing in
 * (`POST /store/carts/:id/customer`).
 */

type CartOwner = {
  id: string
  sales_channel_id: string | null
  customer_id: string | null
  customer?: { has_account: boolean } | null
}

const cartNotFound = (cartId: string) => new MedusaError(MedusaError.Types.NOT_FOUND, `Cart id not found: ${cartId}`)

/**
 * Answers the cart when this request may use it; throws NOT_FOUND when it may not. A cart that
 * does not exist answers undefined: the route itself says so, in its own words.
 */
export async function assertCartAccess(req: MedusaRequest, cartId: string): Promise<CartOwner | undefined> {
  if (!isRecordId(cartId)) throw cartNotFound(cartId.slice(0, 100))
  const { data } = await req.scope.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "cart",
    fields: ["id", "sales_channel_id", "customer_id", "customer.has_account"],
    filters: { id: cartId },
  })
  const cart = data[0] as CartOwner | undefined
  if (!cart) return undefined
  const keyChannels = (req as MedusaStoreRequest).publishable_key_context?.sales_channel_ids ?? []
  if (!cart.sales_channel_id || !keyChannels.includes(cart.sales_channel_id)) throw cartNotFound(cartId)
  if (cart.customer_id && cart.customer?.has_account && cart.customer_id !== signedInCustomerId(req)) {
    throw cartNotFound(cartId)
  }
  return cart
}

/**
 * Every `/store/carts/:id` route and its sub-routes (line items, shipping methods, promotions,
 * taxes, customer, complete, our pre-orders): the cart must be this key's and this caller's, and
 * `POST /store/carts/:id` may not move it to another sales channel.
 */
export async function guardCartAccess(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  const cartId = req.params.id as string
  const cart = await assertCartAccess(req, cartId)
  const body = req.body as { sales_channel_id?: unknown } | undefined
  // Any case: Express matches routes without regard to case, so `/STORE/CARTS/:id` is the same route.
  const isCartUpdate = req.method === "POST" && /^\/store\/carts\/[^/?]+\/?(\?|$)/i.test(req.originalUrl)
  if (cart && isCartUpdate && body?.sales_channel_id !== undefined && body.sales_channel_id !== cart.sales_channel_id) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      "sales_channel_id: a cart stays in the sales channel it was made in; start a new cart with that channel's key",
    )
  }
  next()
}

/**
 * Store routes naming a cart in their body or query (`cart_id`): the same rule for that cart, and
 * the request waits for any change of that cart in progress (cart-request-lock.ts).
 */
export async function guardNamedCart(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  const named = (req.body as { cart_id?: unknown } | undefined)?.cart_id ?? req.query.cart_id
  const cart = typeof named === "string" && named ? await assertCartAccess(req, named) : undefined
  if (cart) return holdCartForRequest(req, res, next, cart.id)
  next()
}

/**
 * `POST /store/payment-collections/:id/payment-sessions`: the same rule for the collection's cart,
 * and the session (its amount) waits for any change of that cart in progress.
 */
export async function guardPaymentCollectionCart(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  if (!isRecordId(req.params.id as string)) return next()
  const { data } = await req.scope.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "payment_collection",
    fields: ["id", "cart.id"],
    filters: { id: req.params.id as string },
  })
  const cartId = (data[0] as { cart?: { id: string } | null } | undefined)?.cart?.id
  const cart = cartId ? await assertCartAccess(req, cartId) : undefined
  if (cart) return holdCartForRequest(req, res, next, cart.id)
  next()
}
