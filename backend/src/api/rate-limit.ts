import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { refusal, resolveLocale } from "@ovop/domain"
import { refusalMessage } from "@ovop/domain/messages"
import Redis from "ioredis"
import { type RateLimiterAbstract, RateLimiterMemory, RateLimiterRedis, RateLimiterRes } from "rate-limiter-flexible"
import { clientOf, trustedProxies } from "../lib/rate-limit/client-address"
import { type RateLimit, type RateLimitRule, rateLimitOf, rateLimitRules } from "../lib/rate-limit/limits"

// A malformed limit or proxy setting stops the boot, naming its variable, instead of answering
// 500 on every sign-in later.
for (const rule of Object.keys(rateLimitRules) as RateLimitRule[]) rateLimitOf(rule)
trustedProxies(process.env.OVOP_TRUST_PROXY)

let redis: Redis | undefined
const limiters = new Map<string, RateLimiterAbstract>()
let trust: ReturnType<typeof trustedProxies> | undefined

/**
 * One limiter per bucket: in Redis when `REDIS_URL` is set (shared by every backend process,
 * with an in-memory stand-in while Redis cannot be reached, so a Redis outage neither blocks
 * sign-in nor lifts the limits), otherwise in this process's memory.
 */
function limiterFor(bucket: string, limit: RateLimit): RateLimiterAbstract {
  const key = `${bucket}:${limit.points}/${limit.durationSeconds}`
  const existing = limiters.get(key)
  if (existing) return existing
  const options = { keyPrefix: `ovop-rate-limit:${bucket}`, points: limit.points, duration: limit.durationSeconds }
  const redisUrl = process.env.REDIS_URL
  if (redisUrl && !redis) {
    // Commands wait for the connection (the first ones after boot), but fail after one reconnection
    // attempt while Redis is down, and the insurance limiter answers; ioredis reconnects on its own.
    redis = new Redis(redisUrl, { maxRetriesPerRequest: 1 })
    redis.on("error", () => undefined)
  }
  const limiter = redis
    ? new RateLimiterRedis({ ...options, storeClient: redis, insuranceLimiter: new RateLimiterMemory(options) })
    : new RateLimiterMemory(options)
  limiters.set(key, limiter)
  return limiter
}

/** Where a counted request is keyed: the client's address, or the email it names. */
export type RateLimitKey = "client" | "email"

/** What one rate-limited route counts: a bucket of its own per rule and key. */
export type RateLimitCheck = { rule: RateLimitRule; bucket: string; key: RateLimitKey; emailField?: string }

/**
 * The `rate_limited` refusal: `{ type, code, params: { seconds, limit }, message }` (the message in the
 * language the request asked for, `x-medusa-locale`), plus `retry_after` as before.
 */
const tooMany = (req: MedusaRequest, res: MedusaResponse, check: RateLimitCheck, retryAfterSeconds: number) => {
  const refused = refusal("rate_limited", { seconds: retryAfterSeconds, limit: check.bucket })
  res.setHeader("Retry-After", String(retryAfterSeconds))
  res.status(429).json({
    type: "too_many_requests",
    code: refused.code,
    params: refused.params,
    message: refusalMessage(refused, resolveLocale(req.locale) ?? "en"),
    retry_after: retryAfterSeconds,
  })
}

/** The email a request names in its JSON body (trimmed, lower-case), if any. */
function emailOf(req: MedusaRequest, field: string): string | undefined {
  const value = (req.body as Record<string, unknown> | undefined)?.[field]
  return typeof value === "string" && value.trim() ? value.trim().toLowerCase().slice(0, 320) : undefined
}

/**
 * Counts a request against each of `checks` (per client address and, for sign-in and password
 * reset, per email named in the body) and answers `429` with `Retry-After` (seconds) once one is
 * exhausted: the route then does nothing. Limits come from the `OVOP_RATE_LIMIT_*` variables
 * (checked at boot), the client address from `OVOP_TRUST_PROXY`. `skip` lets a request
 * through uncounted.
 */
export function rateLimit(checks: RateLimitCheck[], skip?: (req: MedusaRequest) => boolean) {
  return async function rateLimitMiddleware(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
    if (skip?.(req)) return next()
    trust ??= trustedProxies(process.env.OVOP_TRUST_PROXY)
    for (const check of checks) {
      const limit = rateLimitOf(check.rule)
      if (!limit) continue
      const subject = check.key === "email" ? emailOf(req, check.emailField ?? "email") : clientOf(req, trust)
      if (!subject) continue
      try {
        await limiterFor(check.bucket, limit).consume(subject)
      } catch (rejection) {
        if (!(rejection instanceof RateLimiterRes)) throw rejection
        return tooMany(req, res, check, Math.max(1, Math.ceil(rejection.msBeforeNext / 1000)))
      }
    }
    return next()
  }
}

/**
 * Medusa's own two-segment auth routes that are not a sign-in, for a signed-in actor
 * (`/auth/:actor_type/:auth_provider` matches them too). Email verification is counted.
 */
const notSignIn = new Set(["token/refresh", "mfa/factors", "mfa/recovery-codes"])

/** Sign-in (`GET` or `POST /auth/:actor_type/:auth_provider`, customers and staff): per client and per email. */
export const signInRateLimit = rateLimit(
  [
    { rule: "signIn", bucket: "sign-in", key: "client" },
    { rule: "signInEmail", bucket: "sign-in-email", key: "email" },
  ],
  (req) => notSignIn.has(`${req.params.actor_type}/${req.params.auth_provider}`.toLowerCase()),
)

/** Registration of an auth identity (`POST /auth/:actor_type/:auth_provider/register`). */
export const registerIdentityRateLimit = rateLimit([{ rule: "register", bucket: "register-identity", key: "client" }])

/** Creation of the customer after registration (`POST /store/customers`). */
export const registerCustomerRateLimit = rateLimit([{ rule: "register", bucket: "register-customer", key: "client" }])

/** Password reset requests (`POST /auth/:actor_type/:auth_provider/reset-password`): per client and per email. */
export const passwordResetRateLimit = rateLimit([
  { rule: "passwordReset", bucket: "password-reset", key: "client" },
  { rule: "passwordResetEmail", bucket: "password-reset-email", key: "email", emailField: "identifier" },
])

/** Password changes with a reset token (`POST /auth/:actor_type/:auth_provider/update`). */
export const passwordUpdateRateLimit = rateLimit([{ rule: "passwordReset", bucket: "password-update", key: "client" }])

/** Back-in-stock requests (`POST /store/back-in-stock-requests`). */
export const backInStockRateLimit = rateLimit([{ rule: "backInStock", bucket: "back-in-stock", key: "client" }])

/** Pre-orders added to a cart (`POST /store/carts/:id/preorders`). */
export const preorderRateLimit = rateLimit([{ rule: "preorder", bucket: "preorder", key: "client" }])
