import { rateLimitRules } from "../../backend/src/lib/rate-limit/limits"

/**
 * Limits for test stacks: their tests sign in, register and pre-order many times from 127.0.0.1,
 * which the shop's defaults would answer with 429. Generous, not off, so the limiter still runs;
 * the rate-limit tests set their own small ones.
 */
export const generousRateLimits: Record<string, string> = Object.fromEntries(
  Object.values(rateLimitRules).map((rule) => [rule.env, "100000/60"]),
)
