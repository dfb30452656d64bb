import {
  allowFields,
  defineMiddlewares,
  validateAndTransformBody,
  validateAndTransformQuery,
} from "@medusajs/framework/http"
import { z } from "@medusajs/framework/zod"
import { AdminGetLowStockParams } from "./admin/harvest/low-stock/validators"
import {
  AdminCreateHarvestLot,
  AdminGetHarvestLotsParams,
  AdminTransitionHarvestLot,
} from "./admin/harvest-lots/validators"
import { AdminGetPreordersParams } from "./admin/preorders/validators"
import {
  AdminCreateProducerGroup,
  AdminGetProducerGroupsParams,
  AdminSetProductProducerGroup,
  AdminUpdateProducerGroup,
} from "./admin/producer-groups/validators"
import { acceptRasterImagesOnly } from "./admin/uploads/raster-only"
import { guardPaymentWebhook } from "./hooks/payment/webhook-guard"
import {
  backInStockRateLimit,
  passwordResetRateLimit,
  passwordUpdateRateLimit,
  preorderRateLimit,
  registerCustomerRateLimit,
  registerIdentityRateLimit,
  signInRateLimit,
} from "./rate-limit"
import { installSecurityHeaders } from "./security-headers"
import { StoreCreateBackInStockRequest } from "./store/back-in-stock-requests/validators"
import { StoreAddPreorder } from "./store/carts/[id]/preorders/validators"
import { StoreGetHarvestParams } from "./store/harvest/validators"
import { storeLocaleMiddleware } from "./store/locale-middleware"
import { storeProductProducerGroupFields } from "./store/producer-groups/query-config"
import { StoreGetProducerGroupsParams } from "./store/producer-groups/validators"
import { storeErrorHandler } from "./store/stock-error"

// Security headers on every response, the admin dashboard's included (see security-headers.ts).
installSecurityHeaders()

export default defineMiddlewares({
  errorHandler: storeErrorHandler,
  routes: [
    { matcher: "/store/*", middlewares: [storeLocaleMiddleware] },
    // Rate limits (429 + Retry-After), see rate-limit.ts. The auth matchers are Medusa's own route
    // patterns, so every spelling that reaches a route (case, escapes, trailing slash) is counted.
    // GET too: Medusa's GET route signs in as well, with whatever body the request carries.
    { matcher: "/auth/:actor_type/:auth_provider", method: ["GET", "POST"], middlewares: [signInRateLimit] },
    {
      matcher: "/auth/:actor_type/:auth_provider/register",
      method: ["POST"],
      middlewares: [registerIdentityRateLimit],
    },
    {
      matcher: "/auth/:actor_type/:auth_provider/reset-password",
      method: ["POST"],
      middlewares: [passwordResetRateLimit],
    },
    { matcher: "/auth/:actor_type/:auth_provider/update", method: ["POST"], middlewares: [passwordUpdateRateLimit] },
    { matcher: "/store/customers", method: ["POST"], middlewares: [registerCustomerRateLimit] },
    // Payment webhooks: unknown provider names answer 404 and unsigned Stripe events 400 before
    // Medusa's route queues them (same matcher as that route, so every spelling it takes comes here).
    { matcher: "/hooks/payment/:provider", method: ["POST"], middlewares: [guardPaymentWebhook] },
    // A product's group may be read with the product, public fields only. Not method-scoped:
    // Medusa validates the query before method-scoped middlewares run.
    { matcher: "/store/products", middlewares: [allowFields(...storeProductProducerGroupFields)] },
    { matcher: "/store/products/:id", middlewares: [allowFields(...storeProductProducerGroupFields)] },
    {
      matcher: "/store/back-in-stock-requests",
      method: ["POST"],
      middlewares: [backInStockRateLimit, validateAndTransformBody(StoreCreateBackInStockRequest)],
    },
    {
      matcher: "/store/carts/:id/preorders",
      method: ["POST"],
      middlewares: [preorderRateLimit, validateAndTransformBody(StoreAddPreorder)],
    },
    {
      matcher: "/store/harvest",
      method: ["GET"],
      middlewares: [validateAndTransformQuery(StoreGetHarvestParams, { isList: false, defaults: [] })],
    },
    {
      matcher: "/store/producer-groups",
      method: ["GET"],
      middlewares: [validateAndTransformQuery(StoreGetProducerGroupsParams, { isList: true, defaults: [] })],
    },
    {
      matcher: "/admin/producer-groups",
      method: ["GET"],
      middlewares: [validateAndTransformQuery(AdminGetProducerGroupsParams, { isList: true, defaults: [] })],
    },
    {
      matcher: "/admin/producer-groups",
      method: ["POST"],
      middlewares: [validateAndTransformBody(AdminCreateProducerGroup)],
    },
    {
      matcher: "/admin/producer-groups/:id",
      method: ["POST"],
      middlewares: [validateAndTransformBody(AdminUpdateProducerGroup)],
    },
    {
      matcher: "/admin/harvest-lots",
      method: ["GET"],
      middlewares: [validateAndTransformQuery(AdminGetHarvestLotsParams, { isList: true, defaults: [] })],
    },
    {
      matcher: "/admin/harvest-lots",
      method: ["POST"],
      middlewares: [validateAndTransformBody(AdminCreateHarvestLot)],
    },
    {
      matcher: "/admin/harvest-lots/:id/transition",
      method: ["POST"],
      middlewares: [validateAndTransformBody(AdminTransitionHarvestLot)],
    },
    {
      matcher: "/admin/preorders",
      method: ["GET"],
      middlewares: [validateAndTransformQuery(AdminGetPreordersParams, { isList: true, defaults: [] })],
    },
    {
      matcher: "/admin/harvest/low-stock",
      method: ["GET"],
      middlewares: [validateAndTransformQuery(AdminGetLowStockParams, { isList: false, defaults: [] })],
    },
    // Uploads are served from the admin's origin: raster images only (after Medusa's multipart parser).
    { matcher: "/admin/uploads", method: ["POST"], middlewares: [acceptRasterImagesOnly] },
    // A product created through the admin API may name its group; the link is made in the same workflow.
    {
      matcher: "/admin/products",
      method: ["POST"],
      additionalDataValidator: { producer_group_id: z.string().optional() },
    },
    {
      matcher: "/admin/products/:id/producer-group",
      method: ["POST"],
      middlewares: [validateAndTransformBody(AdminSetProductProducerGroup)],
    },
  ],
})
