import { isPastBestBefore } from "@ovop/domain"
import { HARVEST_MODULE } from "../../../modules/harvest"
import type HarvestModuleService from "../../../modules/harvest/service"
import { createHarvestLotWorkflow } from "../../../workflows/harvest/workflows/create-harvest-lot"
import { transitionHarvestLotWorkflow } from "../../../workflows/harvest/workflows/transition-harvest-lot"
import { seededHarvestDates } from "../harvest-dates"
import type { SeedRun } from "../run"
import type { FoodLotToSeed } from "./opening-stock"

/**
 * This season's harvest lot of every food variant that just got its opening stock (dated from the
 * run's seed day, `SeedRun.today`: `seededHarvestDates`, so a store seeded on any day is never stale): planned, produced, then on the shelf, through the same workflows staff use (so the stock comes from the
 * lot); and next season's lot, planned, for pre-orders. Keyed by lot number, so never made twice.
 */
export async function seedHarvestLots(
  { container, catalogue, report, today }: SeedRun,
  foodLots: FoodLotToSeed[],
): Promise<void> {
  const harvest: HarvestModuleService = container.resolve(HARVEST_MODULE)
  let createdLots = 0
  for (const lot of foodLots) {
    const source = catalogue.products.find((p) => p.variants.some((v) => v.sku === lot.sku))
    const dates = seededHarvestDates(source?.season_months ?? [], source?.shelf_life_days ?? 365, today)
    const lotNumber = `${lot.sku}-${dates.lotYear}A`
    if ((await harvest.listHarvestLots({ lot_number: lotNumber })).length) continue
    const { result: planned } = await createHarvestLotWorkflow(container).run({
      input: {
        lot_number: lotNumber,
        variant_id: lot.variant_id,
        forecast_quantity: lot.produced,
        production_date: dates.productionDate,
        best_before: dates.bestBefore,
      },
    })
    // Last season's lot of a short-lived product may be past its best-before day already: it is
    // seeded expired (its stock off the shelf again), as the daily job would leave it.
    const moves = isPastBestBefore(dates.bestBefore, today)
      ? (["in_production", "available", "expired"] as const)
      : (["in_production", "available"] as const)
    for (const to of moves) {
      await transitionHarvestLotWorkflow(container).run({
        input: { lot_id: planned.id, to, produced_quantity: to === "available" ? lot.produced : undefined },
      })
    }
    // And next season's lot, planned: what pre-orders will be taken against.
    await createHarvestLotWorkflow(container).run({
      input: {
        lot_number: `${lot.sku}-${dates.nextLotYear}A`,
        variant_id: lot.variant_id,
        forecast_quantity: Math.round(lot.produced * 1.2),
        production_date: dates.nextProductionDate,
        expected_shipping_month: dates.nextShippingMonth,
      },
    })
    createdLots += 2
  }
  const allLots = await harvest.listHarvestLots({}, { select: ["id"], take: null })
  report("harvest lots", createdLots, allLots.length - createdLots)
}
