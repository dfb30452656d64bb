import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { HARVEST_MODULE } from "../../../modules/harvest"
import type HarvestModuleService from "../../../modules/harvest/service"

export const createHarvestLotStepId = "create-harvest-lot"

/** What a new lot is created with; its producer group is the group of the variant's product. */
export type CreateHarvestLotInput = {
  lot_number: string
  variant_id: string
  forecast_quantity: number
  produced_quantity?: number | null
  production_date?: string | null
  best_before?: string | null
  expected_shipping_month?: string | null
  note?: string | null
}

const day = (value: string | null | undefined) => (value ? new Date(`${value}T00:00:00Z`) : null)

/** Creates a planned lot for a variant (400 when the lot number is taken); compensation deletes it. */
export const createHarvestLotStep = createStep(
  createHarvestLotStepId,
  async (input: CreateHarvestLotInput, { container }) => {
    const harvest: HarvestModuleService = container.resolve(HARVEST_MODULE)
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({
      entity: "product_variant",
      fields: ["id", "product.producer_group.id"],
      filters: { id: input.variant_id },
    })
    const variant = data[0]
    if (!variant) throw new MedusaError(MedusaError.Types.INVALID_DATA, `variant_id: no variant ${input.variant_id}`)
    const groupId = variant.product?.producer_group?.id
    if (!groupId) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        "variant_id: the variant's product has no producer group; choose its group on the product page first",
      )
    }
    const [clash] = await harvest.listHarvestLots({ lot_number: input.lot_number })
    if (clash) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, `lot_number: '${input.lot_number}' is already used`)
    }
    const lot = await harvest.createHarvestLots({
      lot_number: input.lot_number,
      variant_id: input.variant_id,
      producer_group_id: groupId,
      forecast_quantity: input.forecast_quantity,
      produced_quantity: input.produced_quantity ?? null,
      production_date: day(input.production_date),
      best_before: day(input.best_before),
      expected_shipping_month: input.expected_shipping_month ?? null,
      note: input.note ?? null,
    })
    return new StepResponse(lot, lot.id)
  },
  async (id, { container }) => {
    if (!id) return
    const harvest: HarvestModuleService = container.resolve(HARVEST_MODULE)
    await harvest.deleteHarvestLots(id)
  },
)
