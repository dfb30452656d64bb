import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import {
  createStep,
  createWorkflow,
  StepResponse,
  transform,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { createRemoteLinkStep, dismissRemoteLinkStep } from "@medusajs/medusa/core-flows"
import { PRODUCER_GROUP_MODULE } from "../../../modules/producer-group"

export const setGroupLeaderWorkflowId = "set-group-leader"

export const findGroupLeaderStepId = "find-group-leader"

/** Reads the group the user leads now (404 for an unknown user or group). Writes nothing. */
export const findGroupLeaderStep = createStep(
  findGroupLeaderStepId,
  async (input: { user_id: string; producer_group_id: string }, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data: users } = await query.graph({
      entity: "user",
      fields: ["id", "producer_group.id"],
      filters: { id: input.user_id },
    })
    if (!users[0]) throw new MedusaError(MedusaError.Types.NOT_FOUND, `user_id: user ${input.user_id} was not found`)
    const { data: groups } = await query.graph({
      entity: "producer_group",
      fields: ["id"],
      filters: { id: input.producer_group_id },
    })
    if (!groups[0]) {
      throw new MedusaError(
        MedusaError.Types.NOT_FOUND,
        `producer_group_id: group ${input.producer_group_id} was not found`,
      )
    }
    const current = (users[0] as { producer_group?: { id: string } | null }).producer_group?.id
    return new StepResponse({ currentGroupId: current ?? null })
  },
)

/** Makes the user the leader of `producer_group_id` (and of no other group): from then on it reads that group's payouts only. */
export const setGroupLeaderWorkflow = createWorkflow(
  setGroupLeaderWorkflowId,
  (input: { user_id: string; producer_group_id: string }) => {
    const { currentGroupId } = findGroupLeaderStep(input)
    const links = transform({ input, currentGroupId }, ({ input, currentGroupId }) => ({
      dismiss:
        currentGroupId && currentGroupId !== input.producer_group_id
          ? [
              {
                [Modules.USER]: { user_id: input.user_id },
                [PRODUCER_GROUP_MODULE]: { producer_group_id: currentGroupId },
              },
            ]
          : [],
      create:
        currentGroupId === input.producer_group_id
          ? []
          : [
              {
                [Modules.USER]: { user_id: input.user_id },
                [PRODUCER_GROUP_MODULE]: { producer_group_id: input.producer_group_id },
              },
            ],
    }))
    dismissRemoteLinkStep(links.dismiss)
    createRemoteLinkStep(links.create)
    return new WorkflowResponse({ user_id: input.user_id, producer_group_id: input.producer_group_id })
  },
)
