import { type MiddlewareRoute, validateAndTransformBody, validateAndTransformQuery } from "@medusajs/framework/http"
import { CreateWholesaleQuoteMessage } from "../../store/wholesale/validators"
import {
  AdminAnswerWholesaleQuote,
  AdminApproveWholesaleApplication,
  AdminCancelWholesaleQuote,
  AdminGetWholesaleApplicationsParams,
  AdminGetWholesaleQuotesParams,
  AdminRecordWholesalePayment,
  AdminRejectWholesaleApplication,
  AdminUpdateCompany,
  AdminUpdateExportPacking,
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
  {
    matcher: "/admin/wholesale/quotes",
    method: ["GET"],
    middlewares: [validateAndTransformQuery(AdminGetWholesaleQuotesParams, { isList: true, defaults: [] })],
  },
  {
    matcher: "/admin/wholesale/quotes/:id/quote",
    method: ["POST"],
    middlewares: [validateAndTransformBody(AdminAnswerWholesaleQuote)],
  },
  {
    matcher: "/admin/wholesale/quotes/:id/cancel",
    method: ["POST"],
    middlewares: [validateAndTransformBody(AdminCancelWholesaleQuote)],
  },
  {
    matcher: "/admin/wholesale/quotes/:id/messages",
    method: ["POST"],
    middlewares: [validateAndTransformBody(CreateWholesaleQuoteMessage)],
  },
  {
    matcher: "/admin/wholesale/quotes/:id/payments",
    method: ["POST"],
    middlewares: [validateAndTransformBody(AdminRecordWholesalePayment)],
  },
  {
    matcher: "/admin/wholesale/companies/:id",
    method: ["POST"],
    middlewares: [validateAndTransformBody(AdminUpdateCompany)],
  },
  {
    matcher: "/admin/wholesale/packing",
    method: ["POST"],
    middlewares: [validateAndTransformBody(AdminUpdateExportPacking)],
  },
]
