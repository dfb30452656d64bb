import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { updateProducerGroupStep } from "../steps/update-producer-group"
import { upsertTranslationsStep } from "../steps/upsert-translations"
import { validateProducerGroupStep } from "../steps/validate-producer-group"
import { type ProducerGroupInput, toProducerGroupColumns } from "../types"

export const updateProducerGroupWorkflowId = "update-producer-group"

/** Updates a producer group (pause and resume included) and merges its translations. */
export const updateProducerGroupWorkflow = createWorkflow(
  updateProducerGroupWorkflowId,
  (input: { id: string; data: ProducerGroupInput }) => {
    const { handle } = validateProducerGroupStep(input)
    const update = transform({ input, handle }, ({ input, handle }) => ({
      id: input.id,
      columns: { ...toProducerGroupColumns(input.data), handle },
    }))
    const group = updateProducerGroupStep(update)
    const translations = transform({ input }, ({ input }) => ({
      reference: "producer_group",
      reference_id: input.id,
      translations: input.data.translations ?? {},
    }))
    upsertTranslationsStep(translations)
    return new WorkflowResponse(group)
  },
)
