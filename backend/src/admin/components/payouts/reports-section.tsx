import { Button, Heading, Input, Select, Table, Text } from "@medusajs/ui"
import { useQuery } from "@tanstack/react-query"
import { useState } from "react"
import { useTranslation } from "react-i18next"
import { barLength, linePoints, niceMaximum } from "../../lib/payout-report-chart"
import { backendHref, sdk } from "../../lib/sdk"

const GROUPINGS = ["group", "village", "category", "season", "month"] as const
type Grouping = (typeof GROUPINGS)[number]

type Figures = {
  gross: number
  commission: number
  fees: number
  net: number
  units: number
  orders: number
  women_net: number
  paid: number | null
  women_paid: number | null
  previous: { gross: number; net: number }
  growth_percent: number | null
}
type Row = Figures & { key: string; label: string }
type Report = { from: string; to: string; rows: Row[]; totals: Figures }

const today = () => new Date().toISOString().slice(0, 10)

/** Whole som in the dashboard's language. */
function useSom() {
  const { i18n } = useTranslation()
  const format = new Intl.NumberFormat(i18n.language, { maximumFractionDigits: 0 })
  return (amount: number | null) => (amount === null ? "—" : `${format.format(amount)} KGS`)
}

/** Growth over last year, or "no data". */
function GrowthText({ growth }: { growth: number | null }) {
  const { t, i18n } = useTranslation()
  if (growth === null) return <span className="text-ui-fg-muted">{t("payouts.reports.noData")}</span>
  const text = new Intl.NumberFormat(i18n.language, { maximumFractionDigits: 1, signDisplay: "always" }).format(growth)
  return <span className={growth < 0 ? "text-ui-fg-error" : ""}>{text} %</span>
}

/** Gross per row as horizontal bars, the net inside each, last year's gross as a tick. */
function BarChart({ rows }: { rows: Row[] }) {
  const { t } = useTranslation()
  const som = useSom()
  const shown = rows.slice(0, 20)
  const maximum = niceMaximum(shown.flatMap((row) => [row.gross, row.previous.gross]))
  const label = 180
  const plot = 420
  const height = 22
  return (
    <svg
      role="img"
      aria-label={t("payouts.reports.chartLabel")}
      viewBox={`0 0 ${label + plot + 110} ${shown.length * height + 4}`}
      className="w-full max-w-3xl"
    >
      {shown.map((row, index) => {
        const y = index * height + 2
        const lastYear = barLength(row.previous.gross, maximum, plot)
        return (
          <g key={row.key}>
            <title>{`${row.label}: ${som(row.gross)}, ${t("payouts.reports.net")} ${som(row.net)}`}</title>
            <text x={label - 6} y={y + 14} textAnchor="end" fontSize="11" fill="currentColor">
              {row.label.length > 28 ? `${row.label.slice(0, 27)}…` : row.label}
            </text>
            <rect x={label} y={y + 2} width={barLength(row.gross, maximum, plot)} height={height - 6} fill="#93c5fd" />
            <rect x={label} y={y + 6} width={barLength(row.net, maximum, plot)} height={height - 14} fill="#1d4ed8" />
            {lastYear > 0 && <rect x={label + lastYear - 1} y={y} width={2} height={height - 2} fill="#f59e0b" />}
            <text x={label + plot + 6} y={y + 14} fontSize="11" fill="currentColor">
              {som(row.gross)}
            </text>
          </g>
        )
      })}
    </svg>
  )
}

/** Gross per month as columns, last year's same months as a line. */
function MonthChart({ rows }: { rows: Row[] }) {
  const { t } = useTranslation()
  const som = useSom()
  const maximum = niceMaximum(rows.flatMap((row) => [row.gross, row.previous.gross]))
  const top = 10
  const height = 160
  const step = Math.max(28, Math.min(60, 720 / Math.max(rows.length, 1)))
  const left = 70
  const width = left + rows.length * step + 10
  return (
    <svg
      role="img"
      aria-label={t("payouts.reports.chartLabel")}
      viewBox={`0 0 ${width} ${top + height + 24}`}
      className="w-full max-w-3xl"
    >
      <text x={left - 6} y={top + 8} textAnchor="end" fontSize="10" fill="currentColor">
        {som(maximum)}
      </text>
      <line x1={left} x2={width - 10} y1={top + height} y2={top + height} stroke="currentColor" strokeWidth={0.5} />
      {rows.map((row, index) => {
        const bar = barLength(row.gross, maximum, height)
        const x = left + index * step + step * 0.15
        return (
          <g key={row.key}>
            <title>{`${row.label}: ${som(row.gross)} (${t("payouts.reports.lastYear")} ${som(row.previous.gross)})`}</title>
            <rect x={x} y={top + height - bar} width={step * 0.7} height={bar} fill="#1d4ed8" />
            <text x={x + step * 0.35} y={top + height + 14} textAnchor="middle" fontSize="10" fill="currentColor">
              {row.key.slice(2)}
            </text>
          </g>
        )
      })}
      <polyline
        points={linePoints(
          rows.map((row) => row.previous.gross),
          { start: left + step / 2, step, height, maximum, top },
        )}
        fill="none"
        stroke="#f59e0b"
        strokeWidth={2}
      />
    </svg>
  )
}

