import { authenticate, type MiddlewareRoute, validateAndTransformBody } from "@medusajs/framework/http"
import { StoreCreateWholesaleApplication } from "./validators"

/** The store's wholesale routes: a signed-in customer only. */
export const storeWholesaleMiddlewares: MiddlewareRoute[] = [
  { matcher: "/store/wholesale/*", middlewares: [authenticate("customer", ["session", "bearer"])] },
  {
    matcher: "/store/wholesale/applications",
    method: ["POST"],
    middlewares: [validateAndTransformBody(StoreCreateWholesaleApplication)],
  },
]
