import { describe, expect, it } from "vitest"
import { checkLotTransition, HARVEST_LOT_STATUSES, HARVEST_LOT_TRANSITIONS } from "./lot-status"

describe("checkLotTransition", () => {
  it.each([
    ["planned", "in_production"],
    ["in_production", "available"],
    ["available", "sold_out"],
    ["sold_out", "available"],
    ["available", "expired"],
    ["planned", "expired"],
  ] as const)("lets a lot go from %s to %s", (from, to) => {
    expect(checkLotTransition(from, to)).toEqual({ allowed: true })
  })

  it.each([
    ["planned", "available", "can only become in_production or expired"],
    ["in_production", "planned", "can only become available or expired"],
    ["expired", "available", "cannot change any more"],
    ["available", "available", "already available"],
  ] as const)("refuses %s -> %s, saying why", (from, to, reason) => {
    const check = checkLotTransition(from, to)
    expect(check.allowed).toBe(false)
    if (!check.allowed) expect(check.reason).toContain(reason)
  })

  it("has a row for every status and only names known statuses", () => {
    expect(Object.keys(HARVEST_LOT_TRANSITIONS).sort()).toEqual([...HARVEST_LOT_STATUSES].sort())
    for (const targets of Object.values(HARVEST_LOT_TRANSITIONS))
      for (const target of targets) expect(HARVEST_LOT_STATUSES).toContain(target)
  })

  it("lets nothing leave expired", () => {
    for (const to of HARVEST_LOT_STATUSES) expect(checkLotTransition("expired", to).allowed).toBe(false)
  })
})
