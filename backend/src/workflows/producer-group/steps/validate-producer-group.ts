import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PRODUCER_GROUP_MODULE } from "../../../modules/producer-group"
import type ProducerGroupModuleService from "../../../modules/producer-group/service"
import { handleFromName, type ProducerGroupInput } from "../types"

export const validateProducerGroupStepId = "validate-producer-group"

/**
 * Checks what a single request cannot: the handle is free, and the member counts still agree
 * once an update is merged with the stored group. Returns the handle to use. Writes nothing.
 */
export const validateProducerGroupStep = createStep(
  validateProducerGroupStepId,
  async (input: { id?: string; data: ProducerGroupInput }, { container }) => {
    const service: ProducerGroupModuleService = container.resolve(PRODUCER_GROUP_MODULE)
    const existing = input.id ? await service.retrieveProducerGroup(input.id) : undefined
    const handle = input.data.handle ?? existing?.handle ?? handleFromName(input.data.name ?? "")
    if (!handle) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, "handle: give a handle, or a name with Latin letters")
    }
    if (handle !== existing?.handle) {
      const [clash] = await service.listProducerGroups({ handle }, { select: ["id", "name"] })
      if (clash && clash.id !== input.id) {
        throw new MedusaError(
          MedusaError.Types.INVALID_DATA,
          `handle: '${handle}' is already used by the group "${clash.name}"; choose another handle`,
        )
      }
    }
    const members = input.data.member_count ?? existing?.member_count ?? 0
    const women = input.data.women_member_count ?? existing?.women_member_count ?? 0
    if (women > members) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `women_member_count (${women}) cannot be more than member_count (${members})`,
      )
    }
    return new StepResponse({ handle })
  },
)
