import { model } from "@medusajs/framework/utils"
import { WholesaleQuote } from "./wholesale-quote"

/** A message left on a quote by the buyer's company or by staff. */
export const WholesaleQuoteMessage = model.define("wholesale_quote_message", {
  id: model.id({ prefix: "wqmsg" }).primaryKey(),
  author_type: model.enum(["buyer", "staff"]),
  /** The customer or staff user who wrote it. */
  author_id: model.text(),
  body: model.text(),
  quote: model.belongsTo(() => WholesaleQuote, { mappedBy: "messages" }),
})
