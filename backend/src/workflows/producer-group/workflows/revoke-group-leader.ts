import { Modules } from "@medusajs/framework/utils"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { dismissRemoteLinkStep, removeUserAccountWorkflow } from "@medusajs/medusa/core-flows"
import { PRODUCER_GROUP_MODULE } from "../../../modules/producer-group"

export const revokeGroupLeaderWorkflowId = "revoke-group-leader"

/**
 * Takes a group leader's access away: the leadership and the admin account both go (Medusa's
 * removeUserAccountWorkflow), so the user does not fall back to full staff access. Staff invite
 * the person again to give any other access.
 */
export const revokeGroupLeaderWorkflow = createWorkflow(
  revokeGroupLeaderWorkflowId,
  (input: { user_id: string; producer_group_id: string }) => {
    const link = transform({ input }, ({ input }) => [
      {
        [Modules.USER]: { user_id: input.user_id },
        [PRODUCER_GROUP_MODULE]: { producer_group_id: input.producer_group_id },
      },
    ])
    dismissRemoteLinkStep(link)
    removeUserAccountWorkflow.runAsStep({ input: { userId: input.user_id } })
    return new WorkflowResponse({ user_id: input.user_id })
  },
)
