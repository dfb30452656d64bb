import { model } from "@medusajs/framework/utils"

/** The least a wholesale order may come to in a currency (goods, before delivery), in the currency's main unit. */
export const WholesaleMinimumOrder = model.define("wholesale_minimum_order", {
  id: model.id({ prefix: "wmin" }).primaryKey(),
  /** ISO 4217, lower case. */
  currency_code: model.text().unique(),
  amount: model.bigNumber(),
})
