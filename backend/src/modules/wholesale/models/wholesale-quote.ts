import { model } from "@medusajs/framework/utils"
import { INCOTERMS, PAYMENT_TERMS, QUOTE_STATUSES } from "@ovop/domain"
import { WholesaleQuoteLine } from "./wholesale-quote-line"
import { WholesaleQuoteMessage } from "./wholesale-quote-message"

/**
 * A buyer's request for quote and staff's answer: a wholesale cart's lines asked for delivery by a
 * day to a destination under an Incoterm, then priced by staff (per-line prices, freight, the last
 * day the quote holds, the payment terms). Accepted, it becomes a Medusa order (`order_id`) whose
 * payments are recorded here. Statuses follow the domain's transitions table (`QUOTE_TRANSITIONS`).
 */
export const WholesaleQuote = model
  .define("wholesale_quote", {
    id: model.id({ prefix: "wquo" }).primaryKey(),
    company_id: model.text(),
    /** The buyer who asked (the order is made for this customer). */
    customer_id: model.text(),
    cart_id: model.text(),
    region_id: model.text(),
    sales_channel_id: model.text(),
    currency_code: model.text(),
    status: model.enum([...QUOTE_STATUSES]).default("requested"),
    /** YYYY-MM-DD. */
    requested_delivery_date: model.text(),
    /** ISO 3166-1 alpha-2, lower case. */
    destination_country_code: model.text(),
    /** The city or port goods go to. */
    destination_city: model.text(),
    incoterm: model.enum([...INCOTERMS]),
    /** Who receives the goods, as the documents print it (the company unless the buyer names another). */
    consignee: model.text(),
    /** Staff's answer: carriage to the named place, in the currency's main unit. */
    freight: model.bigNumber().nullable(),
    /** The last day (YYYY-MM-DD, Bishkek) the quote may be accepted. */
    valid_until: model.text().nullable(),
    /** The planned shipment day (YYYY-MM-DD): the balance of a deposit falls due then, net 30 counts from it. */
    ships_on: model.text().nullable(),
    payment_terms: model.enum([...PAYMENT_TERMS]).nullable(),
    quoted_at: model.dateTime().nullable(),
    quoted_by: model.text().nullable(),
    /** Set when the buyer declines, withdraws or staff cancel. */
    closing_reason: model.text().nullable(),
    closed_at: model.dateTime().nullable(),
    order_id: model.text().nullable(),
    /** The day (YYYY-MM-DD, Bishkek) the buyer accepted: the order's payment schedule counts from it. */
    accepted_on: model.text().nullable(),
    lines: model.hasMany(() => WholesaleQuoteLine, { mappedBy: "quote" }),
    messages: model.hasMany(() => WholesaleQuoteMessage, { mappedBy: "quote" }),
  })
  .indexes([{ on: ["company_id"] }, { on: ["status"] }, { on: ["order_id"], unique: true }])
  .cascades({ delete: ["lines", "messages"] })
