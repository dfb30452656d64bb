import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { addToWholesaleGroupStep } from "../steps/add-to-wholesale-group"
import { createCompanyStep } from "../steps/create-company"
import { decideApplicationStep } from "../steps/decide-application"
import { notifyApplicantStep } from "../steps/notify-applicant"

export type ApproveWholesaleApplicationInput = { application_id: string; staff_user_id: string }

export const approveWholesaleApplicationWorkflowId = "approve-wholesale-application"

/**
 * Approves a pending application: the applicant becomes the buyer admin of a new company and a
 * member of the "Wholesale" customer group (which the wholesale price lists are for), then is told.
 * A failure after the decision undoes it all (the application is pending again).
 */
export const approveWholesaleApplicationWorkflow = createWorkflow(
  approveWholesaleApplicationWorkflowId,
  (input: ApproveWholesaleApplicationInput) => {
    const application = decideApplicationStep(
      transform({ input }, ({ input }) => ({
        application_id: input.application_id,
        to: "approved" as const,
        decided_by: input.staff_user_id,
      })),
    )
    const company = createCompanyStep(
      transform({ application }, ({ application }) => ({
        application_id: application.id,
        customer_id: application.customer_id,
        name: application.company_name,
        country_code: application.country_code,
        registration_number: application.registration_number,
        preferred_language: application.preferred_language,
      })),
    )
    addToWholesaleGroupStep(transform({ application }, ({ application }) => ({ customer_id: application.customer_id })))
    notifyApplicantStep(application)
    return new WorkflowResponse({ application, company })
  },
)
