import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { HARVEST_MODULE } from "../../../modules/harvest"
import type HarvestModuleService from "../../../modules/harvest/service"

export const updateHarvestLotStepId = "update-harvest-lot"

/** Writes a lot's new status (and produced quantity); compensation writes back the old ones. */
export const updateHarvestLotStep = createStep(
  updateHarvestLotStepId,
  async (input: { id: string; status: string; produced_quantity?: number | null }, { container }) => {
    const harvest: HarvestModuleService = container.resolve(HARVEST_MODULE)
    const before = await harvest.retrieveHarvestLot(input.id)
    const update: Record<string, unknown> = { id: input.id, status: input.status }
    if (input.produced_quantity !== undefined) update.produced_quantity = input.produced_quantity
    // biome-ignore lint/suspicious/noExplicitAny: status and quantity were checked by the prepare step.
    const lot = await harvest.updateHarvestLots(update as any)
    return new StepResponse(lot, { id: before.id, status: before.status, produced_quantity: before.produced_quantity })
  },
  async (previous, { container }) => {
    if (!previous) return
    const harvest: HarvestModuleService = container.resolve(HARVEST_MODULE)
    await harvest.updateHarvestLots(previous)
  },
)
