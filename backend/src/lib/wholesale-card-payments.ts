import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import { type CardPaymentDue, cardPaymentDue, fromMinorUnits, orderBalance, toMinorUnits } from "@ovop/domain"
import { parseStripeApiBaseUrl } from "../modules/stripe-payment/api-host"
import { type StripeClient, stripeClientClass } from "../modules/stripe-payment/service"
import { WHOLESALE_MODULE } from "../modules/wholesale"
import type WholesaleModuleService from "../modules/wholesale/service"
import { shipDay, totalsOfQuote, type WholesaleBuyer } from "../modules/wholesale/service"
import type { QuoteWithLines } from "../modules/wholesale/types"
import { isLockFailure } from "./lock-failure"
import { bookWholesalePayment } from "./payout-booking"
import { presentQuote, today } from "./wholesale-quotes"

// Card payment of wholesale orders through Stripe. The buyer's page asks for a payment intent of
// what is due now (reckoned here by `cardPaymentDue`, never taken from the page), confirms it with
// Stripe.js, and the payment is recorded as received only once Stripe says the intent succeeded:
// by its webhook or by the page asking afterwards, whichever comes first, once per intent.

const START_LOCK_WAIT_SECONDS = 15
/** Intents a buyer may still confirm: one of these for the same instalment and amount is handed out again. */
const OPEN_INTENT_STATUSES = new Set(["requires_payment_method", "requires_confirmation", "requires_action"])
/** Metadata key that marks a Stripe intent as a wholesale order's (the webhook ignores every other intent). */
export const WHOLESALE_INTENT_METADATA = "ovop_wholesale_quote_id"

type Intent = Awaited<ReturnType<StripeClient["paymentIntents"]["retrieve"]>>

const wholesaleOf = (container: MedusaContainer): WholesaleModuleService => container.resolve(WHOLESALE_MODULE)

let client: StripeClient | undefined

/**
 * The Stripe client of wholesale card payments: the same key and API origin as the checkout's
 * Stripe provider (`STRIPE_API_KEY`, `STRIPE_API_BASE_URL`). Without a key, card payment is refused.
 */
function stripe(): StripeClient {
  const apiKey = process.env.STRIPE_API_KEY
  if (!apiKey) {
    throw new MedusaError(
      MedusaError.Types.NOT_ALLOWED,
      "card payments are not set up on this store (no STRIPE_API_KEY): pay by bank transfer",
    )
  }
  if (!client) {
    const StripeClass = stripeClientClass()
    client = new StripeClass(apiKey, { ...parseStripeApiBaseUrl(process.env.STRIPE_API_BASE_URL) })
  }
  return client
}

/** The accepted quote whose order is `orderId`, when it is `companyId`'s; 404 otherwise (other companies never learn it exists). */
async function quoteOfOrder(container: MedusaContainer, orderId: string, companyId: string): Promise<QuoteWithLines> {
  const [found] = await wholesaleOf(container).listWholesaleQuotes(
    { order_id: orderId, company_id: companyId },
    { select: ["id"] },
  )
  if (!found) throw new MedusaError(MedusaError.Types.NOT_FOUND, `wholesale order ${orderId} was not found`)
  return await wholesaleOf(container).quoteOf(found.id, companyId)
}

/** What the order of `quote` lets its buyer pay by card today, from its terms, payments and the order's status. */
async function dueNow(container: MedusaContainer, quote: QuoteWithLines): Promise<CardPaymentDue> {
  const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "order",
    fields: ["id", "status"],
    filters: { id: quote.order_id ?? "" },
  })
  const payments = await wholesaleOf(container).listWholesalePayments({ quote_id: quote.id })
  const balance =
    quote.status === "accepted" && quote.accepted_on
      ? orderBalance(
          quote.payment_terms ?? "prepayment",
          { amount: totalsOfQuote(quote).total, currencyCode: quote.currency_code },
          { ordered: quote.accepted_on, ships: shipDay(quote) },
          payments.map((payment) => ({ amount: Number(payment.amount), received_on: payment.received_on })),
          today(),
        )
      : null
  return cardPaymentDue({
    quote_status: quote.status,
    order_status: data[0]?.status ?? null,
    currency_code: quote.currency_code,
    balance,
  })
}

