import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"

/**
 * Answers 404 when `:line_id` is not a line of the cart `:id`, before Medusa's line-item routes
 * run. Medusa's delete workflow removes the line by its id alone and only then reads the cart, so
 * a wrong cart id deleted the line and answered 500.
 */
export async function requireLineOfCart(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  const cartId = String(req.params.id ?? "")
  const lineId = String(req.params.line_id ?? "")
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "cart",
    fields: ["id", "items.id"],
    filters: { id: cartId },
  })
  const cart = data[0] as { id: string; items?: ({ id: string } | null)[] | null } | undefined
  if (!cart) return next(new MedusaError(MedusaError.Types.NOT_FOUND, `Cart id not found: ${cartId.slice(0, 60)}`))
  if (!(cart.items ?? []).some((item) => item?.id === lineId)) {
    return next(new MedusaError(MedusaError.Types.NOT_FOUND, `line_id: the cart has no line ${lineId.slice(0, 60)}`))
  }
  next()
}
