import { MedusaError } from "@medusajs/framework/utils"
import type { PayoutRefusal, PayoutRefusalCode, PayoutRefusalParams } from "@ovop/domain"

/**
 * A payout request staff made that the rules refuse: a `MedusaError` (400 `not_allowed` unless
 * `type` says otherwise) carrying `payout_refusal`, its stable code and parameters, as an own
 * property, so it survives a workflow's serialisation of errors like the store's refusals do
 * (`lib/refusal-error.ts`); the admin error handler answers `{ type, code, params, message }`.
 */
export class PayoutRefusalError extends MedusaError {
  readonly payout_refusal: PayoutRefusal

  constructor(refused: PayoutRefusal, message: string, type: string = MedusaError.Types.NOT_ALLOWED) {
    super(type, message)
    this.name = "PayoutRefusalError"
    this.payout_refusal = refused
  }
}

/** A payout refusal error for `code` with its typed parameters and a message staff can act on. */
export function refusePayout<Code extends PayoutRefusalCode>(
  code: Code,
  params: PayoutRefusalParams[Code],
  message: string,
  type: string = MedusaError.Types.NOT_ALLOWED,
): PayoutRefusalError {
  return new PayoutRefusalError({ code, params } as PayoutRefusal, message, type)
}

/** The payout refusal an error carries (a `PayoutRefusalError` or its serialised copy), or null. */
export function payoutRefusalOfError(error: unknown): PayoutRefusal | null {
  if (!error || typeof error !== "object") return null
  const refused = (error as { payout_refusal?: unknown }).payout_refusal
  if (!refused || typeof refused !== "object") return null
  const { code, params } = refused as { code?: unknown; params?: unknown }
  return typeof code === "string" && params && typeof params === "object" ? (refused as PayoutRefusal) : null
}