/** The refusal of a due that cannot be paid: 409 when the order's state forbids it, 400 for the currency. */
function refuseDue(due: Extract<CardPaymentDue, { payable: false }>): never {
  const type =
    due.reason === "unsupported_currency"
      ? MedusaError.Types.NOT_ALLOWED
      : due.reason === "not_an_order"
        ? MedusaError.Types.NOT_FOUND
        : MedusaError.Types.CONFLICT
  throw new MedusaError(type, due.message, due.reason)
}

/** What the buyer's page needs to confirm an intent with Stripe.js, and what it pays. */
function presentIntent(intent: Intent, due: Extract<CardPaymentDue, { payable: true }>) {
  return {
    payment_intent_id: intent.id,
    client_secret: intent.client_secret,
    status: intent.status,
    installment: due.installment,
    amount: due.amount,
    currency_code: due.currency_code,
    due: due.due,
  }
}

/**
 * A buyer starts paying their company's wholesale order `orderId` by card: a Stripe payment intent
 * for what is due now (the deposit, the balance, the prepayment or the invoice). Under the quote's
 * lock; an open intent for the same instalment and amount is handed out again, and a new one is
 * created with an idempotency key of the order, instalment and amount already paid, so a retry or
 * a double click never makes a second charge. An intent that already succeeded is recorded first.
 */
export async function startCardPayment(container: MedusaContainer, buyer: WholesaleBuyer, orderId: string) {
  const quote = await quoteOfOrder(container, orderId, buyer.company_id)
  const stripeClient = stripe()
  try {
    return await container
      .resolve(Modules.LOCKING)
      .execute(`wholesale_card:${quote.id}`, () => openIntentOf(container, stripeClient, buyer, quote, orderId), {
        timeout: START_LOCK_WAIT_SECONDS,
      })
  } catch (error) {
    if (isLockFailure(error)) {
      throw new MedusaError(
        MedusaError.Types.CONFLICT,
        "a card payment of this order is being started; try again",
        "card_payment_busy",
      )
    }
    throw error
  }
}

/** At most this many intents are looked at or made in one request (a replayed one already paid or cancelled moves on). */
const MAX_INTENT_ROUNDS = 4

/**
 * The intent the buyer pays what is due now with, under the quote's lock: an open one of ours for
 * the same instalment and amount, else one created under an idempotency key of the order, the
 * instalment, what was paid already and the amount (Stripe answers the same intent to the same
 * key). An intent found paid is recorded first and the due reckoned again; one found cancelled is
 * passed over (the key's round number moves on).
 */
async function openIntentOf(
  container: MedusaContainer,
  stripeClient: StripeClient,
  buyer: WholesaleBuyer,
  quote: QuoteWithLines,
  orderId: string,
) {
  const wholesale = wholesaleOf(container)
  let round = 0
  rounds: while (round < MAX_INTENT_ROUNDS) {
    const due = await dueNow(container, await wholesale.quoteOf(quote.id))
    if (!due.payable) refuseDue(due)
    const known = await wholesale.listWholesaleCardIntents({ quote_id: quote.id }, { order: { created_at: "DESC" } })
    for (const record of known) {
      const intent = await stripeClient.paymentIntents.retrieve(record.stripe_payment_intent_id)
      if (intent.status === "succeeded" && !(await isRecorded(container, intent.id))) {
        // Paid, but neither the webhook nor the page has told us yet: record it, then reckon again.
        await settleCardPayment(container, intent.id)
        round++
        continue rounds
      }
      if (intent.status === "processing") {
        throw new MedusaError(
          MedusaError.Types.CONFLICT,
          "a card payment of this order is being processed by the card's bank; wait for it before paying again",
          "card_payment_processing",
        )
      }
      if (
        OPEN_INTENT_STATUSES.has(intent.status) &&
        record.installment === due.installment &&
        intent.amount === due.amount_minor &&
        intent.currency === due.currency_code
      ) {
        return { card_payment: presentIntent(intent, due) }
      }
    }
    const payments = await wholesale.listWholesalePayments({ quote_id: quote.id })
    const paidMinor = payments.reduce(
      (sum, payment) => sum + toMinorUnits(Number(payment.amount), due.currency_code),
      0,
    )
    const intent = await stripeClient.paymentIntents.create(
      {
        amount: due.amount_minor,
        currency: due.currency_code,
        capture_method: "automatic",
        payment_method_types: ["card"],
        description: `Wholesale order ${orderId}: ${due.installment}`,
        metadata: { [WHOLESALE_INTENT_METADATA]: quote.id, ovop_order_id: orderId, ovop_installment: due.installment },
      },
      {
        idempotencyKey: `ovop-wholesale-${quote.id}-${due.installment}-${paidMinor}-${due.amount_minor}-${round}`,
      },
    )
    const [already] = await wholesale.listWholesaleCardIntents({ stripe_payment_intent_id: intent.id })
    if (!already) {
      await wholesale.createWholesaleCardIntents({
        quote_id: quote.id,
        order_id: orderId,
        installment: due.installment,
        amount: due.amount,
        currency_code: due.currency_code,
        stripe_payment_intent_id: intent.id,
        customer_id: buyer.customer_id,
      })
    }
    // Only a replayed key answers an intent that is not new: paid (record it) or cancelled (pass over it).
    if (OPEN_INTENT_STATUSES.has(intent.status)) return { card_payment: presentIntent(intent, due) }
    round++
  }
  throw new MedusaError(
    MedusaError.Types.CONFLICT,
    "the order's card payments changed while a new one was being started; try again",
    "card_payment_busy",
  )
}

