import { z } from "@medusajs/framework/zod"
import { SHORT_HARVEST_CHOICES } from "../../../../../modules/harvest/models/preorder"
import { recordId } from "../../../../input/fields"
import { MAX_PREORDER_QUANTITY } from "../../cart-input-guard"

const quantityMessage = `quantity must be a whole number from 1 to ${MAX_PREORDER_QUANTITY}`

/** Body of `POST /store/carts/:id/preorders`: what to pre-order and what to do if the harvest is short. */
export const StoreAddPreorder = z
  .object({
    variant_id: recordId("variant_id"),
    quantity: z
      .number({ error: quantityMessage })
      .int({ error: quantityMessage })
      .min(1, { error: quantityMessage })
      .max(MAX_PREORDER_QUANTITY, { error: quantityMessage }),
    if_short: z
      .enum([...SHORT_HARVEST_CHOICES], { error: `if_short must be one of ${SHORT_HARVEST_CHOICES.join(", ")}` })
      .default("wait"),
  })
  .strict()

export type StoreAddPreorderType = z.infer<typeof StoreAddPreorder>
