import { model } from "@medusajs/framework/utils"

/** How a wholesale payment arrived: recorded by staff from the bank (`transfer`), or by card through Stripe. */
export const WHOLESALE_PAYMENT_METHODS = ["transfer", "card"] as const

/**
 * A payment received on a wholesale order (an accepted quote): the amount in the order's currency
 * (main unit), the day it arrived and its reference. Staff record transfers; a card payment is
 * recorded once Stripe confirms it, keyed by its payment intent (one payment per intent, ever).
 * The order's balance and payment status follow from these and its terms (`orderBalance` in `@ovop/domain`).
 */
export const WholesalePayment = model
  .define("wholesale_payment", {
    id: model.id({ prefix: "wpay" }).primaryKey(),
    quote_id: model.text(),
    order_id: model.text(),
    amount: model.bigNumber(),
    currency_code: model.text(),
    /** YYYY-MM-DD. */
    received_on: model.text(),
    reference: model.text(),
    recorded_by: model.text(),
    method: model.enum([...WHOLESALE_PAYMENT_METHODS]).default("transfer"),
    stripe_payment_intent_id: model.text().nullable(),
  })
  .indexes([
    { on: ["order_id"] },
    { on: ["quote_id"] },
    { on: ["stripe_payment_intent_id"], unique: true, where: "stripe_payment_intent_id IS NOT NULL" },
  ])
