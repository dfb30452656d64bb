import { bestBeforeDay, isPastBestBefore } from "@ovop/domain"

/** What the shelf estimate reads of a lot. */
export type ShelfLot = {
  id: string
  status: string
  production_date: Date | string | null
  best_before: Date | string | null
  produced_quantity: number | null
  allocated_quantity?: number | null
}

/** The units of a variant's shelf that are past their best-before day, and the earliest such day. */
export type StaleStock = { units: number; best_before: string | null }

const time = (value: Date | string | null) => (value ? new Date(value).getTime() : Number.NEGATIVE_INFINITY)

/**
 * How many of the shelf's units each available lot still has there. The shelf is one stock
 * level per variant, not counted per lot, so this is the first-in-first-out estimate: the oldest
 * lot's units were sold first, so the newest lots still have all their units (produced less what
 * was set aside for pre-orders) and the oldest lot has what remains.
 */
export function unitsOnShelfByLot(lots: readonly ShelfLot[], shelf: number): Map<string, number> {
  const byLot = new Map<string, number>()
  let remaining = Math.max(0, shelf)
  const newestFirst = lots
    .filter((lot) => lot.status === "available")
    .sort((a, b) => time(b.production_date) - time(a.production_date))
  for (const lot of newestFirst) {
    const units = Math.min(remaining, Math.max(0, (lot.produced_quantity ?? 0) - (lot.allocated_quantity ?? 0)))
    byLot.set(lot.id, units)
    remaining -= units
  }
  return byLot
}

/** The units on the shelf from available lots whose best-before day is over at `now` (never sold). */
export function staleStock(lots: readonly ShelfLot[], shelf: number, now: Date): StaleStock {
  const onShelf = unitsOnShelfByLot(lots, shelf)
  let units = 0
  let earliest: string | null = null
  for (const lot of lots) {
    if (lot.status !== "available" || !isPastBestBefore(lot.best_before, now)) continue
    units += onShelf.get(lot.id) ?? 0
    const day = bestBeforeDay(lot.best_before as Date | string)
    if (!earliest || day < earliest) earliest = day
  }
  return { units, best_before: earliest }
}
