import { model } from "@medusajs/framework/utils"
import { PREORDER_STATUSES, type PreorderStatus, SHORT_HARVEST_CHOICES, type ShortHarvestChoice } from "@ovop/domain"

// The pre-order's choices and statuses (with their transitions table and guard) are the shop's
// shared rules in `@ovop/domain`: the admin's lists read the same values.
export { PREORDER_STATUSES, type PreorderStatus, SHORT_HARVEST_CHOICES, type ShortHarvestChoice }

/**
 * A pre-order: units of a planned lot promised to one cart line, booked when the cart becomes an
 * order. `key` is carried in the line's metadata (and so in the order's line), which ties the
 * booking to the order; it is unique, so a retried checkout never books twice.
 */
export const Preorder = model
  .define("preorder", {
    id: model.id({ prefix: "preo" }).primaryKey(),
    key: model.text().unique(),
    lot_id: model.text(),
    variant_id: model.text(),
    cart_id: model.text(),
    order_id: model.text().nullable(),
    order_item_id: model.text().nullable(),
    quantity: model.number(),
    allocated_quantity: model.number().default(0),
    refund_quantity: model.number().default(0),
    if_short: model.enum([...SHORT_HARVEST_CHOICES]).default("wait"),
    status: model.enum([...PREORDER_STATUSES]).default("waiting"),
    /** Money given back for `refund_quantity` (in the order's currency) and when; null until refunded. */
    refunded_amount: model.bigNumber().nullable(),
    refunded_at: model.dateTime().nullable(),
    /** Where the refund stands for staff: refunding, refunded, or why it waits (payment not captured yet). */
    refund_note: model.text().nullable(),
    /** For a booking moved from a short lot: the booking it continues. */
    moved_from_id: model.text().nullable(),
  })
  .indexes([{ on: ["lot_id", "status"] }, { on: ["order_id"] }])
