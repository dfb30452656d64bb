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

export const setProductProducerGroupWorkflowId = "set-product-producer-group"

export const findProductGroupLinksStepId = "find-product-group-links"

/** Reads the product's current group (404 for an unknown product or group). Writes nothing. */
export const findProductGroupLinksStep = createStep(
  findProductGroupLinksStepId,
  async (input: { product_id: string; producer_group_id: string }, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data: products } = await query.graph({
      entity: "product",
      fields: ["id", "producer_group.id"],
      filters: { id: input.product_id },
    })
    const product = products[0]
    if (!product) throw new MedusaError(MedusaError.Types.NOT_FOUND, `product ${input.product_id} was not found`)
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
    const current = (product as { producer_group?: { id: string } | null }).producer_group?.id
    return new StepResponse({ currentGroupId: current ?? null })
  },
)

/** Makes `producer_group_id` the one group of the product, replacing any other. */
export const setProductProducerGroupWorkflow = createWorkflow(
  setProductProducerGroupWorkflowId,
  (input: { product_id: string; producer_group_id: string }) => {
    const { currentGroupId } = findProductGroupLinksStep(input)
    const links = transform({ input, currentGroupId }, ({ input, currentGroupId }) => ({
      dismiss:
        currentGroupId && currentGroupId !== input.producer_group_id
          ? [
              {
                [Modules.PRODUCT]: { product_id: input.product_id },
                [PRODUCER_GROUP_MODULE]: { producer_group_id: currentGroupId },
              },
            ]
          : [],
      create:
        currentGroupId === input.producer_group_id
          ? []
          : [
              {
                [Modules.PRODUCT]: { product_id: input.product_id },
                [PRODUCER_GROUP_MODULE]: { producer_group_id: input.producer_group_id },
              },
            ],
    }))
    dismissRemoteLinkStep(links.dismiss)
    createRemoteLinkStep(links.create)
    return new WorkflowResponse({ product_id: input.product_id, producer_group_id: input.producer_group_id })
  },
)
