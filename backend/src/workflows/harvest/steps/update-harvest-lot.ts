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
    // Status and quantity were checked by the prepare step; only these columns are written.
    await harvest.setLotStatus(input)
    const lot = await harvest.retrieveHarvestLot(input.id)
    return new StepResponse(lot, { id: before.id, status: before.status, produced_quantity: before.produced_quantity })
  },
  async (previous, { container }) => {
    if (!previous) return
    const harvest: HarvestModuleService = container.resolve(HARVEST_MODULE)
    await harvest.setLotStatus(previous)
  },
)
