import { z } from "@medusajs/framework/zod"
import { NOTIFY_LOCALES } from "../../../modules/harvest/models/back-in-stock-request"
import { email, recordId } from "../../input/fields"

/** Body of POST /store/back-in-stock-requests. */
export const StoreCreateBackInStockRequest = z
  .object({
    variant_id: recordId("variant_id"),
    email: email("email"),
    locale: z.enum([...NOTIFY_LOCALES], { error: `locale must be one of ${NOTIFY_LOCALES.join(", ")}` }),
  })
  .strict()
export type StoreCreateBackInStockRequestType = z.infer<typeof StoreCreateBackInStockRequest>
