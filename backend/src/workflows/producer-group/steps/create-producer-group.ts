import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PRODUCER_GROUP_MODULE } from "../../../modules/producer-group"
import type ProducerGroupModuleService from "../../../modules/producer-group/service"

export const createProducerGroupStepId = "create-producer-group"

/** Creates the group's record; compensation deletes it again. */
export const createProducerGroupStep = createStep(
  createProducerGroupStepId,
  async (columns: Record<string, unknown>, { container }) => {
    const service: ProducerGroupModuleService = container.resolve(PRODUCER_GROUP_MODULE)
    // biome-ignore lint/suspicious/noExplicitAny: the columns were validated by the route and the validate step.
    const group = await service.createProducerGroups(columns as any)
    return new StepResponse(group, group.id)
  },
  async (id, { container }) => {
    if (!id) return
    const service: ProducerGroupModuleService = container.resolve(PRODUCER_GROUP_MODULE)
    await service.deleteProducerGroups(id)
  },
)
