import { model } from "@medusajs/framework/utils"

/**
 * A payment received on a wholesale order (an accepted quote), recorded by staff: the amount in
 * the order's currency (main unit), the day it arrived and the bank's reference. The order's
 * balance and payment status follow from these and its terms (`orderBalance` in `@ovop/domain`).
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
  })
  .indexes([{ on: ["order_id"] }, { on: ["quote_id"] }])
