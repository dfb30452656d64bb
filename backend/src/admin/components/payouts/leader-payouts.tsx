import { Button, Container, Heading, Input, Label, Table, Text } from "@medusajs/ui"
import { useQuery } from "@tanstack/react-query"
import { useState } from "react"
import { useTranslation } from "react-i18next"
import { backendHref, sdk } from "../../lib/sdk"

type Balance = { producer_group_id: string; balance: number }
type Batch = { id: string; period_start: string; period_end: string; status: string }
const FILES = [
  { format: "pdf", lang: "ky" },
  { format: "pdf", lang: "ru" },
  { format: "csv", lang: "ky" },
  { format: "csv", lang: "ru" },
] as const

/** The previous calendar month, the usual statement period. */
function lastMonth(): { from: string; to: string } {
  const now = new Date()
  const start = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - 1, 1))
  const end = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 0))
  return { from: start.toISOString().slice(0, 10), to: end.toISOString().slice(0, 10) }
}

/** Downloads a statement on the dashboard's session; false when the route refused it. */
async function download(path: string): Promise<boolean> {
  const response = await fetch(backendHref(path), { credentials: "include" })
  if (!response.ok) return false
  const name = /filename="([^"]+)"/.exec(response.headers.get("content-disposition") ?? "")?.[1] ?? "statement"
  const url = URL.createObjectURL(await response.blob())
  const link = document.createElement("a")
  link.href = url
  link.download = name
  link.click()
  URL.revokeObjectURL(url)
  return true
}

/** The four files of a statement (PDF and CSV, Kyrgyz and Russian) as buttons. */
function StatementFiles({ path }: { path: (format: string, lang: string) => string }) {
  const { t } = useTranslation()
  const [failed, setFailed] = useState(false)
  return (
    <span className="inline-flex flex-wrap items-center gap-1">
      {FILES.map(({ format, lang }) => (
        <Button
          key={`${format}-${lang}`}
          size="small"
          variant="transparent"
          type="button"
          onClick={async () => setFailed(!(await download(path(format, lang))))}
        >
          {t(`payouts.leader.file.${format}`)} · {lang.toUpperCase()}
        </Button>
      ))}
      {failed && (
        <Text size="small" className="text-ui-fg-error">
          {t("payouts.leader.downloadFailed")}
        </Text>
      )}
    </span>
  )
}

/**
 * The Payouts page as a group leader sees it: its group's balance, its statement for any period,
 * and its statements of the paid batches. The routes answer this group's data only.
 */
export function LeaderPayouts({ group }: { group: { id: string; name: string } }) {
  const { t } = useTranslation()
  const [period, setPeriod] = useState(lastMonth)
  const balances = useQuery({
    queryKey: ["ovop", "payouts", "leader", "balances"],
    queryFn: () => sdk.client.fetch<{ balances: Balance[] }>("/admin/payouts/balances"),
  })
  const batches = useQuery({
    queryKey: ["ovop", "payouts", "leader", "batches"],
    queryFn: () => sdk.client.fetch<{ payout_batches: Batch[] }>("/admin/payouts/batches"),
  })
  const balance = balances.data?.balances.find((row) => row.producer_group_id === group.id)?.balance ?? 0
  return (
    <Container className="divide-y p-0">
      <div className="px-6 py-4">
        <Heading>{group.name}</Heading>
        <Text size="small" className="text-ui-fg-subtle">
          {t("payouts.leader.subtitle")}
        </Text>
      </div>
      <div className="flex items-center justify-between px-6 py-4">
        <Heading level="h2">{t("payouts.leader.balance")}</Heading>
        <Text weight="plus">{balances.isLoading ? "…" : `${balance} KGS`}</Text>
      </div>
      <div className="flex flex-col gap-y-3 px-6 py-4">
        <Heading level="h2">{t("payouts.leader.statementTitle")}</Heading>
        <div className="flex flex-wrap items-end gap-3">
          <div className="flex flex-col gap-y-1">
            <Label htmlFor="leader-statement-from" size="small">
              {t("payouts.leader.from")}
            </Label>
            <Input
              id="leader-statement-from"
              type="date"
              size="small"
              value={period.from}
              onChange={(event) => setPeriod({ ...period, from: event.target.value })}
            />
          </div>
          <div className="flex flex-col gap-y-1">
            <Label htmlFor="leader-statement-to" size="small">
              {t("payouts.leader.to")}
            </Label>
            <Input
              id="leader-statement-to"
              type="date"
              size="small"
              value={period.to}
              onChange={(event) => setPeriod({ ...period, to: event.target.value })}
            />
          </div>
        </div>
        <StatementFiles
          path={(format, lang) =>
            `/admin/payouts/groups/${group.id}/statement?from=${period.from}&to=${period.to}&format=${format}&lang=${lang}`
          }
        />
      </div>
      <div className="flex flex-col gap-y-3 px-6 py-4">
        <Heading level="h2">{t("payouts.leader.paidBatches")}</Heading>
        {(batches.data?.payout_batches ?? []).length === 0 ? (
          <Text size="small" className="text-ui-fg-subtle">
            {t("payouts.leader.noBatches")}
          </Text>
        ) : (
          <Table>
            <Table.Body>
              {(batches.data?.payout_batches ?? []).map((batch) => (
                <Table.Row key={batch.id}>
                  <Table.Cell>
                    {batch.period_start} – {batch.period_end}
                  </Table.Cell>
                  <Table.Cell>{t(`payouts.statuses.${batch.status}`, { defaultValue: batch.status })}</Table.Cell>
                  <Table.Cell>
                    <StatementFiles
                      path={(format, lang) =>
                        `/admin/payouts/batches/${batch.id}/groups/${group.id}/statement?format=${format}&lang=${lang}`
                      }
                    />
                  </Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        )}
      </div>
    </Container>
  )
}
