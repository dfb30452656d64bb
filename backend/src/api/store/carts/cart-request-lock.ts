import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { Modules } from "@medusajs/framework/utils"
import { isLockFailure } from "../../../lib/lock-failure"
import { isRecordId } from "../../input/fields"
import { cartBusyError } from "../cart-busy"

/**
 * One request at a time per cart, reads included.
 *
 * Why: a change of a cart in Medusa 2.21 is a workflow of many steps, each committed on its own.
 * Moving a cart to another region (`POST /store/carts/:id { region_id }`) writes the cart's new
 * region and currency first (`updateCartsStep`) and re-prices its lines only afterwards
 * (`refreshCartItemsWorkflow`), seconds later on a busy machine. Medusa's own cart lock
 * (`acquireLockStep`, key = the cart id) keeps two such workflows apart, but nothing keeps a
 * reader out: a `GET /store/carts/:id` (the next page of a shopper who changed currency and moved
 * on, the client's request aborted but the server's move going on) answered a yen cart whose lines
 * still held their dollar amounts, and the storefront showed and kept them. Holding this lock for
 * the whole request (the workflow and the answer's read), every request on a cart sees it before
 * or after another's change, never in the middle, and cart changes queue instead of failing on
 * Medusa's 2-second lock.
 *
 * Not the cart id itself: Medusa's cart flows take that key inside the request, with no owner.
 */
export const cartRequestLockKey = (cartId: string) => `ovop-cart-request:${cartId}`

/** How long a request waits for the one before it on the same cart (seconds) before answering 409 `cart_busy`. */
export const CART_REQUEST_WAIT_SECONDS = 30

/**
 * The longest a request holds its cart (seconds): a handler that never answers must not hold the
 * cart for good. Far above any cart change's own time (a completion with its card authorization).
 */
const CART_REQUEST_HOLD_SECONDS = 120

/**
 * Runs the rest of the request (`next()`) holding the cart's request lock, released when the
 * request's answer is written (`res.end`, by the route or by the error handler), whether or not
 * the client is still there: a client that went away does not stop the change it asked for, so
 * the next request on the cart still waits for it. Answers 409 `cart_busy` when the cart stays
 * held longer than `CART_REQUEST_WAIT_SECONDS`.
 */
export async function holdCartForRequest(
  req: MedusaRequest,
  res: MedusaResponse,
  next: MedusaNextFunction,
  cartId: string,
): Promise<void> {
  let started = false
  try {
    await req.scope.resolve(Modules.LOCKING).execute(
      cartRequestLockKey(cartId),
      () =>
        new Promise<void>((resolve) => {
          started = true
          const cap = setTimeout(resolve, CART_REQUEST_HOLD_SECONDS * 1000)
          cap.unref()
          const end = res.end.bind(res)
          res.end = ((...args: Parameters<typeof res.end>) => {
            clearTimeout(cap)
            resolve()
            return end(...args)
          }) as typeof res.end
          next()
        }),
      { timeout: CART_REQUEST_WAIT_SECONDS },
    )
  } catch (error) {
    // After `next()` the request is the route's: an error here (the lock lost on release) is not its answer.
    if (started) return
    next(isLockFailure(error) ? cartBusyError() : error)
  }
}

/**
 * Every `/store/carts/:id` route and its sub-routes (read, change, line items, shipping methods,
 * promotions, customer, complete, our pre-orders): one request at a time per cart.
 */
export async function serialiseCartRequests(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  const cartId = req.params.id as string
  if (!isRecordId(cartId)) return next()
  await holdCartForRequest(req, res, next, cartId)
}
