import { z } from "@medusajs/framework/zod"
import { recordId } from "../../input/fields"

/** Query of GET /store/harvest: one or more variant ids (`variant_id=a&variant_id=b`). */
export const StoreGetHarvestParams = z
  .object({
    variant_id: z.preprocess(
      (value) => (Array.isArray(value) ? value : value === undefined ? [] : [value]),
      z
        .array(recordId("variant_id"), { error: "variant_id: give variant ids" })
        .min(1, { error: "variant_id: give at least one variant id" })
        .max(200, { error: "variant_id: at most 200 variants per request" }),
    ),
  })
  .strict()
export type StoreGetHarvestParamsType = z.infer<typeof StoreGetHarvestParams>
