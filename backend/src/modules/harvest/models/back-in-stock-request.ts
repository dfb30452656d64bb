import { model } from "@medusajs/framework/utils"
import { LOCALES } from "@ovop/domain"

/** The languages a shopper can be written to in: the shop's languages. */
export const NOTIFY_LOCALES = LOCALES

/**
 * A shopper's "tell me when it is back": one email, one variant, the language to write in.
 * `notified_at` is set once the message has gone; a request is never answered twice.
 */
export const BackInStockRequest = model
  .define("back_in_stock_request", {
    id: model.id({ prefix: "bisr" }).primaryKey(),
    variant_id: model.text(),
    email: model.text(),
    locale: model.enum([...NOTIFY_LOCALES]).default("en"),
    notified_at: model.dateTime().nullable(),
  })
  .indexes([
    { on: ["variant_id", "email"], unique: true, where: "deleted_at IS NULL" },
    { on: ["variant_id", "notified_at"] },
  ])
