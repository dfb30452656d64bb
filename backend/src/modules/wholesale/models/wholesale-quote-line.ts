import { model } from "@medusajs/framework/utils"
import { WholesaleQuote } from "./wholesale-quote"

/** A line of a quote: a variant in whole cases, the tier price when asked, and staff's price. */
export const WholesaleQuoteLine = model.define("wholesale_quote_line", {
  id: model.id({ prefix: "wqln" }).primaryKey(),
  variant_id: model.text(),
  product_id: model.text().nullable(),
  /** The product and variant as the buyer saw them ("Apricot jam 250 g"). */
  title: model.text(),
  sku: model.text().nullable(),
  /** Units (a whole number of cases). */
  quantity: model.number(),
  case_pack: model.number(),
  /** The wholesale tier price of the line when the buyer asked, main unit. */
  requested_unit_price: model.bigNumber(),
  /** Staff's price, main unit; null until quoted. */
  quoted_unit_price: model.bigNumber().nullable(),
  /** A line beyond the shelf booked against a coming harvest lot: the lot (null for a line from the shelf). */
  booked_lot_id: model.text().nullable(),
  booked_lot_number: model.text().nullable(),
  /** The lot's expected shipping month (YYYY-MM), shown on the quote and the order's line. */
  expected_shipping_month: model.text().nullable(),
  quote: model.belongsTo(() => WholesaleQuote, { mappedBy: "lines" }),
})
