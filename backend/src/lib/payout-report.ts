import { growthPercent, type HarvestSeason, monthsOfPeriod, sameMonthLastYear, womenShare } from "@ovop/domain"

/**
 * The payout reports (sales per group, village, category, season and month; payouts; the money
 * reaching women members; growth over last year), gathered from the payout ledger alone so they
 * always equal the statements. Pure: the route loads the ledger's sums and the lines' products
 * (`api/admin/payouts/reports.ts`) and hands them here. Every amount is whole som, as the ledger's
 * `kgs_` columns keep them; a debit counts negative.
 */

/** What a report is grouped by. */
export const REPORT_GROUPINGS = ["group", "village", "category", "season", "month"] as const
export type ReportGrouping = (typeof REPORT_GROUPINGS)[number]

/** The ledger's sums of one order line in one month (UTC) of the period: credits less debits, som. */
export type LedgerLineFact = {
  producer_group_id: string
  order_id: string
  part_id: string
  /** YYYY-MM of the entries (UTC, as statements count days). */
  month: string
  /** Whether the line has a credit (a capture) in that month. */
  credited: boolean
  gross: number
  commission: number
  fees: number
  net: number
}

/** What the report needs of an order line: its quantity and its product's category and harvest season. */
export type ReportLine = {
  quantity: number
  category: { id: string; name: string } | null
  season: HarvestSeason
}

/** A producer group as the report shows it: names (in the report's language) and member counts. */
export type ReportGroup = {
  id: string
  name: string
  /** The village's key (the record's own name) and its name in the report's language. */
  village: string
  village_label: string
  members: number
  women_members: number
}

/** A payout paid to a group (a paid batch line): its day and amount (som). */
export type ReportPayout = { producer_group_id: string; paid_on: string; amount: number }

/** The figures of one row (or the totals) of a report, whole som. */
export type ReportFigures = {
  /** Credits less debits: the groups' gross (net of tax), commission, fees and net. */
  gross: number
  commission: number
  fees: number
  net: number
  /** Units of the order lines credited (each line once, in the row of its first credit). */
  units: number
  /** Order lines credited (each once, as `units`). */
  lines: number
  /** Orders with a line credited in the row (an order of two groups counts in each, once in the totals). */
  orders: number
  /** The net's part reaching women members: per group net × women / members, rounded, summed. */
  women_net: number
  /** Payouts paid (batch lines marked paid, by their day); null where a payout has no such key (category, season). */
  paid: number | null
  /** The payouts' part reaching women members (the same rule); null with `paid`. */
  women_paid: number | null
}

/** A report row: its key, its label, its figures and last year's for the same period. */
export type ReportRow = ReportFigures & {
  key: string
  label: string
  /** Group rows only: the village and the member counts the women's share is computed from. */
  village?: string
  members?: number
  women_members?: number
  previous: { gross: number; net: number }
  /** Growth of gross over last year's same period in percent (one decimal); null = no data. */
  growth_percent: number | null
}

/** A report: the rows and their totals. */
export type PayoutReportBody = {
  rows: ReportRow[]
  totals: ReportFigures & { previous: { gross: number; net: number }; growth_percent: number | null }
}

const NO_CATEGORY = "none"

/** The row key and label of a ledger line under `by`. */
function rowOf(
  by: ReportGrouping,
  fact: LedgerLineFact,
  line: ReportLine | undefined,
  group: ReportGroup | undefined,
  labels: { seasons: Record<HarvestSeason, string>; noCategory: string },
): { key: string; label: string } {
  switch (by) {
    case "group":
      return { key: fact.producer_group_id, label: group?.name ?? fact.producer_group_id }
    case "village":
      return group ? { key: group.village, label: group.village_label } : { key: "", label: "—" }
    case "category":
      return line?.category
        ? { key: line.category.id, label: line.category.name }
        : { key: NO_CATEGORY, label: labels.noCategory }
    case "season": {
      const season = line?.season ?? "all_year"
      return { key: season, label: labels.seasons[season] }
    }
    case "month":
      return { key: fact.month, label: fact.month }
  }
}

type Accumulator = {
  key: string
  label: string
  gross: number
  commission: number
  fees: number
  net: number
  units: number
  lines: number
  orders: Set<string>
  /** Per group: net and paid, for the women's share (computed per group, then summed). */
  byGroup: Map<string, { net: number; paid: number }>
  paid: number
}

const emptyAccumulator = (key: string, label: string): Accumulator => ({
  key,
  label,
  gross: 0,
  commission: 0,
  fees: 0,
  net: 0,
  units: 0,
  lines: 0,
  orders: new Set(),
  byGroup: new Map(),
  paid: 0,
})

/** Whether payouts can be put in rows of `by` (a payout is a group's, on a day: not a category's). */
const payoutsFit = (by: ReportGrouping) => by === "group" || by === "village" || by === "month"

function womenOf(byGroup: Map<string, { net: number; paid: number }>, groups: Map<string, ReportGroup>) {
  let net = 0
  let paid = 0
  for (const [groupId, sums] of byGroup) {
    const group = groups.get(groupId)
    net += womenShare(sums.net, group?.women_members ?? 0, group?.members ?? 0)
    paid += womenShare(sums.paid, group?.women_members ?? 0, group?.members ?? 0)
  }
  return { net, paid }
}

/**
 * One period's rows under `by` with their totals (no growth yet): the ledger's line sums put in
 * rows, each line's units once (the row of its first credit), orders counted distinct, payouts
 * (when `by` takes them) by group and day, the women's share per group then summed. With `months`
 * (by month) every month of the period has a row, empty ones too, so a chart shows the gaps.
 */
