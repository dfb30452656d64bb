import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { validateAndTransformQuery } from "@medusajs/framework/http"
import { retrieveTransformQueryConfig } from "@medusajs/medusa/api/store/orders/query-config"
import { StoreGetOrderParams } from "@medusajs/medusa/api/store/orders/validators"

// Medusa's own query step for these routes (its allow-list has no `metadata`) runs before the
// app's middlewares, so a field granted through `req.allowed` would come too late: the query
// is prepared again, from the same validator and defaults, with `metadata` allowed.
const metadataAllowed = validateAndTransformQuery(StoreGetOrderParams, {
  ...retrieveTransformQueryConfig,
  allowed: [...(retrieveTransformQueryConfig.allowed ?? []), "metadata"],
})
const metadataByDefault = validateAndTransformQuery(StoreGetOrderParams, {
  ...retrieveTransformQueryConfig,
  defaults: [...(retrieveTransformQueryConfig.defaults ?? []), "metadata"],
  allowed: [...(retrieveTransformQueryConfig.allowed ?? []), "metadata"],
})

/**
 * `GET /store/orders/:id` answers the order's `metadata` when asked (`fields=+metadata`): it holds
 * the order's tax breakdown (`ovop_tax`, README: Money and tax), which the order page shows. The
 * reader is the order's owner or holds its token (`guardOrderRead`).
 */
export function allowOrderMetadata(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  return metadataAllowed(req, res, next)
}

/**
 * `POST /store/carts/:id/complete` answers the new order with its `metadata` (its tax breakdown)
 * by default: the checkout keeps that answer for the confirmation page.
 */
export function answerOrderMetadata(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  return metadataByDefault(req, res, next)
}
