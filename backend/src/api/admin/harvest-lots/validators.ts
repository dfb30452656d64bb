import { z } from "@medusajs/framework/zod"
import { HARVEST_LOT_STATUSES } from "../../../modules/harvest/lot-status"
import { calendarDay, calendarMonth, listLimit, listOffset, recordId, text } from "../../input/fields"

const day = calendarDay
const statusMessage = { error: `status must be one of ${HARVEST_LOT_STATUSES.join(", ")}` }

const quantity = (field: string) =>
  z
    .number({ error: `${field} must be a whole number` })
    .int({ error: `${field} must be a whole number` })
    .min(0, { error: `${field} must not be negative` })
    .max(10_000_000, { error: `${field} is implausibly large` })

/** Body of POST /admin/harvest-lots. */
export const AdminCreateHarvestLot = z
  .object({
    lot_number: z
      .string({ error: "lot_number is required" })
      .trim()
      .min(1, { error: "lot_number must not be empty" })
      .max(60, { error: "lot_number must be at most 60 characters" }),
    variant_id: recordId("variant_id"),
    forecast_quantity: quantity("forecast_quantity"),
    produced_quantity: quantity("produced_quantity").nullable().optional(),
    production_date: day("production_date").nullable().optional(),
    best_before: day("best_before").nullable().optional(),
    expected_shipping_month: calendarMonth("expected_shipping_month").nullable().optional(),
    note: text("note", 1000).nullable().optional(),
  })
  .strict()
  .refine((lot) => !lot.production_date || !lot.best_before || lot.production_date < lot.best_before, {
    error: "best_before must be after production_date",
    path: ["best_before"],
  })
export type AdminCreateHarvestLotType = z.infer<typeof AdminCreateHarvestLot>

/** Body of POST /admin/harvest-lots/:id/transition. */
export const AdminTransitionHarvestLot = z
  .object({
    to: z.enum([...HARVEST_LOT_STATUSES], { error: `to must be one of ${HARVEST_LOT_STATUSES.join(", ")}` }),
    produced_quantity: z
      .number({ error: "produced_quantity must be a whole number" })
      .int({ error: "produced_quantity must be a whole number" })
      .min(1, { error: "produced_quantity must be at least 1" })
      .max(10_000_000, { error: "produced_quantity is implausibly large" })
      .optional(),
  })
  .strict()
export type AdminTransitionHarvestLotType = z.infer<typeof AdminTransitionHarvestLot>

/** Query of GET /admin/harvest-lots. */
export const AdminGetHarvestLotsParams = z
  .object({
    variant_id: recordId("variant_id").optional(),
    producer_group_id: recordId("producer_group_id").optional(),
    status: z.enum([...HARVEST_LOT_STATUSES], statusMessage).optional(),
    // 500: the admin's season calendar reads every lot in one page.
    limit: listLimit(500, 100),
    offset: listOffset(),
  })
  .strict()
export type AdminGetHarvestLotsParamsType = z.infer<typeof AdminGetHarvestLotsParams>