export function reportRows(input: {
  by: ReportGrouping
  facts: readonly LedgerLineFact[]
  lines: ReadonlyMap<string, ReportLine>
  groups: ReadonlyMap<string, ReportGroup>
  payouts: readonly ReportPayout[]
  months?: readonly string[]
  labels: { seasons: Record<HarvestSeason, string>; noCategory: string }
}): { rows: Omit<ReportRow, "previous" | "growth_percent">[]; totals: ReportFigures } {
  const groups = input.groups as Map<string, ReportGroup>
  const rows = new Map<string, Accumulator>()
  const total = emptyAccumulator("", "")
  for (const month of input.by === "month" ? (input.months ?? []) : []) rows.set(month, emptyAccumulator(month, month))
  const rowFor = (row: { key: string; label: string }) => {
    const found = rows.get(row.key) ?? emptyAccumulator(row.key, row.label)
    rows.set(row.key, found)
    return found
  }
  const addToGroup = (accumulator: Accumulator, groupId: string, net: number, paid: number) => {
    const sums = accumulator.byGroup.get(groupId) ?? { net: 0, paid: 0 }
    sums.net += net
    sums.paid += paid
    accumulator.byGroup.set(groupId, sums)
  }
  // A line's units count once, in its first credited month.
  const firstCredit = new Map<string, string>()
  for (const fact of input.facts) {
    if (!fact.credited) continue
    const seen = firstCredit.get(fact.part_id)
    if (!seen || fact.month < seen) firstCredit.set(fact.part_id, fact.month)
  }
  for (const fact of input.facts) {
    const line = input.lines.get(fact.part_id)
    const group = groups.get(fact.producer_group_id)
    for (const accumulator of [rowFor(rowOf(input.by, fact, line, group, input.labels)), total]) {
      accumulator.gross += fact.gross
      accumulator.commission += fact.commission
      accumulator.fees += fact.fees
      accumulator.net += fact.net
      if (fact.credited) accumulator.orders.add(fact.order_id)
      if (firstCredit.get(fact.part_id) === fact.month && fact.credited) {
        accumulator.units += line?.quantity ?? 0
        accumulator.lines += 1
      }
      addToGroup(accumulator, fact.producer_group_id, fact.net, 0)
    }
  }
  for (const payout of input.payouts) {
    const group = groups.get(payout.producer_group_id)
    const targets = [total]
    if (payoutsFit(input.by)) {
      const row =
        input.by === "month"
          ? { key: payout.paid_on.slice(0, 7), label: payout.paid_on.slice(0, 7) }
          : input.by === "group"
            ? { key: payout.producer_group_id, label: group?.name ?? payout.producer_group_id }
            : group
              ? { key: group.village, label: group.village_label }
              : { key: "", label: "—" }
      targets.push(rowFor(row))
    }
    for (const accumulator of targets) {
      accumulator.paid += payout.amount
      addToGroup(accumulator, payout.producer_group_id, 0, payout.amount)
    }
  }
  const figures = (accumulator: Accumulator, paidFits: boolean): ReportFigures => {
    const women = womenOf(accumulator.byGroup, groups)
    return {
      gross: accumulator.gross,
      commission: accumulator.commission,
      fees: accumulator.fees,
      net: accumulator.net,
      units: accumulator.units,
      lines: accumulator.lines,
      orders: accumulator.orders.size,
      women_net: women.net,
      paid: paidFits ? accumulator.paid : null,
      women_paid: paidFits ? women.paid : null,
    }
  }
  const fits = payoutsFit(input.by)
  return {
    rows: [...rows.values()].map((accumulator) => {
      const group = input.by === "group" ? groups.get(accumulator.key) : undefined
      return {
        key: accumulator.key,
        label: accumulator.label,
        ...(group ? { village: group.village_label, members: group.members, women_members: group.women_members } : {}),
        ...figures(accumulator, fits),
      }
    }),
    totals: figures(total, true),
  }
}

/** The key a row had last year: a month a year earlier, any other key the same. */
export function previousKey(by: ReportGrouping, key: string): string {
  return by === "month" ? sameMonthLastYear(key) : key
}

/**
 * The report: this period's rows with last year's gross and net for the same key and the growth of
 * gross (null when last year's is zero or below: no data). Rows sorted by month, else by gross
 * (largest first), then label. Rows only last year had are not listed: they are in its totals.
 */
export function payoutReport(
  by: ReportGrouping,
  current: ReturnType<typeof reportRows>,
  previous: ReturnType<typeof reportRows>,
): PayoutReportBody {
  const before = new Map(previous.rows.map((row) => [row.key, row]))
  const rows = current.rows.map((row) => {
    const last = before.get(previousKey(by, row.key))
    const lastYear = { gross: last?.gross ?? 0, net: last?.net ?? 0 }
    return { ...row, previous: lastYear, growth_percent: growthPercent(row.gross, lastYear.gross) }
  })
  rows.sort((a, b) =>
    by === "month" ? a.key.localeCompare(b.key) : b.gross - a.gross || a.label.localeCompare(b.label),
  )
  return {
    rows,
    totals: {
      ...current.totals,
      previous: { gross: previous.totals.gross, net: previous.totals.net },
      growth_percent: growthPercent(current.totals.gross, previous.totals.gross),
    },
  }
}

/** The months of a period for a by-month report. */
export const reportMonths = monthsOfPeriod
