import type { MedusaNextFunction, MedusaRequest, MedusaResponse, MedusaStoreRequest } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import {
  checkOrderToken,
  ORDER_TOKEN_HEADER,
  orderTokenDays,
  orderTokenFor,
  orderTokenSecret,
} from "../../../lib/order-access-token"
import { isRecordId } from "../../input/fields"

/**
 * Who may read an order through the store API, and ask for it to be moved into an account
 * (Medusa leaves `GET /store/orders/:id` open to whoever has the id, which travels in emails and
 * browser history). Only with a publishable key of the order's sales channel, and then: a
 * registered customer's order, that customer signed in; a guest order, whoever presents its order
 * token (`x-order-token`), made at checkout, until it expires. Anyone else is told the order does
 * not exist.
 */

/** The signed-in customer of a store request, if any. */
export function signedInCustomerId(req: MedusaRequest): string | undefined {
  const auth = (req as MedusaStoreRequest).auth_context
  return auth?.actor_type === "customer" && auth.actor_id ? auth.actor_id : undefined
}

type OrderOwner = {
  id: string
  sales_channel_id: string | null
  customer_id: string | null
  customer?: { has_account: boolean } | null
}

const orderNotFound = (orderId: string) =>
  new MedusaError(MedusaError.Types.NOT_FOUND, `Order id not found: ${orderId}`)

async function orderOwner(req: MedusaRequest, orderId: string): Promise<OrderOwner | undefined> {
  if (!isRecordId(orderId)) return undefined
  const { data } = await req.scope.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "order",
    fields: ["id", "sales_channel_id", "customer_id", "customer.has_account"],
    filters: { id: orderId },
  })
  return data[0] as OrderOwner | undefined
}

/**
 * How this request may use the order: "owner" (the signed-in customer whose account holds it),
 * "token" (a guest order with its valid token), or an error: NOT_FOUND for anyone else, and
 * UNAUTHORIZED for a guest order's genuine token that has expired (its holder can act on that).
 */
async function orderAccess(req: MedusaRequest, orderId: string): Promise<"owner" | "token" | MedusaError> {
  const order = await orderOwner(req, orderId)
  if (!order) return orderNotFound(orderId)
  // Another channel's key (the wholesale one for a retail order) does not see the order at all.
  const keyChannels = (req as MedusaStoreRequest).publishable_key_context?.sales_channel_ids ?? []
  if (!order.sales_channel_id || !keyChannels.includes(order.sales_channel_id)) return orderNotFound(orderId)
  if (order.customer?.has_account) {
    return order.customer_id === signedInCustomerId(req) ? "owner" : orderNotFound(orderId)
  }
  const check = checkOrderToken(orderTokenSecret(req.scope), order.id, req.get(ORDER_TOKEN_HEADER))
  if (check === "valid") return "token"
  if (check === "expired") {
    return new MedusaError(
      MedusaError.Types.UNAUTHORIZED,
      `The link to order ${orderId} has expired (links last ${orderTokenDays()} days); the confirmation email has the order's details, or write to the store`,
    )
  }
  return orderNotFound(orderId)
}

/** `GET /store/orders/:id`: only the order's customer (signed in) or, for a guest order, the holder of its token. */
export async function guardOrderRead(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  const access = await orderAccess(req, req.params.id as string)
  next(access instanceof MedusaError ? access : undefined)
}

/**
 * `POST /store/orders/:id/transfer/request`: a signed-in customer may ask to take over a guest
 * order only with that order's token (so only the shopper who placed it); never another
 * customer's order, which Medusa would otherwise let anyone signed in lock with a pending request.
 */
export async function guardOrderTransferRequest(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  const orderId = req.params.id as string
  const access = await orderAccess(req, orderId)
  if (access instanceof MedusaError) return next(access)
  if (access === "owner") {
    return next(new MedusaError(MedusaError.Types.INVALID_DATA, `Order ${orderId} is already in your account`))
  }
  next()
}

/**
 * `POST /store/carts/:id/complete`: when the cart becomes a guest order, the answer carries that
 * order's token as `order_token` (the storefront keeps it to show the order again). A signed-in
 * customer's order gets none: it is read signed in.
 */
export async function attachOrderToken(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  const { data } = await req.scope.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "cart",
    fields: ["id", "customer.has_account"],
    filters: { id: req.params.id as string },
  })
  const cart = data[0] as { customer?: { has_account: boolean } | null } | undefined
  if (!cart || cart.customer?.has_account) return next()
  const json = res.json.bind(res)
  res.json = (body: unknown) => {
    const answer = body as { type?: string; order?: { id?: string } } | null
    if (answer?.type === "order" && answer.order?.id) {
      return json({ ...answer, order_token: orderTokenFor(req.scope, answer.order.id) })
    }
    return json(body)
  }
  next()
}
