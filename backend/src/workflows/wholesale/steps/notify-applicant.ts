import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { applicationDecisionMessage } from "../../../lib/wholesale-application-message"
import type { WholesaleApplicationRecord } from "../../../modules/wholesale/types"

export const notifyApplicantStepId = "notify-applicant"

/**
 * Emails the applicant the decision in their preferred language (the rejection with its reason),
 * through the notification module as the order email goes; once per decision (idempotency key).
 */
export const notifyApplicantStep = createStep(
  notifyApplicantStepId,
  async (application: WholesaleApplicationRecord, { container }) => {
    const message = applicationDecisionMessage(application)
    await container.resolve(Modules.NOTIFICATION).createNotifications({
      to: application.email,
      channel: "email",
      template: `wholesale-application-${application.status}`,
      content: message,
      data: { ...message, application_id: application.id, status: application.status },
      trigger_type: `wholesale_application.${application.status}`,
      resource_type: "wholesale_application",
      resource_id: application.id,
      receiver_id: application.customer_id,
      idempotency_key: `wholesale-application:${application.id}:${application.status}`,
    })
    return new StepResponse(undefined)
  },
)
