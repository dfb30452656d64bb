import { model } from "@medusajs/framework/utils"

/**
 * A Stripe payment intent made for one instalment of a wholesale order (the deposit, the balance,
 * the prepayment or the invoice), so a buyer who comes back pays through the same intent rather
 * than a second one, and a confirmed intent is matched to its order by our own record, not by the
 * intent's metadata alone. Amount in the order's currency (main unit).
 */
export const WholesaleCardIntent = model
  .define("wholesale_card_intent", {
    id: model.id({ prefix: "wcpi" }).primaryKey(),
    quote_id: model.text(),
    order_id: model.text(),
    installment: model.enum(["prepayment", "deposit", "balance", "invoice"]),
    amount: model.bigNumber(),
    currency_code: model.text(),
    stripe_payment_intent_id: model.text().unique(),
    customer_id: model.text(),
  })
  .indexes([{ on: ["quote_id"] }])
