import { MedusaError, Modules } from "@medusajs/framework/utils"
import { StepResponse } from "@medusajs/framework/workflows-sdk"
import { createProductsWorkflow } from "@medusajs/medusa/core-flows"
import { PRODUCER_GROUP_MODULE } from "../../modules/producer-group"
import type ProducerGroupModuleService from "../../modules/producer-group/service"

// Products created with `additional_data.producer_group_id` are linked to that group in the
// same workflow, so a product never exists without its group when the caller names one.
createProductsWorkflow.hooks.productsCreated(
  async ({ products, additional_data }, { container }) => {
    const groupId = additional_data?.producer_group_id
    if (groupId === undefined || groupId === null) return new StepResponse(undefined, undefined)
    if (typeof groupId !== "string") {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, "additional_data.producer_group_id must be a group id")
    }
    const groups: ProducerGroupModuleService = container.resolve(PRODUCER_GROUP_MODULE)
    await groups.retrieveProducerGroup(groupId)
    const link = container.resolve("link")
    const links = products.map((product) => ({
      [Modules.PRODUCT]: { product_id: product.id },
      [PRODUCER_GROUP_MODULE]: { producer_group_id: groupId },
    }))
    await link.create(links)
    return new StepResponse(links, links)
  },
  async (links, { container }) => {
    if (!links?.length) return
    await container.resolve("link").dismiss(links)
  },
)
