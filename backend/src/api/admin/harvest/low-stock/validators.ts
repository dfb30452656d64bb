import { z } from "@medusajs/framework/zod"
import { DEFAULT_LOW_STOCK_THRESHOLD, MAX_LOW_STOCK_THRESHOLD } from "./threshold"

const thresholdMessage = `threshold must be a whole number from 0 to ${MAX_LOW_STOCK_THRESHOLD}`

/** Query of GET /admin/harvest/low-stock. */
export const AdminGetLowStockParams = z
  .object({
    threshold: z.coerce
      .number({ error: thresholdMessage })
      .int({ error: thresholdMessage })
      .min(0, { error: thresholdMessage })
      .max(MAX_LOW_STOCK_THRESHOLD, { error: thresholdMessage })
      .default(DEFAULT_LOW_STOCK_THRESHOLD),
  })
  .strict()
export type AdminGetLowStockParamsType = z.infer<typeof AdminGetLowStockParams>
