import fs from "node:fs"
import path from "node:path"
import { harvestSeasonOf } from "@ovop/domain"
import { describe, expect, it } from "vitest"
import { type LedgerLineFact, payoutReport, type ReportGroup, type ReportLine, reportRows } from "./payout-report"
import { payoutReportCsv, REPORT_LABELS } from "./payout-report-csv"

const tosor: ReportGroup = {
  id: "pgrp_tosor",
  name: "Tosor Apricot Women",
  village: "Tosor",
  village_label: "с. Тосор",
  members: 14,
  women_members: 11,
}
const barskoon: ReportGroup = {
  ...tosor,
  id: "pgrp_barskoon",
  name: "Barskoon Orchard Growers",
  members: 11,
  women_members: 6,
}
const ananyevo: ReportGroup = {
  id: "pgrp_ananyevo",
  name: "Ananyevo Sainfoin Beekeepers",
  village: "Ananyevo",
  village_label: "с. Ананьево",
  members: 16,
  women_members: 7,
}
const groups = new Map([tosor, barskoon, ananyevo].map((group) => [group.id, group]))
const jams = { id: "pcat_jams", name: "Jams" }
const honeyCategory = { id: "pcat_honey", name: "Honey" }
const lines = new Map<string, ReportLine>([
  ["item_jam", { quantity: 2, category: jams, season: "summer_autumn" }],
  ["item_juice", { quantity: 3, category: jams, season: "summer_autumn" }],
  ["item_honey", { quantity: 1, category: honeyCategory, season: "winter" }],
])

/** A line's credit (or, with negative amounts and `credited: false`, its refund) in a month. */
const fact = (
  part: string,
  group: string,
  order: string,
  month: string,
  net: number,
  extra: Partial<LedgerLineFact> = {},
): LedgerLineFact => ({
  producer_group_id: group,
  order_id: order,
  part_id: part,
  month,
  credited: true,
  gross: net + 200,
  commission: 150,
  fees: 50,
  net,
  ...extra,
})

const facts: LedgerLineFact[] = [
  fact("item_jam", tosor.id, "order_1", "2026-03", 1024),
  fact("item_honey", ananyevo.id, "order_1", "2026-03", 700),
  fact("item_juice", barskoon.id, "order_2", "2026-05", 900),
  // Half the juice refunded in June: a debit, no credit that month.
  fact("item_juice", barskoon.id, "order_2", "2026-06", -450, {
    credited: false,
    gross: -550,
    commission: -75,
    fees: -25,
  }),
]
const labels = REPORT_LABELS.en
const payouts = [{ producer_group_id: tosor.id, paid_on: "2026-04-05", amount: 1024 }]

describe("reportRows", () => {
  it("puts each line's sums in its group's row; totals are the ledger's sums", () => {
    const { rows, totals } = reportRows({ by: "group", facts, lines, groups, payouts, labels })
    const row = (id: string) => rows.find((candidate) => candidate.key === id)
    expect(row(barskoon.id)).toMatchObject({ gross: 1100 + -550, net: 450, units: 3, lines: 1, orders: 1, paid: 0 })
    expect(row(tosor.id)).toMatchObject({ net: 1024, units: 2, paid: 1024, members: 14, women_members: 11 })
    expect(totals).toMatchObject({
      gross: facts.reduce((sum, entry) => sum + entry.gross, 0),
      commission: 150 + 150 + 150 - 75,
      fees: 50 + 50 + 50 - 25,
      net: 1024 + 700 + 900 - 450,
      units: 6,
      lines: 3,
      orders: 2,
      paid: 1024,
    })
  })

  it("computes the women's share per group (net × women / members, rounded) and sums it", () => {
    const { rows, totals } = reportRows({ by: "village", facts, lines, groups, payouts, labels })
    const village = rows.find((row) => row.key === "Tosor")
    // Tosor 1024 × 11/14 = 804.57 → 805; Barskoon 450 × 6/11 = 245.45 → 245.
    expect(village).toMatchObject({ label: "с. Тосор", net: 1474, women_net: 805 + 245, paid: 1024, women_paid: 805 })
    expect(totals.women_net).toBe(805 + 245 + 306) // Ananyevo 700 × 7/16 = 306.25 → 306
  })

  it("groups by category and season; payouts have no such key", () => {
    const byCategory = reportRows({ by: "category", facts, lines, groups, payouts, labels })
    expect(byCategory.rows.map((row) => [row.label, row.net, row.units, row.paid])).toEqual([
      ["Jams", 1474, 5, null],
      ["Honey", 700, 1, null],
    ])
    expect(byCategory.totals.paid).toBe(1024)
    const bySeason = reportRows({ by: "season", facts, lines, groups, payouts, labels })
    expect(bySeason.rows.map((row) => [row.key, row.label, row.net])).toEqual([
      ["summer_autumn", "Summer and autumn", 1474],
      ["winter", "Winter", 700],
    ])
  })

  it("gives every month of the period a row, the refund in its own month, payouts by their day", () => {
    const { rows } = reportRows({
      by: "month",
      facts,
      lines,
      groups,
      payouts,
      labels,
      months: ["2026-02", "2026-03", "2026-04", "2026-05", "2026-06"],
    })
    expect(rows.map((row) => [row.key, row.net, row.units, row.orders, row.paid])).toEqual([
      ["2026-02", 0, 0, 0, 0],
      ["2026-03", 1724, 3, 1, 0],
      ["2026-04", 0, 0, 0, 1024],
      ["2026-05", 900, 3, 1, 0],
      ["2026-06", -450, 0, 0, 0],
    ])
  })

  it("counts a line's units once, in the month of its first credit, when two captures credit it", () => {
    const twice = [
      fact("item_jam", tosor.id, "order_1", "2026-03", 500),
      fact("item_jam", tosor.id, "order_1", "2026-04", 524),
    ]
    const { rows, totals } = reportRows({ by: "month", facts: twice, lines, groups, payouts: [], labels, months: [] })
    expect(rows.map((row) => [row.key, row.units])).toEqual([
      ["2026-03", 2],
      ["2026-04", 0],
    ])
    expect(totals).toMatchObject({ units: 2, lines: 1, orders: 1, net: 1024 })
  })
})

