import { z } from "@medusajs/framework/zod"
import { PREORDER_STATUSES, type PreorderStatus } from "../../../modules/harvest/models/preorder"

/** One value, repeated values (`status=a&status=b`) or a comma-separated list, as a list. */
const asList = (value: unknown) =>
  value === undefined
    ? undefined
    : (Array.isArray(value) ? value : [value]).flatMap((item) => String(item).split(",")).filter(Boolean)

const isPreorderStatus = (value: string): value is PreorderStatus =>
  (PREORDER_STATUSES as readonly string[]).includes(value)

/** Query of GET /admin/preorders. */
export const AdminGetPreordersParams = z
  .object({
    lot_id: z.string().min(1, { error: "lot_id must not be empty" }).optional(),
    variant_id: z.string().min(1, { error: "variant_id must not be empty" }).optional(),
    order_id: z.string().min(1, { error: "order_id must not be empty" }).optional(),
    status: z.preprocess(
      asList,
      z
        .array(z.string())
        .superRefine((list, ctx) => {
          const unknown = list.find((value) => !isPreorderStatus(value))
          if (unknown !== undefined) {
            ctx.addIssue({
              code: "custom",
              message: `status: '${unknown}' is not a pre-order status; use ${PREORDER_STATUSES.join(", ")}`,
            })
          }
        })
        .transform((list) => list as PreorderStatus[])
        .optional(),
    ),
    limit: z.coerce
      .number({ error: "limit must be a whole number from 1 to 200" })
      .int({ error: "limit must be a whole number from 1 to 200" })
      .min(1, { error: "limit must be a whole number from 1 to 200" })
      .max(200, { error: "limit must be a whole number from 1 to 200" })
      .default(50),
    offset: z.coerce
      .number({ error: "offset must be a whole number, 0 or more" })
      .int({ error: "offset must be a whole number, 0 or more" })
      .min(0, { error: "offset must be a whole number, 0 or more" })
      .default(0),
  })
  .strict()
export type AdminGetPreordersParamsType = z.infer<typeof AdminGetPreordersParams>
