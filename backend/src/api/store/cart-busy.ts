import { MedusaError } from "@medusajs/framework/utils"
import { refuse } from "../../lib/refusal-error"

/** The 409 a lock failure becomes: the `cart_busy` refusal (answered by the store's error handler). */
export const cartBusyError = () => refuse("cart_busy", {}, MedusaError.Types.CONFLICT)
