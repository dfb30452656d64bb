import { createHmac } from "node:crypto"

/**
 * The `Stripe-Signature` header Stripe sends with a webhook: `t=<unix seconds>,v1=<hex>`, the v1
 * part being the HMAC-SHA256 of `${t}.${payload}` keyed with the endpoint's signing secret.
 */
export function stripeSignatureHeader(payload: string, secret: string, timestampSeconds: number): string {
  const signature = createHmac("sha256", secret).update(`${timestampSeconds}.${payload}`, "utf8").digest("hex")
  return `t=${timestampSeconds},v1=${signature}`
}
