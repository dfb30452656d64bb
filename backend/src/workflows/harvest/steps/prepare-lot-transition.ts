import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { present } from "../../../lib/query-graph"
import { HARVEST_MODULE } from "../../../modules/harvest"
import { onShelf } from "../../../modules/harvest/availability"
import { unitsOnShelfByLot } from "../../../modules/harvest/best-before"
import { checkLotTransition, type HarvestLotStatus } from "../../../modules/harvest/lot-status"
import type HarvestModuleService from "../../../modules/harvest/service"

export const prepareLotTransitionStepId = "prepare-lot-transition"

/** The stock change a lot's move brings at the warehouse (none for most moves). */
export type LotStockChange = { inventory_item_id: string; location_id: string; adjustment: number } | null

/**
 * Checks that the lot may move (400 with the reason otherwise) and works out the stock change:
 * becoming available puts its produced quantity on the Karakol shelf; expiring takes off what is
 * left of it there: the shelf is one count per variant, so first in, first out (the units of the
 * variant's newer available lots stay; `unitsOnShelfByLot`). Writes nothing.
 */
export const prepareLotTransitionStep = createStep(
  prepareLotTransitionStepId,
  async (input: { lot_id: string; to: HarvestLotStatus; produced_quantity?: number }, { container }) => {
    const harvest: HarvestModuleService = container.resolve(HARVEST_MODULE)
    const lot = await harvest.retrieveHarvestLot(input.lot_id)
    const check = checkLotTransition(lot.status, input.to)
    if (!check.allowed) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `lot ${lot.lot_number}: ${check.reason}`)
    }
    const produced = input.produced_quantity ?? lot.produced_quantity ?? undefined
    const addsStock = input.to === "available" && lot.status !== "sold_out"
    if (addsStock && (produced === undefined || produced <= 0)) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `produced_quantity: give how many units lot ${lot.lot_number} produced before making it available`,
      )
    }
    let stockChange: LotStockChange = null
    if (addsStock || (input.to === "expired" && lot.status === "available")) {
      const query = container.resolve(ContainerRegistrationKeys.QUERY)
      const { data } = await query.graph({
        entity: "product_variant",
        fields: [
          "id",
          "inventory_items.inventory_item_id",
          "inventory_items.inventory.location_levels.location_id",
          "inventory_items.inventory.location_levels.stocked_quantity",
          "inventory_items.inventory.location_levels.reserved_quantity",
        ],
        filters: { id: lot.variant_id },
      })
      const [item] = present(data[0]?.inventory_items)
      const [level] = present(item?.inventory?.location_levels)
      if (!item || !level) {
        throw new MedusaError(
          MedusaError.Types.NOT_ALLOWED,
          `lot ${lot.lot_number}: its variant has no stock level at the warehouse; add one in Inventory first`,
        )
      }
      const shelf = Math.max(0, onShelf([level]))
      // Units set aside for pre-orders never reached the shelf, so expiry does not take them off.
      const variantLots = addsStock
        ? []
        : await harvest.listHarvestLots({ variant_id: lot.variant_id, status: "available" }, { take: null })
      const adjustment = addsStock ? (produced ?? 0) : -(unitsOnShelfByLot(variantLots, shelf).get(lot.id) ?? 0)
      stockChange = { inventory_item_id: item.inventory_item_id, location_id: level.location_id, adjustment }
    }
    return new StepResponse({ lot, produced, stockChange })
  },
)
