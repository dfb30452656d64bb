import { createHmac, timingSafeEqual } from "node:crypto"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"

/**
 * The secret that opens a guest order: made at checkout (and again for the confirmation email),
 * answered with the completed cart as `order_token`, and sent back as the `x-order-token` header
 * to read the order (`GET /store/orders/:id`) or to ask for it to be moved into the shopper's
 * account (`POST /store/orders/:id/transfer/request`). Stateless: `<expiry>.<signature>`, the
 * signature an HMAC-SHA256 of the order id and the expiry under the server's JWT secret, so it
 * opens that one order only, until it expires, and nothing is stored.
 */

/** Days an order token lasts unless `OVOP_ORDER_TOKEN_DAYS` says otherwise. */
export const DEFAULT_ORDER_TOKEN_DAYS = 30

/** The header a store request carries an order token in. */
export const ORDER_TOKEN_HEADER = "x-order-token"

/** What a presented token is worth for an order. */
export type OrderTokenCheck = "valid" | "expired" | "invalid"

const DAY_SECONDS = 24 * 60 * 60

/** How long a new token lasts, in days: `OVOP_ORDER_TOKEN_DAYS` (a whole number from 1 to 3650), else 30. */
export function orderTokenDays(env: Record<string, string | undefined> = process.env): number {
  const raw = env.OVOP_ORDER_TOKEN_DAYS?.trim()
  if (!raw) return DEFAULT_ORDER_TOKEN_DAYS
  const days = Number(raw)
  if (!Number.isInteger(days) || days < 1 || days > 3650) {
    throw new Error(`OVOP_ORDER_TOKEN_DAYS must be a whole number of days from 1 to 3650, not "${raw}"`)
  }
  return days
}

const signature = (secret: string, orderId: string, expiresAt: number) =>
  createHmac("sha256", secret).update(`ovop-order-token:${orderId}:${expiresAt}`).digest("base64url")

/** A token opening `orderId` until `now` plus `days` (seconds since the epoch in the token). */
export function mintOrderToken(secret: string, orderId: string, options: { now?: Date; days?: number } = {}): string {
  const now = Math.floor((options.now ?? new Date()).getTime() / 1000)
  const expiresAt = now + (options.days ?? orderTokenDays()) * DAY_SECONDS
  return `${expiresAt}.${signature(secret, orderId, expiresAt)}`
}

/**
 * Checks a presented token against the order it is presented for: `valid`, `expired` (signed by
 * this store for this order, but past its time) or `invalid` (missing, malformed, another order's,
 * or signed with another secret).
 */
export function checkOrderToken(
  secret: string,
  orderId: string,
  token: string | null | undefined,
  now: Date = new Date(),
): OrderTokenCheck {
  const match = /^(\d{1,12})\.([A-Za-z0-9_-]{43})$/.exec(token ?? "")
  if (!match) return "invalid"
  const expiresAt = Number(match[1])
  const expected = Buffer.from(signature(secret, orderId, expiresAt))
  const given = Buffer.from(match[2] as string)
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return "invalid"
  return expiresAt * 1000 > now.getTime() ? "valid" : "expired"
}

/** The secret order tokens are signed with: the server's JWT secret. */
export function orderTokenSecret(scope: MedusaContainer): string {
  const config = scope.resolve(ContainerRegistrationKeys.CONFIG_MODULE)
  const secret = config.projectConfig.http.jwtSecret
  if (!secret)
    throw new MedusaError(MedusaError.Types.UNEXPECTED_STATE, "the server has no JWT secret to sign order tokens")
  return typeof secret === "string" ? secret : Buffer.from(secret as Uint8Array).toString("base64")
}

/** A new order token for `orderId`, lasting `OVOP_ORDER_TOKEN_DAYS` (30 days unless set). */
export const orderTokenFor = (scope: MedusaContainer, orderId: string): string =>
  mintOrderToken(orderTokenSecret(scope), orderId)
