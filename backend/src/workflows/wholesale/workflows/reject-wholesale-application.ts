import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { decideApplicationStep } from "../steps/decide-application"
import { notifyApplicantStep } from "../steps/notify-applicant"

export type RejectWholesaleApplicationInput = { application_id: string; staff_user_id: string; reason: string }

export const rejectWholesaleApplicationWorkflowId = "reject-wholesale-application"

/** Rejects a pending application with a reason, which is emailed to the applicant in their language. */
export const rejectWholesaleApplicationWorkflow = createWorkflow(
  rejectWholesaleApplicationWorkflowId,
  (input: RejectWholesaleApplicationInput) => {
    const application = decideApplicationStep(
      transform({ input }, ({ input }) => ({
        application_id: input.application_id,
        to: "rejected" as const,
        decided_by: input.staff_user_id,
        rejection_reason: input.reason,
      })),
    )
    notifyApplicantStep(application)
    return new WorkflowResponse({ application })
  },
)