/** Downloads the report's CSV in `lang` on the dashboard's session. */
function CsvButton({ query, lang }: { query: string; lang: "ru" | "ky" }) {
  const { t } = useTranslation()
  const [failed, setFailed] = useState<string | null>(null)
  const download = async () => {
    const response = await fetch(backendHref(`/admin/payouts/reports/csv?${query}&lang=${lang}`), {
      credentials: "include",
    })
    if (!response.ok) {
      const body = (await response.json().catch(() => null)) as { message?: string } | null
      setFailed(body?.message ?? response.statusText)
      return
    }
    const name =
      /filename="([^"]+)"/.exec(response.headers.get("content-disposition") ?? "")?.[1] ?? "payout-report.csv"
    const url = URL.createObjectURL(await response.blob())
    const link = document.createElement("a")
    link.href = url
    link.download = name
    link.click()
    URL.revokeObjectURL(url)
    setFailed(null)
  }
  return (
    <span className="inline-flex flex-col">
      <Button size="small" variant="secondary" type="button" onClick={download}>
        {t("payouts.reports.csv")} ({lang})
      </Button>
      {failed && (
        <Text size="small" className="text-ui-fg-error" role="alert">
          {failed}
        </Text>
      )}
    </span>
  )
}

/**
 * The payout reports: a period and a grouping, a chart (bars per key, or columns per month with
 * last year's line), the figures per row with the women members' share and growth, and the CSV.
 */
export function ReportsSection() {
  const { t, i18n } = useTranslation()
  const som = useSom()
  const [period, setPeriod] = useState(() => ({ from: `${today().slice(0, 4)}-01-01`, to: today() }))
  const [by, setBy] = useState<Grouping>("group")
  const lang = i18n.language.startsWith("ru") ? "ru" : "en"
  const query = new URLSearchParams({ from: period.from, to: period.to, by }).toString()
  const { data, error } = useQuery({
    queryKey: ["ovop", "payouts", "reports", query, lang],
    queryFn: () => sdk.client.fetch<Report>(`/admin/payouts/reports?${query}&lang=${lang}`),
    enabled: Boolean(period.from && period.to),
  })
  const rows = data?.rows ?? []
  const columns: [string, (figures: Figures) => React.ReactNode][] = [
    [t("payouts.reports.gross"), (figures) => som(figures.gross)],
    [t("payouts.reports.deductions"), (figures) => som(figures.commission + figures.fees)],
    [t("payouts.reports.net"), (figures) => som(figures.net)],
    [t("payouts.reports.units"), (figures) => figures.units],
    [t("payouts.reports.orders"), (figures) => figures.orders],
    [t("payouts.reports.womenNet"), (figures) => som(figures.women_net)],
    [t("payouts.reports.paid"), (figures) => som(figures.paid)],
    [t("payouts.reports.lastYear"), (figures) => som(figures.previous.gross)],
    [t("payouts.reports.growth"), (figures) => <GrowthText growth={figures.growth_percent} />],
  ]
  return (
    <div className="flex flex-col gap-y-3 px-6 py-4">
      <Heading level="h2">{t("payouts.reports.title")}</Heading>
      <Text size="small" className="text-ui-fg-subtle">
        {t("payouts.reports.subtitle")}
      </Text>
      <div className="flex flex-wrap items-end gap-2">
        <Input
          type="date"
          aria-label={t("payouts.reports.from")}
          value={period.from}
          onChange={(event) => setPeriod({ ...period, from: event.target.value })}
        />
        <Input
          type="date"
          aria-label={t("payouts.reports.to")}
          value={period.to}
          onChange={(event) => setPeriod({ ...period, to: event.target.value })}
        />
        <Select value={by} onValueChange={(value) => setBy(value as Grouping)} size="small">
          <Select.Trigger aria-label={t("payouts.reports.by")} className="w-48">
            <Select.Value />
          </Select.Trigger>
          <Select.Content>
            {GROUPINGS.map((grouping) => (
              <Select.Item key={grouping} value={grouping}>
                {t(`payouts.reports.groupings.${grouping}`)}
              </Select.Item>
            ))}
          </Select.Content>
        </Select>
        <CsvButton query={query} lang="ru" />
        <CsvButton query={query} lang="ky" />
      </div>
      {error && (
        <Text size="small" className="text-ui-fg-error" role="alert">
          {(error as { message?: string }).message}
        </Text>
      )}
      {rows.length > 0 && (by === "month" ? <MonthChart rows={rows} /> : <BarChart rows={rows} />)}
      <Text size="xsmall" className="text-ui-fg-muted">
        {by === "month" ? t("payouts.reports.monthLegend") : t("payouts.reports.barLegend")}
      </Text>
      <Table>
        <Table.Header>
          <Table.Row>
            <Table.HeaderCell>{t(`payouts.reports.groupings.${by}`)}</Table.HeaderCell>
            {columns.map(([title]) => (
              <Table.HeaderCell key={title} className="text-right">
                {title}
              </Table.HeaderCell>
            ))}
          </Table.Row>
        </Table.Header>
        <Table.Body>
          {rows.map((row) => (
            <Table.Row key={row.key}>
              <Table.Cell>{row.label}</Table.Cell>
              {columns.map(([title, cell]) => (
                <Table.Cell key={title} className="text-right">
                  {cell(row)}
                </Table.Cell>
              ))}
            </Table.Row>
          ))}
          {data && (
            <Table.Row>
              <Table.Cell className="font-medium">{t("payouts.reports.total")}</Table.Cell>
              {columns.map(([title, cell]) => (
                <Table.Cell key={title} className="text-right font-medium">
                  {cell(data.totals)}
                </Table.Cell>
              ))}
            </Table.Row>
          )}
        </Table.Body>
      </Table>
      <Text size="xsmall" className="text-ui-fg-muted">
        {t("payouts.reports.womenRule")}
      </Text>
    </div>
  )
}
