import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { HARVEST_MODULE } from "../../../modules/harvest"
import { PREORDER_LOT_STATUSES } from "../../../modules/harvest/preorder"
import type HarvestModuleService from "../../../modules/harvest/service"
import type { LotStockChange } from "./prepare-lot-transition"

export const allocateLotPreordersStepId = "allocate-lot-preorders"

/**
 * When a planned or producing lot comes in, its pre-orders are served first, oldest first; only
 * what is left goes on the shelf. Returns the shelf change reduced by the units set aside.
 */
export const allocateLotPreordersStep = createStep(
  allocateLotPreordersStepId,
  async (
    input: { lot_id: string; from: string; to: string; produced?: number; stockChange: LotStockChange },
    { container },
  ) => {
    const arrives = input.to === "available" && (PREORDER_LOT_STATUSES as readonly string[]).includes(input.from)
    if (!arrives || !input.produced) {
      return new StepResponse({ stockChange: input.stockChange, allocated: 0 }, null)
    }
    const harvest: HarvestModuleService = container.resolve(HARVEST_MODULE)
    const { allocated } = await harvest.allocateLotPreorders(input.lot_id, input.produced)
    const stockChange = input.stockChange
      ? { ...input.stockChange, adjustment: input.stockChange.adjustment - allocated }
      : input.stockChange
    return new StepResponse({ stockChange, allocated }, input.lot_id)
  },
  async (lotId, { container }) => {
    if (!lotId) return
    const harvest: HarvestModuleService = container.resolve(HARVEST_MODULE)
    await harvest.undoLotAllocation(lotId)
  },
)