describe("payoutReport", () => {
  it("compares each row with last year's same key (a month a year back), no data when last year had none", () => {
    const lastYear = reportRows({
      by: "month",
      facts: [fact("item_jam", tosor.id, "order_0", "2025-03", 800)],
      lines,
      groups,
      payouts: [],
      labels,
      months: ["2025-03", "2025-05"],
    })
    const thisYear = reportRows({
      by: "month",
      facts,
      lines,
      groups,
      payouts,
      labels,
      months: ["2026-03", "2026-04", "2026-05", "2026-06"],
    })
    const report = payoutReport("month", thisYear, lastYear)
    expect(report.rows.map((row) => [row.key, row.previous.gross, row.growth_percent])).toEqual([
      ["2026-03", 1000, 112.4], // (1224 + 900 - 1000) / 1000
      ["2026-04", 0, null],
      ["2026-05", 0, null],
      ["2026-06", 0, null],
    ])
    expect(report.totals.previous).toEqual({ gross: 1000, net: 800 })
  })

  it("sorts rows by gross, largest first", () => {
    const current = reportRows({ by: "group", facts, lines, groups, payouts: [], labels })
    const report = payoutReport(
      "group",
      current,
      reportRows({ by: "group", facts: [], lines, groups, payouts: [], labels }),
    )
    expect(report.rows.map((row) => row.key)).toEqual([tosor.id, ananyevo.id, barskoon.id])
    expect(report.totals.growth_percent).toBeNull()
  })
})

describe("payoutReportCsv", () => {
  it("writes a spreadsheet file in Russian or Kyrgyz: byte-order mark, header, rows, totals", () => {
    const current = reportRows({ by: "category", facts, lines, groups, payouts, labels: REPORT_LABELS.ru })
    const report = payoutReport(
      "category",
      current,
      reportRows({ by: "category", facts: [], lines, groups, payouts: [], labels }),
    )
    const csv = payoutReportCsv(report, { by: "category", from: "2026-01-01", to: "2026-12-06", language: "ru" })
    expect(csv.startsWith("\uFEFF")).toBe(true)
    const rows = csv.slice(1).trimEnd().split("\r\n")
    expect(rows[0]).toBe("Период: 2026-01-01 — 2026-12-06;Валюта: сом (KGS)")
    expect(rows[1]?.split(";").slice(0, 5)).toEqual(["Категория", "Выручка", "Комиссия", "Сборы", "Нетто"])
    expect(rows[2]).toBe("Jams;1774.00;225.00;75.00;1474.00;5;2;1050.00;;;0.00;нет данных")
    expect(rows.at(-1)?.startsWith("Итого;2674.00;")).toBe(true)
    const ky = payoutReportCsv(report, { by: "category", from: "2026-01-01", to: "2026-12-06", language: "ky" })
    expect(ky).toContain("Жыйынтык;")
    expect(ky).toContain("маалымат жок")
  })
})

describe("the catalogue's harvest seasons", () => {
  it("are the association's: summer and autumn jams, juices and dried fruit; winter honey and jerky; felt, yarn and cookies all year", () => {
    const products: { category: string; season_months: number[] }[] = JSON.parse(
      fs.readFileSync(path.join(__dirname, "../../../seed/data/ovop/products.json"), "utf8"),
    )
    const seasons: Record<string, Set<string>> = {}
    for (const product of products) {
      seasons[product.category] ??= new Set()
      seasons[product.category]?.add(harvestSeasonOf(product.season_months))
    }
    expect(Object.fromEntries(Object.entries(seasons).map(([category, found]) => [category, [...found]]))).toEqual({
      "jams-preserves": ["summer_autumn"],
      juices: ["summer_autumn"],
      "dried-fruit": ["summer_autumn"],
      honey: ["winter"],
      jerky: ["winter"],
      felt: ["all_year"],
      yarn: ["all_year"],
      cookies: ["all_year"],
    })
  })
})
