import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"

/**
 * Refuses `promo_codes` naming no promotion with 400 before Medusa's cart workflows run. Medusa
 * checks the codes only after it has written the cart and its addresses, and its compensation
 * leaves the address behind: a refused request would have written something.
 */
export async function refuseUnknownPromotionCodes(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  const body = (req.validatedBody ?? req.body) as { promo_codes?: unknown } | undefined
  const codes = Array.isArray(body?.promo_codes)
    ? body.promo_codes.filter((code): code is string => typeof code === "string")
    : []
  if (!codes.length) return next()
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "promotion", fields: ["code"], filters: { code: codes } })
  const known = new Set((data as { code: string }[]).map((promotion) => promotion.code))
  const unknown = codes.find((code) => !known.has(code))
  if (unknown === undefined) return next()
  next(
    new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `promo_codes: the promotion code ${unknown.slice(0, 60)} is invalid`,
    ),
  )
}