/** True when the card payment of intent `intentId` is recorded already. */
async function isRecorded(container: MedusaContainer, intentId: string): Promise<boolean> {
  const [payment] = await wholesaleOf(container).listWholesalePayments(
    { stripe_payment_intent_id: intentId },
    { select: ["id"] },
  )
  return !!payment
}

/**
 * Records the card payment of Stripe intent `intentId` once Stripe says it succeeded, asking
 * Stripe itself (never trusting who reported it). Null for an intent no wholesale order made;
 * otherwise the intent's status and the payment when recorded. Recording is once per intent
 * (`recordPayment` answers the payment already there), so the webhook, its redeliveries and the
 * buyer's page may all report the same intent. The payment is credited to the order's producer
 * groups in the payout ledger, once per payment however often it is reported.
 */
export async function settleCardPayment(container: MedusaContainer, intentId: string) {
  const wholesale = wholesaleOf(container)
  const [record] = await wholesale.listWholesaleCardIntents({ stripe_payment_intent_id: intentId })
  if (!record) return null
  const intent = await stripe().paymentIntents.retrieve(intentId)
  if (intent.status !== "succeeded") return { record, status: intent.status, payment: null }
  if (intent.currency !== record.currency_code.toLowerCase()) {
    throw new MedusaError(
      MedusaError.Types.CONFLICT,
      `Stripe intent ${intentId} is in ${intent.currency}, its order in ${record.currency_code}: not recorded`,
    )
  }
  const payment = await wholesale.recordPayment({
    quote_id: record.quote_id,
    amount: fromMinorUnits(intent.amount_received, intent.currency),
    received_on: today(),
    reference: intent.id,
    recorded_by: "stripe",
    method: "card",
    stripe_payment_intent_id: intent.id,
  })
  await bookWholesalePayment(container, payment.order_id)
  return { record, status: intent.status, payment }
}

/**
 * The buyer's page reports intent `intentId` of order `orderId` after Stripe.js confirmed it: the
 * payment is recorded when Stripe says it succeeded; 404 for an intent not of this company's order.
 * Answers the intent's status and the order's quote (with its payments and balance).
 */
export async function confirmCardPayment(
  container: MedusaContainer,
  buyer: WholesaleBuyer,
  orderId: string,
  intentId: string,
) {
  const quote = await quoteOfOrder(container, orderId, buyer.company_id)
  const [record] = await wholesaleOf(container).listWholesaleCardIntents({
    stripe_payment_intent_id: intentId,
    quote_id: quote.id,
  })
  if (!record) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `card payment ${intentId} of order ${orderId} was not found`)
  }
  const settled = await settleCardPayment(container, intentId)
  return {
    card_payment: { payment_intent_id: intentId, status: settled?.status ?? "unknown", recorded: !!settled?.payment },
    wholesale_quote: await presentQuote(container, await wholesaleOf(container).quoteOf(quote.id), "buyer"),
  }
}
