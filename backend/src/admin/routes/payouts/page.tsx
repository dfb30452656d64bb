import { defineRouteConfig } from "@medusajs/admin-sdk"
import { CurrencyDollar } from "@medusajs/icons"
import { Badge, Button, Container, Heading, Input, Select, Table, Text } from "@medusajs/ui"
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { useState } from "react"
import { useTranslation } from "react-i18next"
import { LeaderPayouts } from "../../components/payouts/leader-payouts"
import { ReportsSection } from "../../components/payouts/reports-section"
import { useMyPayoutRole } from "../../lib/group-leaders"
import { backendHref, sdk } from "../../lib/sdk"
import { money } from "../../lib/wholesale"

type Rate = {
  id: string
  currency_code: string
  rate_to_kgs: number | string
  effective_on: string
  note: string | null
}
type Balance = { producer_group_id: string; group_name: string | null; balance: number }
type Statement = {
  producer_group_id: string
  group_name: string | null
  lines_sold: number
  gross: number
  commission: number
  fees: number
  net: number
  balance: number
  to_pay: number
  paid: number
  method: string | null
  reference: string | null
  paid_on: string | null
}
type Batch = { id: string; period_start: string; period_end: string; status: string; statements?: Statement[] }

const KEY = ["ovop", "payouts"] as const
const today = () => new Date().toISOString().slice(0, 10)
/** Whole som in the dashboard's language ("1,367 som", "1 367 сом"). */
const som = (amount: number, language: string) => money(amount, "kgs", language)

/** The previous calendar month, the usual batch period. */
function lastMonth(): { start: string; end: string } {
  const now = new Date()
  const start = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - 1, 1))
  const end = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 0))
  return { start: start.toISOString().slice(0, 10), end: end.toISOString().slice(0, 10) }
}

/** What a payout route answered when it refused: its stable code and parameters, and an English message. */
type Refusal = { code?: string; params?: Record<string, unknown>; message: string }

/** Calls a payout route on the dashboard's session; a refusal is thrown as the route answered it. */
async function payoutFetch(path: string, init: RequestInit = {}): Promise<Response> {
  const response = await fetch(backendHref(path), { credentials: "include", ...init })
  if (!response.ok) {
    const body = (await response.json().catch(() => null)) as Refusal | null
    throw body && typeof body.message === "string" ? body : { message: response.statusText }
  }
  return response
}

/** A POST to a payout route; a refusal is kept to be shown in the dashboard's language. */
function usePayoutAction(onDone?: (answer: Record<string, unknown>) => void) {
  const client = useQueryClient()
  const [error, setError] = useState<Refusal | null>(null)
  const mutation = useMutation({
    mutationFn: async ({ path, body }: { path: string; body?: Record<string, unknown> }) =>
      (await payoutFetch(path, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify(body ?? {}),
      }).then((response) => response.json())) as Record<string, unknown>,
    onSuccess: (answer) => {
      setError(null)
      onDone?.(answer)
      return client.invalidateQueries({ queryKey: KEY })
    },
    onError: (failure: Refusal) => setError(failure),
  })
  return { run: mutation.mutate, pending: mutation.isPending, error }
}

/** A refusal in the dashboard's language when its code is known (groups listed), else the route's message. */
function ErrorText({ error }: { error: Refusal | null }) {
  const { t, i18n } = useTranslation()
  if (!error) return null
  const key = `payouts.refusals.${error.code}`
  const groups = (error.params?.groups ?? []) as (string | { name: string; fields: string[] })[]
  const text =
    error.code && i18n.exists(key)
      ? t(key, {
          ...error.params,
          ...Object.fromEntries(
            (["from", "to", "status"] as const)
              .filter((name) => typeof error.params?.[name] === "string")
              .map((name) => [name, t(`payouts.statuses.${error.params?.[name]}`)]),
          ),
          groups: groups
            .map((group) => (typeof group === "string" ? group : `${group.name} (${group.fields.join(", ")})`))
            .join("; "),
        })
      : error.message
  return (
    <Text size="small" className="text-ui-fg-error" role="alert">
      {text}
    </Text>
  )
}

