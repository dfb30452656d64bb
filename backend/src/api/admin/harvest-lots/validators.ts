import { z } from "@medusajs/framework/zod"
import { HARVEST_LOT_STATUSES } from "../../../modules/harvest/lot-status"

const day = (field: string) =>
  z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { error: `${field} must be a date (YYYY-MM-DD)` })

const quantity = (field: string) =>
  z
    .number({ error: `${field} must be a whole number` })
    .int({ error: `${field} must be a whole number` })
    .min(0, { error: `${field} must not be negative` })

/** Body of POST /admin/harvest-lots. */
export const AdminCreateHarvestLot = z
  .object({
    lot_number: z.string({ error: "lot_number is required" }).trim().min(1, { error: "lot_number must not be empty" }),
    variant_id: z.string({ error: "variant_id is required" }).min(1),
    forecast_quantity: quantity("forecast_quantity"),
    produced_quantity: quantity("produced_quantity").nullable().optional(),
    production_date: day("production_date").nullable().optional(),
    best_before: day("best_before").nullable().optional(),
    expected_shipping_month: z
      .string()
      .regex(/^\d{4}-(0[1-9]|1[0-2])$/, { error: "expected_shipping_month must be a month (YYYY-MM)" })
      .nullable()
      .optional(),
    note: z.string().max(1000).nullable().optional(),
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
    produced_quantity: z.number().int().min(1, { error: "produced_quantity must be at least 1" }).optional(),
  })
  .strict()
export type AdminTransitionHarvestLotType = z.infer<typeof AdminTransitionHarvestLot>

/** Query of GET /admin/harvest-lots. */
export const AdminGetHarvestLotsParams = z
  .object({
    variant_id: z.string().optional(),
    producer_group_id: z.string().optional(),
    status: z.enum([...HARVEST_LOT_STATUSES]).optional(),
    limit: z.coerce.number().int().min(1).max(500).default(100),
    offset: z.coerce.number().int().min(0).default(0),
  })
  .strict()
export type AdminGetHarvestLotsParamsType = z.infer<typeof AdminGetHarvestLotsParams>
