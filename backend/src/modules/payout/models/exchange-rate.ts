import { model } from "@medusajs/framework/utils"

/**
 * How many som one unit of a currency is worth from a day on, as staff set it. Rows are never
 * changed: a correction is a new row (for the same day the later row wins), so the table keeps
 * its history and every ledger entry names the rate it used.
 */
export const ExchangeRate = model
  .define("exchange_rate", {
    id: model.id({ prefix: "xrate" }).primaryKey(),
    /** ISO 4217, lower case (not kgs). */
    currency_code: model.text(),
    rate_to_kgs: model.bigNumber(),
    /** The first day (YYYY-MM-DD) the rate applies to. */
    effective_on: model.text(),
    /** The staff user who set it. */
    set_by: model.text(),
    note: model.text().nullable(),
  })
  .indexes([{ on: ["currency_code", "effective_on"] }])
