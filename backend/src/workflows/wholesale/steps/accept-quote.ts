import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { WHOLESALE_MODULE } from "../../../modules/wholesale"
import type WholesaleModuleService from "../../../modules/wholesale/service"

export type AcceptQuoteStepInput = { quote_id: string; order_id: string; today: string }

export const acceptQuoteStepId = "accept-quote"

/**
 * Marks a quoted quote accepted with its order, under the transitions table and the row's lock:
 * a second acceptance finds it accepted and is refused, so its order is undone by the workflow.
 * Compensation puts the quote back to quoted, without an order.
 */
export const acceptQuoteStep = createStep(
  acceptQuoteStepId,
  async (input: AcceptQuoteStepInput, { container }) => {
    const wholesale: WholesaleModuleService = container.resolve(WHOLESALE_MODULE)
    await wholesale.moveQuote({
      id: input.quote_id,
      to: "accepted",
      today: input.today,
      changes: { order_id: input.order_id, accepted_on: input.today, closed_at: new Date() },
    })
    return new StepResponse(await wholesale.quoteOf(input.quote_id), input.quote_id)
  },
  async (quoteId, { container }) => {
    if (!quoteId) return
    const wholesale: WholesaleModuleService = container.resolve(WHOLESALE_MODULE)
    await wholesale.updateWholesaleQuotes({
      id: quoteId,
      status: "quoted",
      order_id: null,
      accepted_on: null,
      closed_at: null,
    })
  },
)
