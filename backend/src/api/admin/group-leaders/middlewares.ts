import { type MiddlewareRoute, validateAndTransformBody, validateAndTransformQuery } from "@medusajs/framework/http"
import { AdminGetGroupLeadersParams, AdminSetGroupLeader } from "./validators"

/** The staff routes naming group leaders; the leader guard itself is mounted on /admin* (leader-guard.ts). */
export const adminGroupLeaderMiddlewares: MiddlewareRoute[] = [
  {
    matcher: "/admin/group-leaders",
    method: ["GET"],
    middlewares: [validateAndTransformQuery(AdminGetGroupLeadersParams, {})],
  },
  {
    matcher: "/admin/group-leaders",
    method: ["POST"],
    middlewares: [validateAndTransformBody(AdminSetGroupLeader)],
  },
]
