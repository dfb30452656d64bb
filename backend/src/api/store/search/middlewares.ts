import { type MiddlewareRoute, validateAndTransformQuery } from "@medusajs/framework/http"
import { StoreSearchParams } from "./validators"

/** GET /store/search: the query validated (unknown parameters refused), the page size capped. */
export const storeSearchMiddlewares: MiddlewareRoute[] = [
  {
    matcher: "/store/search",
    method: ["GET"],
    middlewares: [validateAndTransformQuery(StoreSearchParams, { isList: false, defaults: [] })],
  },
]
