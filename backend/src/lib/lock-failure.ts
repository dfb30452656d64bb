import { MedusaError } from "@medusajs/framework/utils"

/**
 * True for Medusa's refusal to take a lock (a cart's, a quote's) because another request holds it. Medusa's cart
 * flows lock the cart (`acquireLockStep`, key = the cart id, 2 s); the locking providers fail
 * differently: Redis throws a `MedusaError` of type `conflict`, the in-memory and PostgreSQL
 * providers a plain `Error` ("Failed to acquire lock for key "<key>"", "Timed-out acquiring lock.",
 * ""<key>" is already locked."). Checked in Medusa 2.21.2's sources (`@medusajs/locking`
 * providers/in-memory.js, `@medusajs/locking-postgres` advisory-lock.js, `@medusajs/locking-redis`
 * redis-lock.js): none carries a code, a class or a property of its own, and a failure inside a
 * workflow reaches us serialised (see `lib/refusal-error.ts`), its step id only in the stack's
 * text. So, the one place left that reads Medusa's words, the messages' fixed parts are matched
 * here; they are Medusa's, not ours, and a unit test pins each.
 */
export function isLockFailure(error: unknown): boolean {
  const { type, message } = (error ?? {}) as { type?: unknown; message?: unknown }
  if (typeof message !== "string") return false
  if (/^Failed to acquire lock for key "/.test(message)) return true
  if (message === "Timed-out acquiring lock.") return true
  if (/^".+" is already locked\.$/.test(message)) return true
  return type === MedusaError.Types.CONFLICT && /\block\b/i.test(message)
}
