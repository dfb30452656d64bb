import {
  authenticate,
  type MiddlewareRoute,
  validateAndTransformBody,
  validateAndTransformQuery,
} from "@medusajs/framework/http"
import { storeWholesaleCardPaymentMiddlewares } from "./orders/card-payment"
import { priceForKeyChannel, refuseRawPrices } from "./product-prices"
import {
  CreateWholesaleQuoteMessage,
  StoreAcceptWholesaleQuote,
  StoreAddCompanyUser,
  StoreCloseWholesaleQuote,
  StoreCreateWholesaleApplication,
  StoreCreateWholesaleQuote,
  StoreGetWholesaleOffers,
  StoreSetWholesaleBooking,
  StoreUpdateCompanyUser,
} from "./validators"

/** The store's wholesale routes (a signed-in customer only) and the guard of wholesale prices on Medusa's product routes. */
export const storeWholesaleMiddlewares: MiddlewareRoute[] = [
  // Not method-scoped: before Medusa validates `fields`. Method-scoped: after Medusa's pricing context.
  { matcher: "/store/products", middlewares: [refuseRawPrices] },
  { matcher: "/store/products/:id", middlewares: [refuseRawPrices] },
  { matcher: "/store/products", method: ["GET"], middlewares: [priceForKeyChannel] },
  { matcher: "/store/products/:id", method: ["GET"], middlewares: [priceForKeyChannel] },
  { matcher: "/store/wholesale/*", middlewares: [authenticate("customer", ["session", "bearer"])] },
  {
    matcher: "/store/wholesale/applications",
    method: ["POST"],
    middlewares: [validateAndTransformBody(StoreCreateWholesaleApplication)],
  },
  {
    matcher: "/store/wholesale/offers",
    method: ["GET"],
    middlewares: [validateAndTransformQuery(StoreGetWholesaleOffers, {})],
  },
  {
    matcher: "/store/wholesale/carts/:id/bookings",
    method: ["POST"],
    middlewares: [validateAndTransformBody(StoreSetWholesaleBooking)],
  },
  {
    matcher: "/store/wholesale/quotes",
    method: ["POST"],
    middlewares: [validateAndTransformBody(StoreCreateWholesaleQuote)],
  },
  {
    matcher: "/store/wholesale/quotes/:id/accept",
    method: ["POST"],
    middlewares: [validateAndTransformBody(StoreAcceptWholesaleQuote)],
  },
  {
    matcher: "/store/wholesale/quotes/:id/decline",
    method: ["POST"],
    middlewares: [validateAndTransformBody(StoreCloseWholesaleQuote)],
  },
  {
    matcher: "/store/wholesale/quotes/:id/withdraw",
    method: ["POST"],
    middlewares: [validateAndTransformBody(StoreCloseWholesaleQuote)],
  },
  {
    matcher: "/store/wholesale/quotes/:id/messages",
    method: ["POST"],
    middlewares: [validateAndTransformBody(CreateWholesaleQuoteMessage)],
  },
  {
    matcher: "/store/wholesale/company/users",
    method: ["POST"],
    middlewares: [validateAndTransformBody(StoreAddCompanyUser)],
  },
  {
    matcher: "/store/wholesale/company/users/:id",
    method: ["POST"],
    middlewares: [validateAndTransformBody(StoreUpdateCompanyUser)],
  },
  ...storeWholesaleCardPaymentMiddlewares,
]
