import { model } from "@medusajs/framework/utils"
import { HARVEST_LOT_STATUSES } from "../lot-status"

/**
 * A harvest lot: one batch of one variant made by a producer group (a cooking of apricot jam,
 * a honey extraction). Its produced quantity enters the Karakol stock when it becomes available;
 * its forecast bounds the pre-orders taken before that.
 */
export const HarvestLot = model
  .define("harvest_lot", {
    id: model.id({ prefix: "hlot" }).primaryKey(),
    lot_number: model.text().unique(),
    variant_id: model.text(),
    producer_group_id: model.text(),
    production_date: model.dateTime().nullable(),
    best_before: model.dateTime().nullable(),
    forecast_quantity: model.number(),
    produced_quantity: model.number().nullable(),
    /** Units promised to pre-orders (never above the forecast; written only under a row check). */
    preordered_quantity: model.number().default(0),
    /** Units of the produced quantity set aside for pre-orders when the lot became available. */
    allocated_quantity: model.number().default(0),
    status: model.enum([...HARVEST_LOT_STATUSES]).default("planned"),
    /** The month (YYYY-MM) pre-orders against this lot are expected to ship. */
    expected_shipping_month: model.text().nullable(),
    note: model.text().nullable(),
  })
  .indexes([{ on: ["variant_id", "status"] }, { on: ["producer_group_id"] }])
