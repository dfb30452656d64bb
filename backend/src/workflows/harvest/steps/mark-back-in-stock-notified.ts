import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { HARVEST_MODULE } from "../../../modules/harvest"
import type HarvestModuleService from "../../../modules/harvest/service"

export const markBackInStockNotifiedStepId = "mark-back-in-stock-notified"

/** Marks requests as answered; compensation marks them waiting again. */
export const markBackInStockNotifiedStep = createStep(
  markBackInStockNotifiedStepId,
  async (requestIds: string[], { container }) => {
    if (!requestIds.length) return new StepResponse([], [])
    const harvest: HarvestModuleService = container.resolve(HARVEST_MODULE)
    const now = new Date()
    await harvest.updateBackInStockRequests(requestIds.map((id) => ({ id, notified_at: now })))
    return new StepResponse(requestIds, requestIds)
  },
  async (requestIds, { container }) => {
    if (!requestIds?.length) return
    const harvest: HarvestModuleService = container.resolve(HARVEST_MODULE)
    await harvest.updateBackInStockRequests(requestIds.map((id) => ({ id, notified_at: null })))
  },
)
