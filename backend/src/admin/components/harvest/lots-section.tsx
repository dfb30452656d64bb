import { Alert, Button, Select, Table, Text } from "@medusajs/ui"
import { useMemo, useState } from "react"
import { useTranslation } from "react-i18next"
import { useSearchParams } from "react-router-dom"
import { formatDay } from "../../lib/format"
import {
  formatMonth,
  HARVEST_LOT_STATUSES,
  type HarvestLotListQuery,
  type HarvestLotStatus,
  variantLabels,
} from "../../lib/harvest"
import { useAllProducerGroups, useHarvestLotList, useHarvestProducts } from "../../lib/harvest-queries"
import { LotActions, type LotRefusal, LotRefusalAlert } from "./lot-actions"
import { LotStatusBadge } from "./lot-status-badge"
import { PlanLotDrawer } from "./plan-lot-drawer"

const PAGE_SIZE = 20
// Radix Select items cannot have an empty value, so "no filter" needs a name of its own.
const ANY = "any"

const isStatus = (value: string | null): value is HarvestLotStatus =>
  HARVEST_LOT_STATUSES.includes(value as HarvestLotStatus)

/** Whether a lot's harvest came in (so its pre-orders were served from it); a lot expired unmade did not. */
const hasComeIn = (lot: { status: HarvestLotStatus; produced_quantity: number | null }) =>
  lot.status !== "planned" && lot.status !== "in_production" && lot.produced_quantity !== null

