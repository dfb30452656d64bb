import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { restrictedLinesOfCart } from "../../../workflows/hooks/restriction-rules"

type CartAnswer = { cart?: { id?: string; items?: unknown[] | null } }

/**
 * `GET` and `POST /store/carts/:id`: the answer's cart carries `ovop_restricted_lines`, the lines
 * that may not be sent to its destination (its address's country, else its region's countries)
 * with why, so the checkout can name them and offer to remove them before the completion refuses
 * (`restricted_lines`). Empty when every line may be sent; added only to an answer with the lines.
 */
export function attachCartRestrictions(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  const json = res.json.bind(res)
  res.json = ((body: CartAnswer) => {
    const cart = body?.cart
    if (!cart?.id || !Array.isArray(cart.items) || res.statusCode >= 400) return json(body)
    restrictedLinesOfCart(req.scope, cart.id).then(
      (ovop_restricted_lines) => json({ ...body, cart: { ...cart, ovop_restricted_lines } }),
      (error: unknown) => next(error),
    )
    return res
  }) as typeof res.json
  next()
}
