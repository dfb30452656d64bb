import { model } from "@medusajs/framework/utils"

/**
 * How a variant is sold on the wholesale channel: units per case (`case_pack`, e.g. 12 jars) and
 * the least units an order line may hold (`min_quantity`, a whole number of cases). A variant
 * without terms is sold by the unit (case pack 1, minimum 1).
 */
export const WholesaleTerms = model.define("wholesale_terms", {
  id: model.id({ prefix: "wterm" }).primaryKey(),
  variant_id: model.text().unique(),
  case_pack: model.number(),
  min_quantity: model.number(),
})
