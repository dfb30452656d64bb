import { describe, expect, it } from "vitest"
import { gridTotals, parseOrderCsv, type WholesaleOffer } from "./order-grid"

// Apricot jam 250 g in cases of 12 from 2 cases; felt slippers in cases of 6 from 1; yen tiers 1-11, 12-47, 48+ cases.
const jam: WholesaleOffer = {
  variant_id: "variant_jam",
  product_id: "prod_jam",
  sku: "JAM-APR-250",
  case_pack: 12,
  min_quantity: 24,
  tiers: [
    { min_cases: 1, max_cases: 11, amount: 504 },
    { min_cases: 12, max_cases: 47, amount: 462 },
    { min_cases: 48, max_cases: null, amount: 420 },
  ],
}
const slippers: WholesaleOffer = {
  variant_id: "variant_slippers",
  product_id: "prod_slippers",
  sku: "FELT-SLP-38",
  case_pack: 6,
  min_quantity: 6,
  tiers: [{ min_cases: 1, max_cases: null, amount: 2100 }],
}
const offers = [jam, slippers]

describe("gridTotals", () => {
  it("prices each line at the tier of its number of cases and adds the order up", () => {
    const totals = gridTotals(
      offers,
      new Map([
        ["variant_jam", 12],
        ["variant_slippers", 2],
      ]),
      "jpy",
      75000,
    )
    expect(totals.lines.map((line) => [line.units, line.unitPrice, line.lineTotal])).toEqual([
      [144, 462, 66528],
      [12, 2100, 25200],
    ])
    expect(totals.total).toBe(91728)
    expect(totals.minimumRefusal).toBeNull()
  })

  it("moves to the next tier at its first case", () => {
    const at = (cases: number) => gridTotals([jam], new Map([["variant_jam", cases]]), "jpy", null).lines[0]?.unitPrice
    expect([at(11), at(12), at(47), at(48)]).toEqual([504, 462, 462, 420])
  })

  it("names a line under the variant's minimum and an order under the minimum value", () => {
    const totals = gridTotals(offers, new Map([["variant_jam", 1]]), "jpy", 75000)
    expect(totals.lines[0]?.refusal).toMatchObject({ code: "below_minimum_quantity", params: { minimum: 24 } })
    expect(totals.minimumRefusal).toMatchObject({
      code: "below_minimum_order_value",
      params: { total: 6048, minimum: 75000 },
    })
  })

  it("adds dollars in cents, so tier prices with cents sum exactly", () => {
    const cents = { ...slippers, tiers: [{ min_cases: 1, max_cases: null, amount: 0.1 }] }
    expect(gridTotals([cents], new Map([["variant_slippers", 3]]), "usd", null).total).toBe(1.8)
  })

  it("splits a line beyond the shelf: the shelf's cases now at their tier, the rest booked at the whole line's", () => {
    // 30 jars on the shelf are 2 whole cases; the July 2027 lot can take 600. 600 jars = 50 cases: 48+ tier.
    const stocked = {
      ...jam,
      on_shelf: 24,
      coming_lot: { lot_number: "TOS-2027-07", bookable: 600, expected_shipping_month: "2027-07" },
    }
    const [line] = gridTotals([stocked], new Map([["variant_jam", 50]]), "jpy", null).lines
    expect(line).toMatchObject({
      units: 600,
      now: 24,
      booked: 576,
      nowUnitPrice: 504,
      bookedUnitPrice: 420,
      bookedMonth: "2027-07",
      refusal: null,
    })
    expect(line?.lineTotal).toBe(24 * 504 + 576 * 420)
  })

  it("names a line beyond both the shelf and the lot", () => {
    const stocked = {
      ...jam,
      on_shelf: 24,
      coming_lot: { lot_number: "TOS-2027-07", bookable: 480, expected_shipping_month: "2027-07" },
    }
    const [line] = gridTotals([stocked], new Map([["variant_jam", 50]]), "jpy", null).lines
    expect(line?.refusal).toMatchObject({
      code: "beyond_shelf_and_lot",
      params: { on_shelf: 24, bookable: 480, quantity: 600 },
    })
    expect(line?.booked).toBe(0)
  })

  it("sells a line the shelf holds now, booking nothing", () => {
    const stocked = { ...jam, on_shelf: null, coming_lot: null }
    expect(gridTotals([stocked], new Map([["variant_jam", 50]]), "jpy", null).lines[0]).toMatchObject({
      now: 600,
      booked: 0,
    })
  })

  it("leaves out lines of zero cases", () => {
    expect(gridTotals(offers, new Map([["variant_jam", 0]]), "jpy", 75000)).toEqual({
      lines: [],
      total: 0,
      minimumRefusal: null,
    })
  })
})

describe("parseOrderCsv", () => {
  it("accepts whole cases from the minimum and reports every other line by its number", () => {
    const csv = [
      "sku,quantity",
      "JAM-APR-250,48",
      "HONEY-999,12",
      "FELT-SLP-38,7",
      "",
      "felt-slp-38,x",
      "JAM-APR-250",
    ].join("\n")
    const reports = parseOrderCsv(csv, offers)
    expect(reports).toEqual([
      { line: 2, sku: "JAM-APR-250", ok: true, variantId: "variant_jam", cases: 4 },
      { line: 3, sku: "HONEY-999", ok: false, problem: "unknown_sku" },
      expect.objectContaining({
        line: 4,
        ok: false,
        problem: "refused",
        refusal: expect.objectContaining({ code: "not_whole_cases" }),
      }),
      { line: 6, sku: "felt-slp-38", ok: false, problem: "bad_number" },
      { line: 7, sku: "JAM-APR-250", ok: false, problem: "missing_columns" },
    ])
  })

  it("reports a quantity under the minimum before its cases", () => {
    const [report] = parseOrderCsv("JAM-APR-250,12", offers)
    expect(report).toMatchObject({ ok: false, problem: "refused", refusal: { code: "below_minimum_quantity" } })
  })

  it("refuses numbers that are not whole positive units", () => {
    const reports = parseOrderCsv('JAM-APR-250;2.5\nJAM-APR-250;-24\nJAM-APR-250;0\nFELT-SLP-38;"6"', offers)
    expect(reports.map((report) => (report.ok ? "ok" : report.problem))).toEqual([
      "bad_number",
      "bad_number",
      "bad_number",
      "ok",
    ])
  })

  it("adds up a SKU on several lines before judging it", () => {
    const reports = parseOrderCsv("JAM-APR-250,12\r\nJAM-APR-250,12", offers)
    expect(reports).toEqual([{ line: 2, sku: "JAM-APR-250", ok: true, variantId: "variant_jam", cases: 2 }])
  })

  it("reads semicolons and tabs as spreadsheets write them, and a byte order mark", () => {
    expect(parseOrderCsv("\uFEFFSKU;Qty\nJAM-APR-250;24", offers)[0]).toMatchObject({ ok: true, cases: 2 })
    expect(parseOrderCsv("JAM-APR-250\t24", offers)[0]).toMatchObject({ ok: true, cases: 2 })
  })
})