/** A file of a payout route to download; a refusal (a draft batch, missing bank details) is shown instead. */
function DownloadLink({ path, label }: { path: string; label: string }) {
  const [error, setError] = useState<Refusal | null>(null)
  const download = async () => {
    try {
      const response = await payoutFetch(path)
      const name = /filename="([^"]+)"/.exec(response.headers.get("content-disposition") ?? "")?.[1] ?? "payout"
      const url = URL.createObjectURL(await response.blob())
      const link = document.createElement("a")
      link.href = url
      link.download = name
      link.click()
      URL.revokeObjectURL(url)
      setError(null)
    } catch (failure) {
      setError(failure as Refusal)
    }
  }
  return (
    <span className="inline-flex flex-col">
      <Button size="small" variant="transparent" type="button" onClick={download}>
        {label}
      </Button>
      <ErrorText error={error} />
    </span>
  )
}

/** Exchange rates to som: the history, and a form to add one. */
function RatesSection() {
  const { t, i18n } = useTranslation()
  const { data } = useQuery({
    queryKey: [...KEY, "rates"],
    queryFn: () => sdk.client.fetch<{ exchange_rates: Rate[] }>("/admin/payouts/exchange-rates"),
  })
  const action = usePayoutAction()
  const [rate, setRate] = useState({ currency_code: "usd", rate_to_kgs: "", effective_on: today() })
  return (
    <div className="flex flex-col gap-y-3 px-6 py-4">
      <Heading level="h2">{t("payouts.rates.title")}</Heading>
      <form
        className="flex flex-wrap items-end gap-2"
        onSubmit={(event) => {
          event.preventDefault()
          action.run({
            path: "/admin/payouts/exchange-rates",
            body: { ...rate, rate_to_kgs: Number(rate.rate_to_kgs.replace(",", ".")) },
          })
        }}
      >
        <Input
          aria-label={t("payouts.rates.currency")}
          value={rate.currency_code}
          onChange={(event) => setRate({ ...rate, currency_code: event.target.value })}
          className="w-24"
        />
        <Input
          aria-label={t("payouts.rates.rate")}
          placeholder={t("payouts.rates.rate")}
          value={rate.rate_to_kgs}
          onChange={(event) => setRate({ ...rate, rate_to_kgs: event.target.value })}
          className="w-32"
        />
        <Input
          type="date"
          aria-label={t("payouts.rates.from")}
          value={rate.effective_on}
          onChange={(event) => setRate({ ...rate, effective_on: event.target.value })}
        />
        <Button size="small" type="submit" isLoading={action.pending}>
          {t("payouts.rates.add")}
        </Button>
      </form>
      <ErrorText error={action.error} />
      <Table>
        <Table.Body>
          {(data?.exchange_rates ?? []).map((row) => (
            <Table.Row key={row.id}>
              <Table.Cell>{row.currency_code.toUpperCase()}</Table.Cell>
              <Table.Cell>{som(Number(row.rate_to_kgs), i18n.language)}</Table.Cell>
              <Table.Cell>{row.effective_on}</Table.Cell>
              <Table.Cell>{row.note ?? ""}</Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </div>
  )
}

/** Every group's balance in som now. */
function BalancesSection() {
  const { t, i18n } = useTranslation()
  const { data } = useQuery({
    queryKey: [...KEY, "balances"],
    queryFn: () => sdk.client.fetch<{ balances: Balance[] }>("/admin/payouts/balances"),
  })
  return (
    <div className="flex flex-col gap-y-3 px-6 py-4">
      <Heading level="h2">{t("payouts.balances.title")}</Heading>
      <Table>
        <Table.Body>
          {(data?.balances ?? []).map((row) => (
            <Table.Row key={row.producer_group_id}>
              <Table.Cell>{row.group_name ?? row.producer_group_id}</Table.Cell>
              <Table.Cell className="text-right">{som(row.balance, i18n.language)}</Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </div>
  )
}

/** A group's line of a batch: its figures, its statements to download, and recording its payment. */
function StatementRow({ batch, statement }: { batch: Batch; statement: Statement }) {
  const { t, i18n } = useTranslation()
  const language = i18n.language
  const action = usePayoutAction()
  const [payment, setPayment] = useState({ method: "bank", reference: "", paid_on: today() })
  const base = `/admin/payouts/batches/${batch.id}/groups/${statement.producer_group_id}/statement`
  return (
    <Table.Row>
      <Table.Cell>{statement.group_name ?? statement.producer_group_id}</Table.Cell>
      <Table.Cell className="text-right">{statement.lines_sold}</Table.Cell>
      <Table.Cell className="text-right">{som(statement.gross, language)}</Table.Cell>
      <Table.Cell className="text-right">{som(statement.commission + statement.fees, language)}</Table.Cell>
      <Table.Cell className="text-right">{som(statement.net, language)}</Table.Cell>
      <Table.Cell className="text-right">{som(statement.to_pay, language)}</Table.Cell>
      <Table.Cell>
        <div className="flex gap-x-2">
          {(["ky", "ru"] as const).map((lang) => (
            <DownloadLink
              key={lang}
              path={`${base}?lang=${lang}`}
              label={t("payouts.batches.statementPdf", { language: t(`payouts.languages.${lang}`) })}
            />
          ))}
          <DownloadLink
            path={`${base}?format=csv&lang=ru`}
            label={t("payouts.batches.statementCsv", { language: t("payouts.languages.ru") })}
          />
        </div>
      </Table.Cell>
      <Table.Cell>
        {statement.paid_on ? (
          <Text size="small">
            {t(`producerGroups.payoutMethods.${statement.method}`)} · {statement.reference} · {statement.paid_on}
          </Text>
        ) : batch.status === "approved" && statement.to_pay > 0 ? (
          <form
            className="flex flex-wrap gap-1"
            onSubmit={(event) => {
              event.preventDefault()
              action.run({
                path: `/admin/payouts/batches/${batch.id}/groups/${statement.producer_group_id}/pay`,
                body: payment,
              })
            }}
          >
            <Select value={payment.method} onValueChange={(method) => setPayment({ ...payment, method })} size="small">
              <Select.Trigger aria-label={t("payouts.batches.method")}>
                <Select.Value />
              </Select.Trigger>
              <Select.Content>
                {["bank", "mobile_wallet", "cash"].map((method) => (
                  <Select.Item key={method} value={method}>
                    {t(`producerGroups.payoutMethods.${method}`)}
                  </Select.Item>
                ))}
              </Select.Content>
            </Select>
            <Input
              size="small"
              aria-label={t("payouts.batches.reference")}
              placeholder={t("payouts.batches.reference")}
              value={payment.reference}
              onChange={(event) => setPayment({ ...payment, reference: event.target.value })}
            />
            <Input
              size="small"
              type="date"
              aria-label={t("payouts.batches.paidOn")}
              value={payment.paid_on}
              onChange={(event) => setPayment({ ...payment, paid_on: event.target.value })}
            />
            <Button size="small" type="submit" variant="secondary" isLoading={action.pending}>
              {t("payouts.batches.markGroupPaid")}
            </Button>
            <ErrorText error={action.error} />
          </form>
        ) : null}
      </Table.Cell>
    </Table.Row>
  )
}

/** One batch: its moves (approve, mark paid, reconcile), its files and a line per group. */
function BatchDetail({ id }: { id: string }) {
  const { t } = useTranslation()
  const { data } = useQuery({
    queryKey: [...KEY, "batch", id],
    queryFn: () => sdk.client.fetch<{ payout_batch: Batch }>(`/admin/payouts/batches/${id}`),
  })
  const action = usePayoutAction()
  const batch = data?.payout_batch
  if (!batch) return null
  const move = (to: "approve" | "mark-paid" | "reconcile") =>
    action.run({ path: `/admin/payouts/batches/${batch.id}/${to}` })
  return (
    <div className="flex flex-col gap-y-3 border-t px-6 py-4">
      <div className="flex flex-wrap items-center gap-2">
        <Heading level="h3">
          {batch.period_start} – {batch.period_end}
        </Heading>
        <Badge size="2xsmall">{t(`payouts.statuses.${batch.status}`)}</Badge>
        {batch.status === "draft" && (
          <Button size="small" onClick={() => move("approve")} isLoading={action.pending}>
            {t("payouts.batches.approve")}
          </Button>
        )}
        {batch.status === "approved" && (
          <Button size="small" onClick={() => move("mark-paid")} isLoading={action.pending}>
            {t("payouts.batches.markPaid")}
          </Button>
        )}
        {batch.status === "paid" && (
          <Button size="small" onClick={() => move("reconcile")} isLoading={action.pending}>
            {t("payouts.batches.reconcile")}
          </Button>
        )}
        <DownloadLink path={`/admin/payouts/batches/${batch.id}/bank-file`} label={t("payouts.batches.bankFile")} />
        {(["ru", "ky"] as const).map((lang) => (
          <DownloadLink
            key={lang}
            path={`/admin/payouts/batches/${batch.id}/cash-receipts?lang=${lang}`}
            label={`${t("payouts.batches.cashReceipts")} (${t(`payouts.languages.${lang}`)})`}
          />
        ))}
      </div>
      <ErrorText error={action.error} />
      <Table>
        <Table.Header>
          <Table.Row>
            <Table.HeaderCell>{t("payouts.batches.group")}</Table.HeaderCell>
            <Table.HeaderCell className="text-right">{t("payouts.batches.linesSold")}</Table.HeaderCell>
            <Table.HeaderCell className="text-right">{t("payouts.batches.gross")}</Table.HeaderCell>
            <Table.HeaderCell className="text-right">{t("payouts.batches.deductions")}</Table.HeaderCell>
            <Table.HeaderCell className="text-right">{t("payouts.batches.net")}</Table.HeaderCell>
            <Table.HeaderCell className="text-right">{t("payouts.batches.toPay")}</Table.HeaderCell>
            <Table.HeaderCell>{t("payouts.batches.statement")}</Table.HeaderCell>
            <Table.HeaderCell>{t("payouts.batches.payment")}</Table.HeaderCell>
          </Table.Row>
        </Table.Header>
        <Table.Body>
          {(batch.statements ?? []).map((statement) => (
            <StatementRow key={statement.producer_group_id} batch={batch} statement={statement} />
          ))}
        </Table.Body>
      </Table>
    </div>
  )
}

/** Payout batches: make one for a period, pick one to work on. */
function BatchesSection() {
  const { t } = useTranslation()
  const { data } = useQuery({
    queryKey: [...KEY, "batches"],
    queryFn: () => sdk.client.fetch<{ payout_batches: Batch[] }>("/admin/payouts/batches"),
  })
  const [open, setOpen] = useState<string | null>(null)
  // The batch just made is the one to work on next.
  const action = usePayoutAction((answer) => {
    const made = answer.payout_batch as Batch | undefined
    if (made) setOpen(made.id)
  })
  const [period, setPeriod] = useState(lastMonth)
  return (
    <div className="flex flex-col gap-y-3 px-6 py-4">
      <Heading level="h2">{t("payouts.batches.title")}</Heading>
      <form
        className="flex flex-wrap items-end gap-2"
        onSubmit={(event) => {
          event.preventDefault()
          action.run({ path: "/admin/payouts/batches", body: { period_start: period.start, period_end: period.end } })
        }}
      >
        <Input
          type="date"
          aria-label={t("payouts.batches.periodStart")}
          value={period.start}
          onChange={(event) => setPeriod({ ...period, start: event.target.value })}
        />
        <Input
          type="date"
          aria-label={t("payouts.batches.periodEnd")}
          value={period.end}
          onChange={(event) => setPeriod({ ...period, end: event.target.value })}
        />
        <Button size="small" type="submit" isLoading={action.pending}>
          {t("payouts.batches.create")}
        </Button>
      </form>
      <ErrorText error={action.error} />
      <div className="flex flex-wrap gap-2">
        {(data?.payout_batches ?? []).map((batch) => (
          <Button
            key={batch.id}
            size="small"
            variant={open === batch.id ? "primary" : "secondary"}
            onClick={() => setOpen(batch.id)}
          >
            {batch.period_start} – {batch.period_end} · {t(`payouts.statuses.${batch.status}`)}
          </Button>
        ))}
      </div>
      {open && <BatchDetail id={open} />}
    </div>
  )
}

/**
 * Group payouts: payout batches with their statements and files, reports, balances and exchange
 * rates; a group leader sees its own group's page instead (the routes answer it nothing else).
 */
function PayoutsPage() {
  const { t } = useTranslation()
  const role = useMyPayoutRole()
  if (role.isLoading) return null
  if (role.data?.role === "leader" && role.data.producer_group)
    return <LeaderPayouts group={role.data.producer_group} />
  return (
    <Container className="divide-y p-0">
      <div className="px-6 py-4">
        <Heading>{t("payouts.title")}</Heading>
        <Text size="small" className="text-ui-fg-subtle">
          {t("payouts.subtitle")}
        </Text>
      </div>
      <BatchesSection />
      <ReportsSection />
      <BalancesSection />
      <RatesSection />
    </Container>
  )
}

/** The page's breadcrumb, in the dashboard's language. */
function PayoutsBreadcrumb() {
  const { t } = useTranslation()
  return <>{t("payouts.title")}</>
}

export const config = defineRouteConfig({
  label: "payouts.menuLabel",
  translationNs: "translation",
  icon: CurrencyDollar,
})

/** Route handle: the page's breadcrumb. */
export const handle = { breadcrumb: () => <PayoutsBreadcrumb /> }

export default PayoutsPage
