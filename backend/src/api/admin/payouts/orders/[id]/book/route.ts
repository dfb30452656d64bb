import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { bookOrderPayoutsWorkflow } from "../../../../../../workflows/payout/workflows/book-order-payouts"
import { routeParam } from "../../../../../input/fields"

/**
 * POST /admin/payouts/orders/:id/book: books what an order's captures and refunds (or, for an
 * accepted quote's order, its wholesale payments and their cancellation) call for that the ledger
 * does not hold yet (after staff added a missing exchange rate); books nothing twice.
 * 400 `no_exchange_rate` when a payment still has no rate for its day.
 */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const orderId = routeParam(req, "id", "id")
  const { data } = await req.scope.resolve("query").graph({ entity: "order", fields: ["id"], filters: { id: orderId } })
  if (!data[0]) throw new MedusaError(MedusaError.Types.NOT_FOUND, `order ${orderId} was not found`)
  const { result } = await bookOrderPayoutsWorkflow(req.scope).run({ input: { order_id: orderId } })
  const [waiting] = result.waiting
  if (waiting) {
    res.status(400).json({
      type: MedusaError.Types.NOT_ALLOWED,
      code: "no_exchange_rate",
      params: { currency: waiting.currency.toUpperCase(), day: waiting.day },
      message: `add an exchange rate of ${waiting.currency.toUpperCase()} to som effective on or before ${waiting.day}, then book again`,
      booked: result.booked.length,
    })
    return
  }
  res.json({ order_id: orderId, booked: result.booked.length, entries: result.booked })
}
