import { createHmac, timingSafeEqual } from "node:crypto"

/** Why a webhook's `Stripe-Signature` header was refused; `valid` when it was not. */
export type StripeSignatureCheck =
  | { valid: true; timestamp: number }
  | {
      valid: false
      reason: "no secret configured" | "no signature header" | "malformed header" | "too old" | "mismatch"
    }

/** Stripe's default tolerance: a signature older (or newer) than five minutes is a replay. */
export const STRIPE_SIGNATURE_TOLERANCE_SECONDS = 300

/**
 * Checks a `Stripe-Signature` header (`t=<unix seconds>,v1=<hex>[,v1=...]`) the way Stripe's
 * SDKs do: one `v1` must be the HMAC-SHA256 of `${t}.${payload}` with the endpoint's secret, and
 * `t` must be within the tolerance of `nowSeconds`.
 */
export function checkStripeSignature(input: {
  payload: Buffer | string
  header: string | string[] | undefined
  secret: string | undefined
  nowSeconds: number
  toleranceSeconds?: number
}): StripeSignatureCheck {
  if (!input.secret) return { valid: false, reason: "no secret configured" }
  const header = Array.isArray(input.header) ? input.header[0] : input.header
  if (!header) return { valid: false, reason: "no signature header" }
  let timestamp = Number.NaN
  const signatures: string[] = []
  for (const part of header.split(",")) {
    const [key, value] = part.trim().split("=", 2)
    if (key === "t") timestamp = Number(value)
    else if (key === "v1" && value) signatures.push(value)
  }
  if (!Number.isInteger(timestamp) || !signatures.length) return { valid: false, reason: "malformed header" }
  const expected = createHmac("sha256", input.secret)
    .update(`${timestamp}.`)
    .update(typeof input.payload === "string" ? Buffer.from(input.payload, "utf8") : input.payload)
    .digest()
  const matches = signatures.some((signature) => {
    const given = Buffer.from(signature, "hex")
    return given.length === expected.length && timingSafeEqual(given, expected)
  })
  if (!matches) return { valid: false, reason: "mismatch" }
  const tolerance = input.toleranceSeconds ?? STRIPE_SIGNATURE_TOLERANCE_SECONDS
  if (Math.abs(input.nowSeconds - timestamp) > tolerance) return { valid: false, reason: "too old" }
  return { valid: true, timestamp }
}