/** The lots, newest first, filtered by status, with the moves each may make. */
export function LotsSection() {
  const { t, i18n } = useTranslation()
  const [searchParams, setSearchParams] = useSearchParams()
  const [planOpen, setPlanOpen] = useState(false)
  const [refusal, setRefusal] = useState<LotRefusal | null>(null)

  const statusParam = searchParams.get("status")
  const status = isStatus(statusParam) ? statusParam : undefined
  const pageIndex = Math.max(0, Number.parseInt(searchParams.get("page") ?? "1", 10) - 1 || 0)
  const query: HarvestLotListQuery = { status, limit: PAGE_SIZE, offset: pageIndex * PAGE_SIZE }
  const { data, isLoading, isError } = useHarvestLotList(query)
  const products = useHarvestProducts()
  const groups = useAllProducerGroups()

  const labels = useMemo(() => variantLabels(products.data ?? []), [products.data])
  const groupNames = useMemo(
    () => new Map((groups.data?.producer_groups ?? []).map((group) => [group.id, group.name])),
    [groups.data],
  )

  const updateParams = (changes: Record<string, string | undefined>) => {
    setSearchParams(
      (current) => {
        const next = new URLSearchParams(current)
        for (const [key, value] of Object.entries(changes)) {
          if (value) next.set(key, value)
          else next.delete(key)
        }
        if (!("page" in changes)) next.delete("page")
        return next
      },
      { replace: true },
    )
  }

  const lots = data?.harvest_lots ?? []
  const count = data?.count ?? 0
  const pageCount = Math.max(1, Math.ceil(count / PAGE_SIZE))

  return (
    <div className="divide-y">
      <div className="flex flex-wrap items-center justify-between gap-2 px-6 py-4">
        <div className="w-full md:w-56">
          <Select
            size="small"
            value={status ?? ANY}
            onValueChange={(value) => updateParams({ status: value === ANY ? undefined : value })}
          >
            <Select.Trigger aria-label={t("harvest.fields.status")}>
              <Select.Value />
            </Select.Trigger>
            <Select.Content>
              <Select.Item value={ANY}>{t("harvest.lots.anyStatus")}</Select.Item>
              {HARVEST_LOT_STATUSES.map((value) => (
                <Select.Item key={value} value={value}>
                  {t(`harvest.statuses.${value}`)}
                </Select.Item>
              ))}
            </Select.Content>
          </Select>
        </div>
        <Button size="small" variant="secondary" onClick={() => setPlanOpen(true)}>
          {t("harvest.lots.plan")}
        </Button>
      </div>

      {refusal && (
        <div className="px-6 py-4">
          <LotRefusalAlert refusal={refusal} />
        </div>
      )}

      {isError ? (
        <div className="px-6 py-4">
          <Alert variant="error">{t("harvest.lots.loadError")}</Alert>
        </div>
      ) : (
        <div className="overflow-x-auto">
          <Table>
            <Table.Header>
              <Table.Row>
                <Table.HeaderCell>{t("harvest.fields.lotNumber")}</Table.HeaderCell>
                <Table.HeaderCell>{t("harvest.fields.product")}</Table.HeaderCell>
                <Table.HeaderCell>{t("harvest.fields.group")}</Table.HeaderCell>
                <Table.HeaderCell>{t("harvest.fields.status")}</Table.HeaderCell>
                <Table.HeaderCell className="text-right">{t("harvest.lots.quantityColumn")}</Table.HeaderCell>
                <Table.HeaderCell className="text-right">{t("harvest.lots.preorderedColumn")}</Table.HeaderCell>
                <Table.HeaderCell className="text-right">{t("harvest.lots.setAsideColumn")}</Table.HeaderCell>
                <Table.HeaderCell>{t("harvest.fields.bestBefore")}</Table.HeaderCell>
                <Table.HeaderCell>{t("harvest.fields.shippingMonth")}</Table.HeaderCell>
                <Table.HeaderCell>{t("harvest.lots.actionsColumn")}</Table.HeaderCell>
              </Table.Row>
            </Table.Header>
            <Table.Body>
              {lots.map((lot) => (
                <Table.Row key={lot.id}>
                  <Table.Cell>
                    <span className="text-ui-fg-base font-medium" title={lot.note ?? undefined}>
                      {lot.lot_number}
                    </span>
                  </Table.Cell>
                  <Table.Cell>
                    {labels.get(lot.variant_id)?.label ??
                      (products.isLoading ? "…" : t("harvest.common.unknownVariant"))}
                  </Table.Cell>
                  <Table.Cell>{groupNames.get(lot.producer_group_id) ?? (groups.isLoading ? "…" : "—")}</Table.Cell>
                  <Table.Cell>
                    <LotStatusBadge status={lot.status} />
                  </Table.Cell>
                  <Table.Cell className="text-right tabular-nums">
                    <span title={t("harvest.lots.quantityTitle")}>
                      {lot.forecast_quantity} / {lot.produced_quantity ?? "—"}
                    </span>
                  </Table.Cell>
                  <Table.Cell className="text-right tabular-nums">
                    <span title={t("harvest.lots.preorderedTitle")}>{lot.preordered_quantity ?? 0}</span>
                  </Table.Cell>
                  <Table.Cell className="text-right tabular-nums">
                    {/* Units are set aside only when the harvest comes in. */}
                    {hasComeIn(lot) ? (
                      <span title={t("harvest.lots.setAsideTitle")}>{lot.allocated_quantity ?? 0}</span>
                    ) : (
                      "—"
                    )}
                  </Table.Cell>
                  <Table.Cell>{formatDay(lot.best_before, i18n.language)}</Table.Cell>
                  <Table.Cell>{formatMonth(lot.expected_shipping_month, i18n.language)}</Table.Cell>
                  <Table.Cell>
                    <LotActions lot={lot} onRefused={setRefusal} />
                  </Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
          {!isLoading && lots.length === 0 && (
            <div className="flex flex-col items-center gap-y-1 px-6 py-10 text-center">
              <Text size="small" weight="plus">
                {t(status ? "harvest.lots.noMatchesTitle" : "harvest.lots.emptyTitle")}
              </Text>
              <Text size="small" className="text-ui-fg-subtle">
                {t(status ? "harvest.lots.noMatchesMessage" : "harvest.lots.emptyMessage")}
              </Text>
            </div>
          )}
          {isLoading && (
            <Text size="small" className="text-ui-fg-subtle px-6 py-10 text-center">
              {t("harvest.common.loading")}
            </Text>
          )}
          {count > 0 && (
            <Table.Pagination
              count={count}
              pageSize={PAGE_SIZE}
              pageIndex={pageIndex}
              pageCount={pageCount}
              canPreviousPage={pageIndex > 0}
              canNextPage={pageIndex + 1 < pageCount}
              previousPage={() => updateParams({ page: pageIndex > 1 ? String(pageIndex) : undefined })}
              nextPage={() => updateParams({ page: String(pageIndex + 2) })}
              translations={{
                of: t("harvest.pagination.of"),
                results: t("harvest.pagination.results", { count }),
                pages: t("harvest.pagination.pages", { count: pageCount }),
                prev: t("harvest.pagination.prev"),
                next: t("harvest.pagination.next"),
              }}
            />
          )}
        </div>
      )}

      {planOpen && <PlanLotDrawer onClose={() => setPlanOpen(false)} />}
    </div>
  )
}
