import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import {
  checkQuoteTransition,
  fromMinorUnits,
  isQuoteExpired,
  paymentTermsRefusal,
  type QuoteStatus,
  refusal,
  toMinorUnits,
} from "@ovop/domain"
import { WHOLESALE_MODULE } from "../modules/wholesale"
import type WholesaleModuleService from "../modules/wholesale/service"
import type { WholesaleBuyer } from "../modules/wholesale/service"
import { shelfRefusalOf } from "../workflows/wholesale/steps/reserve-quote-stock"
import {
  type AcceptWholesaleQuoteInput,
  acceptWholesaleQuoteWorkflow,
} from "../workflows/wholesale/workflows/accept-wholesale-quote"
import { isLockFailure } from "./lock-failure"
import { bookWholesalePayment } from "./payout-booking"
import { RefusalError } from "./refusal-error"
import { emailQuoteBuyer } from "./wholesale-quote-emails"
import { orderInputOfQuote, presentQuote, type QuoteReader, today } from "./wholesale-quotes"

// What buyers and staff do to a quote, each under the domain's transitions table. The routes
// (store/wholesale/quotes, admin/wholesale/quotes) check who is asking and call these.

const ACCEPT_LOCK_WAIT_SECONDS = 30

const wholesaleOf = (container: MedusaContainer): WholesaleModuleService => container.resolve(WHOLESALE_MODULE)

/** The order an accepted quote became, as both sides may read it. */
async function orderSummary(container: MedusaContainer, orderId: string) {
  const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "order",
    fields: [
      "id",
      "display_id",
      "status",
      "currency_code",
      "customer_id",
      "sales_channel_id",
      "item_total",
      "shipping_total",
      "total",
      "metadata",
      "items.id",
      "items.title",
      "items.variant_id",
      "items.quantity",
      // A line's quantity lives on its detail: asked for alone, `items.quantity` can come back empty.
      "items.detail.quantity",
      "items.unit_price",
      "items.metadata",
    ],
    filters: { id: orderId },
  })
  const order = data[0]
  if (!order) throw new MedusaError(MedusaError.Types.NOT_FOUND, `order ${orderId} was not found`)
  return {
    ...order,
    item_total: Number(order.item_total),
    shipping_total: Number(order.shipping_total),
    total: Number(order.total),
  }
}

/**
 * The buyer accepts quote `id` of their company: one order at the quoted prices and freight, for
 * the buyer who asked. Run under the quote's lock; a replay (or a second buyer of the company
 * accepting at once) finds it accepted and answers the same order, never a second. A quote past
 * its validity is marked expired and refused.
 */
export async function acceptQuote(container: MedusaContainer, buyer: WholesaleBuyer, id: string) {
  const wholesale = wholesaleOf(container)
  await wholesale.quoteOf(id, buyer.company_id) // 404 before any lock for another company's id
  let started = false
  try {
    return await lockedAccept(container, buyer, id, () => {
      started = true
    })
  } catch (error) {
    // Waited too long for another acceptance of the same quote: try again (it answers that order).
    if (!started && isLockFailure(error)) {
      throw new MedusaError(MedusaError.Types.CONFLICT, "the quote is being accepted right now; send the request again")
    }
    throw error
  }
}

/** The acceptance itself, under the quote's lock (`onStart` once the lock is held). */
async function lockedAccept(container: MedusaContainer, buyer: WholesaleBuyer, id: string, onStart: () => void) {
  const wholesale = wholesaleOf(container)
  return await container.resolve(Modules.LOCKING).execute(
    `wholesale_quote:${id}`,
    async () => {
      onStart()
      const quote = await wholesale.quoteOf(id, buyer.company_id)
      if (quote.status === "accepted" && quote.order_id) {
        return {
          wholesale_quote: await presentQuote(container, quote, "buyer"),
          order: await orderSummary(container, quote.order_id),
        }
      }
      const day = today()
      if (quote.status === "quoted" && quote.valid_until && isQuoteExpired(quote.valid_until, day)) {
        await wholesale.moveQuote({ id, to: "expired", today: day, changes: { closed_at: new Date() } })
        throw new MedusaError(
          MedusaError.Types.NOT_ALLOWED,
          `the quote was valid until ${quote.valid_until}; ask for a new quote`,
        )
      }
      const check = checkQuoteTransition(quote.status, "accepted", { validUntil: quote.valid_until, today: day })
      if (!check.allowed) throw new MedusaError(MedusaError.Types.NOT_ALLOWED, check.reason)
      const company = await wholesale.retrieveCompany(quote.company_id)
      const customer = await container.resolve(Modules.CUSTOMER).retrieveCustomer(quote.customer_id)
      const order = await orderInputOfQuote(container, quote, company, customer.email)
      const result = await acceptWithStock(container, quote, { quote_id: id, today: day, order })
      return {
        wholesale_quote: await presentQuote(container, result.quote, "buyer"),
        order: await orderSummary(container, result.order.id),
      }
    },
    { timeout: ACCEPT_LOCK_WAIT_SECONDS },
  )
}

