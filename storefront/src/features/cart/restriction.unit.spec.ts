import type { AppliedRestriction } from "@ovop/domain"
import { describe, expect, it } from "vitest"
import { regionRestrictions } from "./restriction"

const quarantine: AppliedRestriction = {
  country_code: "jp",
  reason_code: "animal_quarantine",
  reason: { en: "needs a certificate", ja: "証明書が必要です", ru: "нужен сертификат", ky: "сертификат керек" },
  source: { kind: "category", handle: "jerky" },
}
const regions = [
  { id: "reg_kg", countries: ["kg"] },
  { id: "reg_jp", countries: ["jp"] },
  { id: "reg_intl", countries: ["us", "de", "au"] },
]

describe("regionRestrictions", () => {
  it("restricts the region whose only country refuses the product", () => {
    expect(regionRestrictions([quarantine], regions)).toEqual([
      { regionId: "reg_jp", country: "jp", reason: quarantine.reason },
    ])
  })

  it("leaves a region alone while one of its countries may receive the product", () => {
    const australia = { ...quarantine, country_code: "au" }
    expect(regionRestrictions([australia], regions)).toEqual([])
    expect(regionRestrictions([], regions)).toEqual([])
  })
})
