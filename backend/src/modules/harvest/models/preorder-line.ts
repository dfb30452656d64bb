import { model } from "@medusajs/framework/utils"
import { SHORT_HARVEST_CHOICES } from "./preorder"

/**
 * The server's own record of a pre-order cart line, written only by `POST /store/carts/:id/preorders`:
 * which cart line (by id, in which cart) is a pre-order of which variant from which lot, at what
 * unit price in which currency, and what the shopper chose for a short harvest. Checkout books
 * from this record, never from the line's metadata (a display copy the shopper could try to forge).
 * `key` ties the booking it becomes, and the order line made from the cart line, to it.
 */
export const PreorderLine = model
  .define("preorder_line", {
    id: model.id({ prefix: "preln" }).primaryKey(),
    key: model.text().unique(),
    cart_id: model.text(),
    line_item_id: model.text().unique(),
    lot_id: model.text(),
    variant_id: model.text(),
    if_short: model.enum([...SHORT_HARVEST_CHOICES]).default("wait"),
    /** The variant's price per unit in `currency_code` when the line was made (tax as the line carries it). */
    unit_price: model.bigNumber(),
    currency_code: model.text(),
  })
  .indexes([{ on: ["cart_id"] }])
