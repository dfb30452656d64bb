import type { CreateOrderDTO } from "@medusajs/framework/types"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createOrderWorkflow } from "@medusajs/medusa/core-flows"
import { acceptQuoteStep } from "../steps/accept-quote"
import { attachQuoteBookingsStep } from "../steps/attach-quote-bookings"
import { bookQuoteLotsStep } from "../steps/book-quote-lots"
import { reserveQuoteStockStep } from "../steps/reserve-quote-stock"

export type AcceptWholesaleQuoteInput = { quote_id: string; today: string; order: CreateOrderDTO }

export const acceptWholesaleQuoteWorkflowId = "accept-wholesale-quote"

/**
 * The buyer accepts a quote: its lines beyond the shelf booked against their coming lots, a
 * Medusa order at the quoted prices and freight (built by `orderInputOfQuote`), its shelf stock
 * reserved at the wholesale warehouse (refused with `too_few_left` / `sold_out` when the shelf no
 * longer holds a line; booked lines take none), then the quote accepted with it. If the quote
 * cannot be accepted any more (accepted meanwhile, expired, withdrawn) the order, its reservations
 * and bookings are undone again, so one quote never makes two orders. The caller holds the quote's
 * lock and answers a replay with the order already made.
 */
export const acceptWholesaleQuoteWorkflow = createWorkflow(
  acceptWholesaleQuoteWorkflowId,
  (input: AcceptWholesaleQuoteInput) => {
    // Lines booked beyond the shelf take their coming lot's forecast first: a full lot refuses here.
    bookQuoteLotsStep(transform({ input }, ({ input }) => ({ quote_id: input.quote_id })))
    const order = createOrderWorkflow.runAsStep({ input: transform({ input }, ({ input }) => input.order) })
    reserveQuoteStockStep(transform({ order }, ({ order }) => ({ order_id: order.id })))
    const quote = acceptQuoteStep(
      transform({ input, order }, ({ input, order }) => ({
        quote_id: input.quote_id,
        order_id: order.id,
        today: input.today,
      })),
    )
    // The bookings made above now serve this order's lines (as a placed cart's are tied on order.placed).
    attachQuoteBookingsStep(
      transform({ input, order }, ({ input, order }) => ({ quote_id: input.quote_id, order_id: order.id })),
    )
    return new WorkflowResponse({ order, quote })
  },
)
