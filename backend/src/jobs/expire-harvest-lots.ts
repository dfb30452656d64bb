import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { isPastBestBefore } from "@ovop/domain"
import { HARVEST_MODULE } from "../modules/harvest"
import type HarvestModuleService from "../modules/harvest/service"
import { transitionHarvestLotWorkflow } from "../workflows/harvest/workflows/transition-harvest-lot"

/** What one run of the expiry did: the lots it expired, and those it could not (with why). */
export type ExpiryRun = { expired: string[]; failed: { lot_number: string; reason: string }[] }

/**
 * Expires every lot on sale (available, or sold out and able to get stock back from a
 * cancellation) whose best-before day is over in Bishkek, through the lot's own transition, which
 * takes what is left of it off the shelf. Idempotent: an expired lot is not listed again, and one
 * expired meanwhile (by staff, or a second run) is refused by its transition and skipped.
 */
export async function expirePastBestBeforeLots(container: MedusaContainer, now = new Date()): Promise<ExpiryRun> {
  const harvest: HarvestModuleService = container.resolve(HARVEST_MODULE)
  const lots = await harvest.listHarvestLots(
    { status: ["available", "sold_out"] },
    { select: ["id", "lot_number", "best_before"], take: null },
  )
  const run: ExpiryRun = { expired: [], failed: [] }
  for (const lot of lots.filter((lot) => isPastBestBefore(lot.best_before, now))) {
    try {
      await transitionHarvestLotWorkflow(container).run({ input: { lot_id: lot.id, to: "expired" } })
      run.expired.push(lot.lot_number)
    } catch (error) {
      run.failed.push({ lot_number: lot.lot_number, reason: (error as { message?: string }).message ?? String(error) })
    }
  }
  return run
}

/** The daily job: lots past their best-before day leave sale (the cart rules refuse them before it runs). */
export default async function expireHarvestLotsJob(container: MedusaContainer): Promise<void> {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const run = await expirePastBestBeforeLots(container)
  if (run.expired.length) logger.info(`harvest lots past their best-before day expired: ${run.expired.join(", ")}`)
  for (const failure of run.failed) logger.warn(`harvest lot ${failure.lot_number} not expired: ${failure.reason}`)
}

// 00:05 in Bishkek (UTC+6) on a server keeping UTC; on any other clock it still runs once a day, and
// the cart rules never sell a lot past its day in the hours before it runs.
export const config = { name: "expire-harvest-lots", schedule: "5 18 * * *" }
