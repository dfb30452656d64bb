import type { InferTypeOf } from "@medusajs/framework/types"
import type { Company } from "./models/company"
import type { WholesaleApplication } from "./models/wholesale-application"
import type { WholesaleQuote } from "./models/wholesale-quote"
import type { WholesaleQuoteLine } from "./models/wholesale-quote-line"
import type { WholesaleQuoteMessage } from "./models/wholesale-quote-message"

/** A buyer application as the module stores it. */
export type WholesaleApplicationRecord = InferTypeOf<typeof WholesaleApplication>

/** A company as the module stores it. */
export type CompanyRecord = InferTypeOf<typeof Company>

/** A quote as the module stores it, with its lines and messages. */
export type QuoteWithLines = Omit<InferTypeOf<typeof WholesaleQuote>, "lines" | "messages"> & {
  lines: InferTypeOf<typeof WholesaleQuoteLine>[]
  messages: InferTypeOf<typeof WholesaleQuoteMessage>[]
}

/** The fields a status move may set with it. */
export type QuoteChanges = Partial<
  Pick<
    InferTypeOf<typeof WholesaleQuote>,
    | "freight"
    | "valid_until"
    | "ships_on"
    | "payment_terms"
    | "quoted_at"
    | "quoted_by"
    | "closing_reason"
    | "closed_at"
    | "order_id"
    | "accepted_on"
  >
>

/** A quote as a buyer asks for it (status requested). */
export type NewQuote = Pick<
  InferTypeOf<typeof WholesaleQuote>,
  | "company_id"
  | "customer_id"
  | "cart_id"
  | "region_id"
  | "sales_channel_id"
  | "currency_code"
  | "requested_delivery_date"
  | "destination_country_code"
  | "destination_city"
  | "incoterm"
  | "consignee"
>

/** A line of a new quote. */
export type NewQuoteLine = Pick<
  InferTypeOf<typeof WholesaleQuoteLine>,
  "variant_id" | "product_id" | "title" | "sku" | "quantity" | "case_pack" | "requested_unit_price"
> &
  Partial<
    Pick<InferTypeOf<typeof WholesaleQuoteLine>, "booked_lot_id" | "booked_lot_number" | "expected_shipping_month">
  >
