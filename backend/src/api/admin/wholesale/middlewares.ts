import { type MiddlewareRoute, validateAndTransformBody, validateAndTransformQuery } from "@medusajs/framework/http"
import {
  AdminApproveWholesaleApplication,
  AdminGetWholesaleApplicationsParams,
  AdminRejectWholesaleApplication,
} from "./validators"

/** The admin's wholesale routes (Medusa authenticates /admin/* as staff). */
export const adminWholesaleMiddlewares: MiddlewareRoute[] = [
  {
    matcher: "/admin/wholesale/applications",
    method: ["GET"],
    middlewares: [validateAndTransformQuery(AdminGetWholesaleApplicationsParams, { isList: true, defaults: [] })],
  },
  {
    matcher: "/admin/wholesale/applications/:id/approve",
    method: ["POST"],
    middlewares: [validateAndTransformBody(AdminApproveWholesaleApplication)],
  },
  {
    matcher: "/admin/wholesale/applications/:id/reject",
    method: ["POST"],
    middlewares: [validateAndTransformBody(AdminRejectWholesaleApplication)],
  },
]
