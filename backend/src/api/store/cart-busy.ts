import { MedusaError } from "@medusajs/framework/utils"

/** What a shopper is told when another change to the same cart holds it (409; localised in rule-messages). */
export const CART_BUSY_MESSAGE = "your cart is being changed in another window or tab: try again in a moment"

/**
 * True for Medusa's refusal to take a cart's lock because another request holds it. Medusa's cart
 * flows lock the cart (`acquireLockStep`, key = the cart id, 2 s); the locking providers fail
 * differently: Redis throws a `MedusaError` of type `conflict`, the in-memory and PostgreSQL
 * providers a plain `Error` ("Failed to acquire lock for key "<key>"", "Timed-out acquiring lock.",
 * ""<key>" is already locked."). No code is shared, so the messages' fixed parts are matched.
 */
export function isLockFailure(error: unknown): boolean {
  const { type, message } = (error ?? {}) as { type?: unknown; message?: unknown }
  if (typeof message !== "string") return false
  if (/^Failed to acquire lock for key "/.test(message)) return true
  if (message === "Timed-out acquiring lock.") return true
  if (/^".+" is already locked\.$/.test(message)) return true
  return type === MedusaError.Types.CONFLICT && /\block\b/i.test(message)
}

/** True for the store's own busy-cart refusal (`cartBusyError`). */
export function isCartBusy(error: unknown): boolean {
  const { type, message } = (error ?? {}) as { type?: unknown; message?: unknown }
  return type === MedusaError.Types.CONFLICT && message === CART_BUSY_MESSAGE
}

/** The 409 a lock failure becomes, with a message a person can act on (answered by the store's error handler). */
export const cartBusyError = () => new MedusaError(MedusaError.Types.CONFLICT, CART_BUSY_MESSAGE)
