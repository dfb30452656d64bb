/** What a pre-order asks for when its lot yields less than was pre-ordered. */
export const SHORT_HARVEST_CHOICES = ["wait", "refund"] as const
export type ShortHarvestChoice = (typeof SHORT_HARVEST_CHOICES)[number]

/**
 * Where a pre-order stands: booked against a lot (`waiting`), given units from the lot when it
 * became available (`allocated`), or left short by a small harvest: its remainder moved to the
 * next lot (`moved`) or owed back to the shopper (`refund_due`). `released` when the order it
 * belonged to never came about.
 */
export const PREORDER_STATUSES = ["waiting", "allocated", "moved", "refund_due", "released"] as const
export type PreorderStatus = (typeof PREORDER_STATUSES)[number]

/**
 * The moves a pre-order may make. A waiting booking is settled when its lot arrives (allocated,
 * moved or refund due) or released when its order never came about; an arrival undone (its
 * lot's change compensated) puts settled bookings back to waiting; nothing leaves released.
 */
export const PREORDER_TRANSITIONS: Record<PreorderStatus, readonly PreorderStatus[]> = {
  waiting: ["allocated", "moved", "refund_due", "released"],
  allocated: ["waiting"],
  moved: ["waiting"],
  refund_due: ["waiting"],
  released: [],
}

/** True when `value` is a pre-order status. */
export function isPreorderStatus(value: unknown): value is PreorderStatus {
  return typeof value === "string" && (PREORDER_STATUSES as readonly string[]).includes(value)
}

/** The outcome of asking for a move: allowed, or refused with a reason staff can act on. */
export type PreorderTransitionCheck = { allowed: true } | { allowed: false; reason: string }

/** Whether a pre-order in `from` may move to `to`, and if not, why. */
export function checkPreorderTransition(from: PreorderStatus, to: PreorderStatus): PreorderTransitionCheck {
  if (from === to) return { allowed: false, reason: `the pre-order is already ${from}` }
  const next = PREORDER_TRANSITIONS[from]
  if (next.includes(to)) return { allowed: true }
  return {
    allowed: false,
    reason: next.length
      ? `a pre-order that is ${from} can only become ${next.join(" or ")}, not ${to}`
      : `a ${from} pre-order cannot change any more`,
  }
}

/** The statuses a pre-order may move to `to` from (the rows a status change may touch). */
export function preorderStatusesMovingTo(to: PreorderStatus): PreorderStatus[] {
  return PREORDER_STATUSES.filter((from) => PREORDER_TRANSITIONS[from].includes(to))
}
