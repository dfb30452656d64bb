import { type SeasonWindow, seasonWindowProblem } from "@ovop/domain"

/**
 * Season windows are the shop's shared rule (`@ovop/domain`: the storefront's pages and the
 * backend's cart rules read the same months the same way); the harvest module adds the check its
 * writes make.
 */
export {
  associationMonth,
  effectiveWindow,
  isAllYear,
  isInSeason,
  type Month,
  nextSeasonMonth,
  type SeasonWindow,
} from "@ovop/domain"

/** Throws when a window holds anything but distinct months 1-12. */
export function assertSeasonWindow(window: SeasonWindow): void {
  const problem = seasonWindowProblem(window)
  if (problem) throw new Error(problem)
}