/**
 * Runs the acceptance when the shelf holds the quote's lines. The shelf is read first so a sold
 * line is refused by name (`too_few_left`, `sold_out`: 409) before anything is made; if another
 * checkout takes the units in between, Medusa's own stock check refuses the order and the shelf is
 * read again to name the product.
 */
async function acceptWithStock(
  container: MedusaContainer,
  quote: {
    sales_channel_id: string
    lines: { id: string; variant_id: string; quantity: number; booked_lot_id?: string | null }[]
  },
  input: AcceptWholesaleQuoteInput,
) {
  // A line booked against a coming lot takes no shelf stock (its lot is booked in the workflow).
  const lines = quote.lines.map((line) => ({
    id: line.id,
    variant_id: line.variant_id,
    quantity: line.quantity,
    metadata: line.booked_lot_id ? { ovop_booking: line.booked_lot_id } : null,
  }))
  const refusedBefore = await shelfRefusalOf(container, quote.sales_channel_id, lines)
  if (refusedBefore) throw new RefusalError(refusedBefore, MedusaError.Types.CONFLICT)
  try {
    const { result } = await acceptWholesaleQuoteWorkflow(container).run({ input })
    return result
  } catch (error) {
    if ((error as { code?: unknown })?.code !== MedusaError.Codes.INSUFFICIENT_INVENTORY) throw error
    const refused = await shelfRefusalOf(container, quote.sales_channel_id, lines)
    throw new RefusalError(refused ?? refusal("sold_out_during_checkout", {}), MedusaError.Types.CONFLICT)
  }
}

/**
 * Ends an open quote: the buyer declines or withdraws it, staff cancel it (`company_id` unset).
 * The reason, if any, is kept for both sides to read.
 */
export async function closeQuote(
  container: MedusaContainer,
  input: {
    id: string
    company_id?: string
    to: Extract<QuoteStatus, "declined" | "withdrawn" | "cancelled">
    reason?: string | undefined
  },
) {
  const wholesale = wholesaleOf(container)
  await wholesale.quoteOf(input.id, input.company_id)
  await wholesale.moveQuote({
    id: input.id,
    to: input.to,
    today: today(),
    changes: { closing_reason: input.reason ?? null, closed_at: new Date() },
  })
  // Staff closing it tell the buyer (once: a quote is cancelled once).
  if (input.to === "cancelled") await emailQuoteBuyer(container, input.id, "cancelled", "closed")
  return presentQuote(container, await wholesale.quoteOf(input.id), input.company_id ? "buyer" : "staff")
}

/** Leaves a message on a quote of `company_id` (a buyer's) or on any quote (staff's). */
export async function leaveMessage(
  container: MedusaContainer,
  input: { id: string; company_id?: string; author_type: "buyer" | "staff"; author_id: string; body: string },
) {
  const wholesale = wholesaleOf(container)
  await wholesale.quoteOf(input.id, input.company_id)
  const written = await wholesale.createWholesaleQuoteMessages({
    quote_id: input.id,
    author_type: input.author_type,
    author_id: input.author_id,
    body: input.body,
  })
  if (input.author_type === "staff") {
    await emailQuoteBuyer(container, input.id, "message", written.id, { message: input.body })
  }
  const reader: QuoteReader = input.author_type
  return presentQuote(container, await wholesale.quoteOf(input.id), reader)
}

