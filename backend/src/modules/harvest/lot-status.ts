/** Where a harvest lot is in its life. */
export const HARVEST_LOT_STATUSES = ["planned", "in_production", "available", "sold_out", "expired"] as const
export type HarvestLotStatus = (typeof HARVEST_LOT_STATUSES)[number]

/**
 * The moves a lot may make. A planned lot can be dropped straight to expired (a failed
 * harvest); an available lot ends sold out or expired; a sold-out lot can still expire (its
 * best-before passes with stock returned by a cancellation); nothing comes back from expired.
 */
export const HARVEST_LOT_TRANSITIONS: Record<HarvestLotStatus, readonly HarvestLotStatus[]> = {
  planned: ["in_production", "expired"],
  in_production: ["available", "expired"],
  available: ["sold_out", "expired"],
  sold_out: ["available", "expired"],
  expired: [],
}

/** The outcome of asking for a move: allowed, or refused with a reason staff can act on. */
export type LotTransitionCheck = { allowed: true } | { allowed: false; reason: string }

/** Whether a lot in `from` may move to `to`, and if not, why. */
export function checkLotTransition(from: HarvestLotStatus, to: HarvestLotStatus): LotTransitionCheck {
  if (from === to) return { allowed: false, reason: `the lot is already ${from}` }
  if (HARVEST_LOT_TRANSITIONS[from].includes(to)) return { allowed: true }
  const next = HARVEST_LOT_TRANSITIONS[from]
  return {
    allowed: false,
    reason: next.length
      ? `a lot that is ${from} can only become ${next.join(" or ")}, not ${to}`
      : `an ${from} lot cannot change any more`,
  }
}
