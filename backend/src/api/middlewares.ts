import {
  allowFields,
  defineMiddlewares,
  validateAndTransformBody,
  validateAndTransformQuery,
} from "@medusajs/framework/http"
import { guardGroupLeaders } from "./admin/group-leaders/leader-guard"
import { adminGroupLeaderMiddlewares } from "./admin/group-leaders/middlewares"
import { AdminGetLowStockParams } from "./admin/harvest/low-stock/validators"
import {
  AdminCreateHarvestLot,
  AdminGetHarvestLotsParams,
  AdminTransitionHarvestLot,
} from "./admin/harvest-lots/validators"
import { adminPayoutMiddlewares } from "./admin/payouts/middlewares"
import { AdminGetPreordersParams } from "./admin/preorders/validators"
import {
  AdminCreateProducerGroup,
  AdminGetProducerGroupsParams,
  AdminSetProductProducerGroup,
  AdminUpdateProducerGroup,
} from "./admin/producer-groups/validators"
import { acceptRasterImagesOnly } from "./admin/uploads/raster-only"
import { adminWholesaleMiddlewares } from "./admin/wholesale/middlewares"
import { guardPaymentWebhook } from "./hooks/payment/webhook-guard"
import { settleWholesaleCardWebhook } from "./hooks/payment/wholesale-card-webhook"
import { recordId } from "./input/fields"
import { withInputErrors } from "./input/input-errors"
import { GUARDED_NAMESPACES, refuseUnsafeInput } from "./input/input-guard"
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
import { guardCartAccess, guardNamedCart, guardPaymentCollectionCart } from "./store/carts/cart-access"
import { guardCartInput } from "./store/carts/cart-input-guard"
import { repriceBeforeCompletion } from "./store/carts/cart-prices-guard"
import { serialiseCartRequests } from "./store/carts/cart-request-lock"
import { attachCartRestrictions } from "./store/carts/cart-restrictions"
import { attachCartTax } from "./store/carts/cart-tax"
import { requireLineOfCart } from "./store/carts/line-of-cart"
import { refuseUnknownPromotionCodes } from "./store/carts/promotion-codes"
import { StoreGetHarvestParams } from "./store/harvest/validators"
import { storeLocaleMiddleware } from "./store/locale-middleware"
import { attachOrderToken, guardOrderRead, guardOrderTransferRequest } from "./store/orders/order-access"
import { allowOrderMetadata, answerOrderMetadata } from "./store/orders/order-metadata-field"
import { hideUnconfiguredProviders } from "./store/payment-providers/offered-providers"
import { storeProductProducerGroupFields } from "./store/producer-groups/query-config"
import { StoreGetProducerGroupsParams } from "./store/producer-groups/validators"
import { storeSearchMiddlewares } from "./store/search/middlewares"
import { storeErrorHandler } from "./store/stock-error"
import { storeWholesaleMiddlewares } from "./store/wholesale/middlewares"
import { wholesaleDocumentMiddlewares } from "./wholesale-documents/document-kind"

// Security headers on every response, the admin dashboard's included (see security-headers.ts).
installSecurityHeaders()

