import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createProducerGroupStep } from "../steps/create-producer-group"
import { upsertTranslationsStep } from "../steps/upsert-translations"
import { validateProducerGroupStep } from "../steps/validate-producer-group"
import { type ProducerGroupInput, toProducerGroupColumns } from "../types"

export const createProducerGroupWorkflowId = "create-producer-group"

/** Creates a producer group with its translations; a failure leaves nothing behind. */
export const createProducerGroupWorkflow = createWorkflow(
  createProducerGroupWorkflowId,
  (input: ProducerGroupInput) => {
    const { handle } = validateProducerGroupStep({ data: input })
    const columns = transform({ input, handle }, ({ input, handle }) => ({
      ...toProducerGroupColumns(input),
      handle,
    }))
    const group = createProducerGroupStep(columns)
    const translations = transform({ input, group }, ({ input, group }) => ({
      reference: "producer_group",
      reference_id: group.id,
      translations: input.translations ?? {},
    }))
    upsertTranslationsStep(translations)
    return new WorkflowResponse(group)
  },
)
