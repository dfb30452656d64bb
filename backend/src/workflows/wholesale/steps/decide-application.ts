import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { WholesaleApplicationStatus } from "@ovop/domain"
import { WHOLESALE_MODULE } from "../../../modules/wholesale"
import type WholesaleModuleService from "../../../modules/wholesale/service"

export type DecideApplicationStepInput = {
  application_id: string
  to: Exclude<WholesaleApplicationStatus, "pending">
  decided_by: string
  rejection_reason?: string | null
}

export const decideApplicationStepId = "decide-application"

/** Approves or rejects a pending application (guarded by the transitions table); compensation puts it back to pending. */
export const decideApplicationStep = createStep(
  decideApplicationStepId,
  async (input: DecideApplicationStepInput, { container }) => {
    const wholesale: WholesaleModuleService = container.resolve(WHOLESALE_MODULE)
    await wholesale.decideApplication({
      id: input.application_id,
      to: input.to,
      decided_by: input.decided_by,
      rejection_reason: input.rejection_reason ?? null,
    })
    const application = await wholesale.retrieveWholesaleApplication(input.application_id)
    return new StepResponse(application, input.application_id)
  },
  async (applicationId, { container }) => {
    if (!applicationId) return
    const wholesale: WholesaleModuleService = container.resolve(WHOLESALE_MODULE)
    await wholesale.reopenApplication(applicationId)
  },
)
