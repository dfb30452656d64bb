import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PRODUCER_GROUP_MODULE } from "../../../modules/producer-group"
import type ProducerGroupModuleService from "../../../modules/producer-group/service"

export const updateProducerGroupStepId = "update-producer-group"

/** Updates the group's record; compensation writes back the values it had before. */
export const updateProducerGroupStep = createStep(
  updateProducerGroupStepId,
  async (input: { id: string; columns: Record<string, unknown> }, { container }) => {
    const service: ProducerGroupModuleService = container.resolve(PRODUCER_GROUP_MODULE)
    const before = await service.retrieveProducerGroup(input.id)
    const previous: Record<string, unknown> = { id: input.id }
    for (const key of Object.keys(input.columns)) previous[key] = (before as Record<string, unknown>)[key]
    // biome-ignore lint/suspicious/noExplicitAny: validated by the route and the validate step.
    const group = await service.updateProducerGroups({ id: input.id, ...input.columns } as any)
    return new StepResponse(group, previous)
  },
  async (previous, { container }) => {
    if (!previous) return
    const service: ProducerGroupModuleService = container.resolve(PRODUCER_GROUP_MODULE)
    // biome-ignore lint/suspicious/noExplicitAny: the stored values, written back as they were.
    await service.updateProducerGroups(previous as any)
  },
)
