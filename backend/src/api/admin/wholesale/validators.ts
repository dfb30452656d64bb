import { z } from "@medusajs/framework/zod"
import { WHOLESALE_APPLICATION_STATUSES } from "@ovop/domain"
import { listLimit, listOffset } from "../../input/fields"
import { requiredText } from "../../store/wholesale/validators"

/** Query of GET /admin/wholesale/applications. */
export const AdminGetWholesaleApplicationsParams = z
  .object({
    status: z
      .enum([...WHOLESALE_APPLICATION_STATUSES], {
        error: `status must be one of ${WHOLESALE_APPLICATION_STATUSES.join(", ")}`,
      })
      .optional(),
    limit: listLimit(200, 50),
    offset: listOffset(),
  })
  .strict()
export type AdminGetWholesaleApplicationsParamsType = z.infer<typeof AdminGetWholesaleApplicationsParams>

/** Body of POST /admin/wholesale/applications/:id/approve (nothing to say). */
export const AdminApproveWholesaleApplication = z.object({}).strict()

/** Body of POST /admin/wholesale/applications/:id/reject: the reason, sent to the applicant. */
export const AdminRejectWholesaleApplication = z.object({ reason: requiredText("reason", 2000) }).strict()
export type AdminRejectWholesaleApplicationType = z.infer<typeof AdminRejectWholesaleApplication>