export default defineMiddlewares({
  errorHandler: withInputErrors(storeErrorHandler),
  routes: [
    // First of all: no control character, undecodable path or unbounded paging reaches any route.
    ...GUARDED_NAMESPACES.map((namespace) => ({ matcher: `/${namespace}*`, middlewares: [refuseUnsafeInput] })),
    // A group leader reads its own group's payouts and nothing else: deny by default (admin/group-leaders/leader-guard.ts).
    { matcher: "/admin*", middlewares: [guardGroupLeaders] },
    { matcher: "/store/*", middlewares: [storeLocaleMiddleware] },
    // Carts and orders belong to someone (store/carts/cart-access.ts, store/orders/order-access.ts).
    // Not method-scoped: mounted on the prefix, it covers /store/carts/:id and every sub-route.
    { matcher: "/store/carts/:id", middlewares: [guardCartAccess] },
    // One request at a time per cart, reads included: none sees another's change half done (cart-request-lock.ts).
    { matcher: "/store/carts/:id", middlewares: [serialiseCartRequests] },
    // Never charge a stale price: re-priced and refused with 409 cart_prices_changed (lib/cart-prices.ts).
    { matcher: "/store/carts/:id/complete", method: ["POST"], middlewares: [repriceBeforeCompletion] },
    { matcher: "/store/carts/:id/complete", method: ["POST"], middlewares: [attachOrderToken, answerOrderMetadata] },
    { matcher: "/store/carts/:id", method: ["GET"], middlewares: [attachCartTax] },
    // Lines the cart's destination refuses (goods that may not enter), see store/carts/cart-restrictions.ts.
    { matcher: "/store/carts/:id", method: ["GET", "POST"], middlewares: [attachCartRestrictions] },
    { matcher: "/store/payment-collections", method: ["POST"], middlewares: [guardNamedCart] },
    {
      matcher: "/store/payment-collections/:id/payment-sessions",
      method: ["POST"],
      middlewares: [guardPaymentCollectionCart],
    },
    // Bank transfer is offered only with an account configured (store/payment-providers/offered-providers.ts).
    { matcher: "/store/payment-providers", method: ["GET"], middlewares: [hideUnconfiguredProviders] },
    { matcher: "/store/shipping-options", method: ["GET"], middlewares: [guardNamedCart] },
    { matcher: "/store/shipping-options/:id/calculate", method: ["POST"], middlewares: [guardNamedCart] },
    { matcher: "/store/orders/:id", method: ["GET"], middlewares: [guardOrderRead, allowOrderMetadata] },
    { matcher: "/store/orders/:id/transfer/request", method: ["POST"], middlewares: [guardOrderTransferRequest] },
    {
      matcher: "/store/carts/:id/line-items/:line_id",
      method: ["POST", "DELETE"],
      middlewares: [requireLineOfCart],
    },
    { matcher: "/store/carts", method: ["POST"], middlewares: [refuseUnknownPromotionCodes] },
    { matcher: "/store/carts/:id", method: ["POST"], middlewares: [refuseUnknownPromotionCodes] },
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
    // Then a wholesale order's succeeded card payment is recorded (wholesale-card-webhook.ts).
    {
      matcher: "/hooks/payment/:provider",
      method: ["POST"],
      middlewares: [guardPaymentWebhook, settleWholesaleCardWebhook],
    },
    // A product's group may be read with the product, public fields only. Not method-scoped:
    // Medusa validates the query before method-scoped middlewares run.
    { matcher: "/store/products", middlewares: [allowFields(...storeProductProducerGroupFields)] },
    { matcher: "/store/products/:id", middlewares: [allowFields(...storeProductProducerGroupFields)] },
    {
      matcher: "/store/back-in-stock-requests",
      method: ["POST"],
      middlewares: [backInStockRateLimit, validateAndTransformBody(StoreCreateBackInStockRequest)],
    },
    // Cart and return routes: quantities are whole numbers in range, `ovop_*` metadata is the store's
    // own. Not method-scoped, so it runs before Medusa's body validators (it picks routes itself).
    { matcher: "/store/carts", middlewares: [guardCartInput] },
    { matcher: "/store/returns", middlewares: [guardCartInput] },
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
    ...storeSearchMiddlewares,
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
      additionalDataValidator: { producer_group_id: recordId("producer_group_id").optional() },
    },
    {
      matcher: "/admin/products/:id/producer-group",
      method: ["POST"],
      middlewares: [validateAndTransformBody(AdminSetProductProducerGroup)],
    },
    // Export wholesale: applications, approval (store/wholesale, admin/wholesale).
    ...storeWholesaleMiddlewares,
    ...adminWholesaleMiddlewares,
    // Export documents of wholesale orders, buyers' and staff's (wholesale-documents).
    ...wholesaleDocumentMiddlewares,
    // Group payouts: ledger, exchange rates, batches (admin/payouts).
    ...adminPayoutMiddlewares,
    ...adminGroupLeaderMiddlewares,
  ],
})
