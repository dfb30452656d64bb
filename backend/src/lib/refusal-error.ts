import { MedusaError } from "@medusajs/framework/utils"
import { type Refusal, type RefusalCode, type RefusalParams, refusal, refusalOf } from "@ovop/domain"
import { refusalMessage } from "@ovop/domain/messages"

/**
 * How a refusal reaches the store's error handler. Checked in Medusa 2.21.2's sources:
 *
 * - Thrown straight from a route or a middleware (the pre-order route's own checks), the error
 *   handler receives this very object.
 * - Thrown inside a workflow step or hook (the cart rules in `workflows/hooks/`, a payment
 *   provider called by `authorizePaymentSessionStep`), it does not: the orchestrator's
 *   `setStepFailure` (`@medusajs/orchestration`, transaction-orchestrator.js) stores
 *   `serializeError(error)` (`@medusajs/utils`, common/serialize-error.js), a plain object of
 *   `message`, `name`, `stack` and every own property of the error, and `workflow-export.js`
 *   (`@medusajs/workflows-sdk`) throws that object (`errors[0].error`). Medusa's complete-cart
 *   route (`api/store/carts/[id]/complete/route.js`) throws the same object on.
 *
 * So the class is gone by the time the handler sees a workflow's refusal (no `instanceof`), but
 * its own properties survive: `type` (the status Medusa's handler answers), and `refusal`, a
 * plain `{ code, params }` that would survive JSON too (a Redis workflow engine's checkpoint).
 * The handler therefore reads `refusalOfError(error)`, never the class and never the message.
 */
export class RefusalError extends MedusaError {
  /** The refusal this error carries: its code and parameters, for the error body. */
  readonly refusal: Refusal

  constructor(refused: Refusal, type: string = MedusaError.Types.NOT_ALLOWED) {
    super(type, refusalMessage(refused, "en"))
    this.name = "RefusalError"
    this.refusal = refused
  }
}

/** A refusal error for `code` with its typed parameters (400, `not_allowed`, unless `type` says otherwise). */
export function refuse<Code extends RefusalCode>(
  code: Code,
  params: RefusalParams[Code],
  type: string = MedusaError.Types.NOT_ALLOWED,
): RefusalError {
  return new RefusalError(refusal(code, params), type)
}

/**
 * The refusal an error carries, whether the error is a `RefusalError` or what a workflow made of
 * one (a plain object with its own properties, see above); null for any other error.
 */
export function refusalOfError(error: unknown): Refusal | null {
  if (!error || typeof error !== "object") return null
  return refusalOf((error as { refusal?: unknown }).refusal)
}
