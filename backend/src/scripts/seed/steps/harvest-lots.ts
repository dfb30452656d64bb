import { HARVEST_MODULE } from "../../../modules/harvest"
import type HarvestModuleService from "../../../modules/harvest/service"
import { createHarvestLotWorkflow } from "../../../workflows/harvest/workflows/create-harvest-lot"
import { transitionHarvestLotWorkflow } from "../../../workflows/harvest/workflows/transition-harvest-lot"
import type { SeedRun } from "../run"
import type { FoodLotToSeed } from "./opening-stock"

const DAY_MS = 86_400_000

/**
 * This season's harvest lot of every food variant that just got its opening stock: planned,
 * produced, then on the shelf, through the same workflows staff use (so the stock comes from the
 * lot); and next season's lot, planned, for pre-orders. Keyed by lot number, so never made twice.
 */
export async function seedHarvestLots(
  { container, catalogue, report }: SeedRun,
  foodLots: FoodLotToSeed[],
): Promise<void> {
  const harvest: HarvestModuleService = container.resolve(HARVEST_MODULE)
  const season = new Date().getUTCFullYear()
  let createdLots = 0
  for (const lot of foodLots) {
    const lotNumber = `${lot.sku}-${season}A`
    if ((await harvest.listHarvestLots({ lot_number: lotNumber })).length) continue
    const source = catalogue.products.find((p) => p.variants.some((v) => v.sku === lot.sku))
    const produced = new Date(Date.UTC(season, (source?.season_months[0] ?? 7) - 1, 20))
    if (produced > new Date()) produced.setUTCFullYear(season - 1)
    const bestBefore = new Date(produced.getTime() + (source?.shelf_life_days ?? 365) * DAY_MS)
    const { result: planned } = await createHarvestLotWorkflow(container).run({
      input: {
        lot_number: lotNumber,
        variant_id: lot.variant_id,
        forecast_quantity: lot.produced,
        production_date: produced.toISOString().slice(0, 10),
        best_before: bestBefore.toISOString().slice(0, 10),
      },
    })
    for (const to of ["in_production", "available"] as const) {
      await transitionHarvestLotWorkflow(container).run({
        input: { lot_id: planned.id, to, produced_quantity: to === "available" ? lot.produced : undefined },
      })
    }
    // And next season's lot, planned: what pre-orders will be taken against.
    const nextProduction = new Date(produced)
    nextProduction.setUTCFullYear(produced.getUTCFullYear() + 1)
    const shipping = new Date(nextProduction.getTime() + 30 * DAY_MS).toISOString().slice(0, 7)
    await createHarvestLotWorkflow(container).run({
      input: {
        lot_number: `${lot.sku}-${nextProduction.getUTCFullYear()}A`,
        variant_id: lot.variant_id,
        forecast_quantity: Math.round(lot.produced * 1.2),
        production_date: nextProduction.toISOString().slice(0, 10),
        expected_shipping_month: shipping,
      },
    })
    createdLots += 2
  }
  const allLots = await harvest.listHarvestLots({}, { select: ["id"], take: null })
  report("harvest lots", createdLots, allLots.length - createdLots)
}
