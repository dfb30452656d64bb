import type { MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { payoutRefusalOfError } from "../../../modules/payout/refusal"

/**
 * Answers a payout refusal (`modules/payout/refusal.ts`) as `{ type, code, params, message }` with
 * the status of its Medusa type (400 `not_allowed`, 409 `conflict`); true when it answered. The
 * message is English for staff; the code and parameters are what the admin renders.
 */
export function answerPayoutRefusal(error: unknown, res: MedusaResponse): boolean {
  const refused = payoutRefusalOfError(error)
  if (!refused) return false
  const type = String((error as { type?: unknown }).type ?? MedusaError.Types.NOT_ALLOWED)
  const message = String((error as { message?: unknown }).message ?? refused.code)
  res.status(type === MedusaError.Types.CONFLICT ? 409 : 400).json({ type, ...refused, message })
  return true
}
