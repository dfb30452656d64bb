import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { recordPayment } from "../../../../../../lib/wholesale-quote-actions"
import { routeParam } from "../../../../../input/fields"
import type { AdminRecordWholesalePaymentType } from "../../../validators"

/**
 * POST /admin/wholesale/quotes/:id/payments: staff record a payment received on an accepted
 * quote's order (amount, day, reference); 201 with the new balance. 400 beyond the balance.
 */
export async function POST(req: AuthenticatedMedusaRequest<AdminRecordWholesalePaymentType>, res: MedusaResponse) {
  const quote = await recordPayment(
    req.scope,
    routeParam(req, "id", "id"),
    req.auth_context.actor_id,
    req.validatedBody,
  )
  res.status(201).json({ wholesale_quote: quote })
}
