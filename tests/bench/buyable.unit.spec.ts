import { describe, expect, it } from "vitest"
import { chooseBuyableVariants, describeLeftOut, type StoreProduct } from "./buyable"

// Products as the store lists them with `buyableProductFields`: seasons as the seed writes them.
const apricotJam: StoreProduct = {
  handle: "tosor-apricot-jam",
  metadata: { season_months: [7, 8, 9, 10, 11] },
  producer_group: { status: "active" },
  variants: [
    {
      id: "variant_jam_250",
      manage_inventory: true,
      inventory_quantity: 40,
      calculated_price: { calculated_amount: 6 },
    },
    {
      id: "variant_jam_450",
      manage_inventory: true,
      inventory_quantity: 0,
      calculated_price: { calculated_amount: 9 },
    },
  ],
}
const honey: StoreProduct = {
  handle: "karakol-mountain-honey",
  metadata: { season_months: [10, 11, 12, 1, 2, 3] },
  producer_group: { status: "active" },
  variants: [{ id: "variant_honey_500", manage_inventory: true, inventory_quantity: 25 }],
}
const feltSlippers: StoreProduct = {
  handle: "kyzyl-suu-felt-slippers",
  metadata: null,
  producer_group: {
    status: "active",
    certificate_number: "IK-2024-010",
    certificate_valid_from: "2024-01-01",
    certificate_valid_to: "2030-12-31",
  },
  variants: [
    { id: "variant_slippers_38", manage_inventory: true, inventory_quantity: 7 },
    // A size sold only in winter, by its own window.
    { id: "variant_slippers_winter", manage_inventory: false, metadata: { season_months: [12, 1, 2] } },
  ],
}
const pausedGroupYarn: StoreProduct = {
  handle: "barskoon-wool-yarn",
  producer_group: { status: "paused" },
  variants: [{ id: "variant_yarn", manage_inventory: false }],
}
const expiredCertificateJuice: StoreProduct = {
  handle: "sea-buckthorn-juice",
  producer_group: {
    status: "active",
    certificate_number: "IK-2022-001",
    certificate_valid_from: "2022-04-01",
    certificate_valid_to: "2025-03-31",
  },
  variants: [{ id: "variant_juice", manage_inventory: false }],
}
const catalogue = [apricotJam, honey, feltSlippers, pausedGroupYarn, expiredCertificateJuice]

// Noon in Bishkek (UTC+6) on the given day.
const bishkekNoon = (day: string) => new Date(`${day}T06:00:00Z`)

describe("chooseBuyableVariants", () => {
  it("leaves out the apricot jam in December (out of season) and keeps the winter honey and slippers", () => {
    const choice = chooseBuyableVariants(catalogue, bishkekNoon("2026-12-05"), 1)
    expect(choice.variantIds).toEqual(["variant_honey_500", "variant_slippers_38", "variant_slippers_winter"])
    expect(choice.leftOut).toEqual({ out_of_season: 2, group_paused: 1, certificate_expired: 1 })
  })

  it("keeps the jam in August but not its sold-out size, and drops honey and the winter size", () => {
    const choice = chooseBuyableVariants(catalogue, bishkekNoon("2026-08-15"), 1)
    expect(choice.variantIds).toEqual(["variant_jam_250", "variant_slippers_38"])
    expect(choice.leftOut).toEqual({ sold_out: 1, out_of_season: 2, group_paused: 1, certificate_expired: 1 })
  })

  it("reads the month in Bishkek: 30 June 20:00 UTC is already July there, the jam's first month", () => {
    expect(chooseBuyableVariants([apricotJam], new Date("2026-06-30T20:00:00Z"), 1).variantIds).toEqual([
      "variant_jam_250",
    ])
    expect(chooseBuyableVariants([apricotJam], new Date("2026-06-30T17:00:00Z"), 1).variantIds).toEqual([])
  })

  it("asks for the stock the scenario needs", () => {
    expect(chooseBuyableVariants([feltSlippers], bishkekNoon("2026-05-15"), 8).variantIds).toEqual([])
  })

  it("leaves out a variant without a price in the region", () => {
    const unpriced: StoreProduct = {
      handle: "cookies",
      variants: [{ id: "variant_cookies", manage_inventory: false, calculated_price: { calculated_amount: null } }],
    }
    expect(chooseBuyableVariants([unpriced], bishkekNoon("2026-05-15"), 1).leftOut).toEqual({ no_price: 1 })
  })
})

describe("describeLeftOut", () => {
  it("names each reason with its count", () => {
    expect(describeLeftOut({ out_of_season: 12, sold_out: 1 })).toBe("12 out of season, 1 sold out")
    expect(describeLeftOut({})).toBe("none")
  })
})
