import { z } from "@medusajs/framework/zod"
import { NOTIFY_LOCALES } from "../../../modules/harvest/models/back-in-stock-request"

/** Body of POST /store/back-in-stock-requests. */
export const StoreCreateBackInStockRequest = z
  .object({
    variant_id: z.string({ error: "variant_id is required" }).min(1, { error: "variant_id is required" }),
    email: z.email({ error: "email must be an email address, e.g. aigul@example.kg" }),
    locale: z.enum([...NOTIFY_LOCALES], { error: `locale must be one of ${NOTIFY_LOCALES.join(", ")}` }),
  })
  .strict()
export type StoreCreateBackInStockRequestType = z.infer<typeof StoreCreateBackInStockRequest>
