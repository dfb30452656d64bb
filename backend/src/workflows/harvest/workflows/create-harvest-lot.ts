import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { type CreateHarvestLotInput, createHarvestLotStep } from "../steps/create-harvest-lot"

export const createHarvestLotWorkflowId = "create-harvest-lot"

/** Plans a harvest lot of a variant, made by the variant's producer group. */
export const createHarvestLotWorkflow = createWorkflow(createHarvestLotWorkflowId, (input: CreateHarvestLotInput) => {
  return new WorkflowResponse(createHarvestLotStep(input))
})
