import { errorHandler, type MedusaErrorHandlerFunction } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { type Refusal, refusal } from "@ovop/domain"
import { isLockFailure } from "../../lib/lock-failure"
import { refusalOfError } from "../../lib/refusal-error"
import { soldOutProductOf } from "../../workflows/hooks/checkout-stock"
import { answerPayoutRefusal } from "../admin/payouts/refusal-response"
import { refusalBody, refusalForReader, requestLocale } from "./refusal-answer"

const medusaErrorHandler = errorHandler()

type StoreRequest = { locale?: string; path?: string; originalUrl?: string; method?: string; params?: { id?: string } }

const pathOf = (req: StoreRequest) => (req.originalUrl ?? req.path ?? "").split("?")[0] ?? ""
const isStoreRequest = (req: StoreRequest) => pathOf(req).startsWith("/store")
const completedCartId = (req: StoreRequest) =>
  req.method === "POST" ? /^\/store\/carts\/([^/]+)\/complete\/?$/.exec(pathOf(req))?.[1] : undefined

/**
 * The refusal a failed store request stands for, read from the error's `refusal` (see
 * `lib/refusal-error.ts`), never from its message; or, for a checkout Medusa itself refused
 * (its inventory step: another checkout took the last units after our own check), the cart's
 * state read again: a line the shelf can no longer serve is `sold_out_during_checkout` with its
 * product. Null when the error is none of the shop's refusals.
 *
 * Why the cart's state and not the failing step: Medusa's inventory refusal ("Not enough stock
 * available for item iitem_...") is a plain `not_allowed` with nothing of its own, and Medusa's
 * complete-cart route throws only `errors[0].error`, leaving the step id (`errors[0].action`,
 * "reserve-inventory-step") behind; what reaches us names the step only inside its stack text.
 * Reading the stock again answers the question the shopper has (which product, how many) from
 * data, and `soldOutProductOf` is the very check the checkout's validate hook makes first.
 */
async function refusalOfStoreError(
  error: unknown,
  req: StoreRequest & { scope: { resolve: (key: string) => unknown } },
): Promise<Refusal | null> {
  const carried = refusalOfError(error)
  if (carried) return carried
  if (isLockFailure(error)) return refusal("cart_busy", {})
  const cartId = completedCartId(req)
  const { type } = (error ?? {}) as { type?: unknown }
  if (cartId && type === MedusaError.Types.NOT_ALLOWED) {
    const soldOut = await soldOutProductOf(req.scope as never, decodeURIComponent(cartId))
    if (soldOut) return refusal("sold_out_during_checkout", soldOut)
  }
  return null
}

/**
 * The store's error handler: a refusal (season, stock, off sale, pre-orders, a busy cart, a
 * declined card) answers `{ type, code, params, message }` with the status its Medusa type has
 * (400 `not_allowed`, 409 `conflict` for `cart_busy`), the product and group named and the message
 * written in the language the request asked for. Any other error goes to Medusa's own handler,
 * except a lock failure outside the store routes, which answers a 409 that says to retry.
 */
export const storeErrorHandler: MedusaErrorHandlerFunction = (error, req, res, next) => {
  const request = req as unknown as StoreRequest & { scope: { resolve: (key: string) => unknown } }
  if (!isStoreRequest(request)) {
    // Payouts' refusals answer their code and parameters (admin/payouts/refusal-response.ts).
    if (answerPayoutRefusal(error, res)) return
    // Medusa's handler replaces every 409's message with a generic one; a lock failure is a 500 there.
    if (isLockFailure(error)) {
      res.status(409).json({
        type: MedusaError.Types.CONFLICT,
        code: "busy",
        message: "another change to the same record is in progress: try again in a moment",
      })
      return
    }
    return medusaErrorHandler(error, req, res, next as never)
  }
  void (async () => {
    const refused = await refusalOfStoreError(error, request)
    if (!refused) return medusaErrorHandler(error, req, res, next as never)
    const type =
      refused.code === "cart_busy"
        ? MedusaError.Types.CONFLICT
        : String((error as { type?: unknown }).type ?? MedusaError.Types.NOT_ALLOWED)
    // The statuses Medusa's handler gives these types: 409 for a conflict, 400 for a refusal.
    const status = type === MedusaError.Types.CONFLICT ? 409 : 400
    const locale = requestLocale(request)
    res.status(status).json(refusalBody(type, await refusalForReader(request.scope, refused, locale), locale))
  })().catch(() => medusaErrorHandler(error, req, res, next as never))
}