/** A price sent in the currency's main unit, refused when it has more decimals than the currency. */
function exactPrice(field: string, amount: number, currencyCode: string): number {
  const exact = fromMinorUnits(toMinorUnits(amount, currencyCode), currencyCode)
  if (exact !== amount) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `${field}: ${amount} has more decimals than ${currencyCode.toUpperCase()} allows`,
    )
  }
  return amount
}

/** Staff's answer to a quote. */
export type QuoteAnswer = {
  lines: { id: string; unit_price: number }[]
  freight: number
  valid_until: string
  ships_on: string
  payment_terms: "prepayment" | "deposit_30" | "net_30"
  message?: string | undefined
}

/**
 * Staff quote a requested quote (or quote a quoted one again): a price for every line, freight,
 * the last valid day (today or later), the planned shipment (not before the validity ends) and
 * the payment terms (net 30 only for a trusted company).
 */
export async function answerQuote(container: MedusaContainer, id: string, staffUserId: string, answer: QuoteAnswer) {
  const wholesale = wholesaleOf(container)
  const quote = await wholesale.quoteOf(id)
  const day = today()
  if (answer.valid_until < day) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `valid_until must be today (${day}) or later`)
  }
  if (answer.ships_on < answer.valid_until) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, "ships_on must not be before valid_until")
  }
  const lineIds = new Set(quote.lines.map((line) => line.id))
  const priced = new Set(answer.lines.map((line) => line.id))
  const unknown = answer.lines.find((line) => !lineIds.has(line.id))
  if (unknown) throw new MedusaError(MedusaError.Types.INVALID_DATA, `lines: ${unknown.id} is not a line of this quote`)
  const missing = quote.lines.find((line) => !priced.has(line.id))
  if (missing || priced.size !== answer.lines.length) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      missing ? `lines: ${missing.id} (${missing.title}) has no unit_price` : "lines: a line is priced twice",
    )
  }
  const company = await wholesale.retrieveCompany(quote.company_id)
  const refused = paymentTermsRefusal(answer.payment_terms, { trusted: Boolean(company.trusted) })
  if (refused) throw new MedusaError(MedusaError.Types.INVALID_DATA, `payment_terms: ${refused}`)
  const quotedAt = new Date()
  await wholesale.moveQuote({
    id,
    to: "quoted",
    today: day,
    changes: {
      freight: exactPrice("freight", answer.freight, quote.currency_code),
      valid_until: answer.valid_until,
      ships_on: answer.ships_on,
      payment_terms: answer.payment_terms,
      quoted_at: quotedAt,
      quoted_by: staffUserId,
    },
    lines: answer.lines.map((line) => ({
      id: line.id,
      quoted_unit_price: exactPrice("lines[].unit_price", line.unit_price, quote.currency_code),
    })),
  })
  if (answer.message) {
    await wholesale.createWholesaleQuoteMessages({
      quote_id: id,
      author_type: "staff",
      author_id: staffUserId,
      body: answer.message,
    })
  }
  // One email per answer (a re-quote is a new answer), staff's message in it.
  await emailQuoteBuyer(container, id, "quoted", quotedAt.toISOString(), { message: answer.message })
  return presentQuote(container, await wholesale.quoteOf(id), "staff")
}

/**
 * Staff record a payment received on an accepted quote's order; 400 beyond the balance. The
 * payment is then credited to the order's producer groups in the payout ledger (once).
 */
export async function recordPayment(
  container: MedusaContainer,
  id: string,
  staffUserId: string,
  payment: { amount: number; received_on: string; reference: string },
) {
  const wholesale = wholesaleOf(container)
  const quote = await wholesale.quoteOf(id)
  if (payment.received_on > today()) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, "received_on must not be in the future")
  }
  const recorded = await wholesale.recordPayment({
    quote_id: id,
    amount: exactPrice("amount", payment.amount, quote.currency_code),
    received_on: payment.received_on,
    reference: payment.reference,
    recorded_by: staffUserId,
  })
  await bookWholesalePayment(container, recorded.order_id)
  return presentQuote(container, await wholesale.quoteOf(id), "staff")
}
