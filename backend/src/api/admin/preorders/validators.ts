import { z } from "@medusajs/framework/zod"
import { PREORDER_STATUSES, type PreorderStatus } from "../../../modules/harvest/models/preorder"
import { listLimit, listOffset, recordId } from "../../input/fields"

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
    lot_id: recordId("lot_id").optional(),
    variant_id: recordId("variant_id").optional(),
    order_id: recordId("order_id").optional(),
    status: z.preprocess(
      asList,
      z
        .array(z.string({ error: "status must be a list of pre-order statuses" }), {
          error: "status must be a list of pre-order statuses",
        })
        .max(PREORDER_STATUSES.length * 2, { error: "status: too many statuses" })
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
    limit: listLimit(200, 50),
    offset: listOffset(),
  })
  .strict()
export type AdminGetPreordersParamsType = z.infer<typeof AdminGetPreordersParams>
