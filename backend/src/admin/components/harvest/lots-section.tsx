import { Button, Table } from "@medusajs/ui"
import { useMemo, useState } from "react"
import { useTranslation } from "react-i18next"
import { formatDay } from "../../lib/format"
import {
  formatMonth,
  HARVEST_LOT_STATUSES,
  type HarvestLotListQuery,
  type HarvestLotStatus,
  variantLabels,
} from "../../lib/harvest"
import { useAllProducerGroups, useHarvestLotList, useHarvestProducts } from "../../lib/harvest-queries"
import { useListParams } from "../../lib/use-list-params"
import { ListFilterSelect } from "../list-filter-select"
import { ListTable } from "../list-table"
import { LotActions, type LotRefusal, LotRefusalAlert } from "./lot-actions"
import { LotStatusBadge } from "./lot-status-badge"
import { PlanLotDrawer } from "./plan-lot-drawer"

const PAGE_SIZE = 20

const isStatus = (value: string | null): value is HarvestLotStatus =>
  HARVEST_LOT_STATUSES.includes(value as HarvestLotStatus)

/** Whether a lot's harvest came in (so its pre-orders were served from it); a lot expired unmade did not. */
const hasComeIn = (lot: { status: HarvestLotStatus; produced_quantity: number | null }) =>
  lot.status !== "planned" && lot.status !== "in_production" && lot.produced_quantity !== null

/** The lots, newest first, filtered by status, with the moves each may make. */
export function LotsSection() {
  const { t, i18n } = useTranslation()
  const { searchParams, pageIndex, updateParams, goToPage } = useListParams()
  const [planOpen, setPlanOpen] = useState(false)
  const [refusal, setRefusal] = useState<LotRefusal | null>(null)

  const statusParam = searchParams.get("status")
  const status = isStatus(statusParam) ? statusParam : undefined
  const query: HarvestLotListQuery = { status, limit: PAGE_SIZE, offset: pageIndex * PAGE_SIZE }
  const { data, isLoading, isError } = useHarvestLotList(query)
  const products = useHarvestProducts()
  const groups = useAllProducerGroups()

  const labels = useMemo(() => variantLabels(products.data ?? []), [products.data])
  const groupNames = useMemo(
    () => new Map((groups.data?.producer_groups ?? []).map((group) => [group.id, group.name])),
    [groups.data],
  )

  const lots = data?.harvest_lots ?? []
  const count = data?.count ?? 0

  return (
    <div className="divide-y">
      <div className="flex flex-wrap items-center justify-between gap-2 px-6 py-4">
        <ListFilterSelect
          className="w-full md:w-56"
          label={t("harvest.fields.status")}
          anyLabel={t("harvest.lots.anyStatus")}
          values={HARVEST_LOT_STATUSES}
          valueLabel={(value) => t(`harvest.statuses.${value}`)}
          value={status}
          onChange={(value) => updateParams({ status: value })}
        />
        <Button size="small" variant="secondary" onClick={() => setPlanOpen(true)}>
          {t("harvest.lots.plan")}
        </Button>
      </div>

      {refusal && (
        <div className="px-6 py-4">
          <LotRefusalAlert refusal={refusal} />
        </div>
      )}

      <ListTable
        scope="harvest"
        className="overflow-x-auto"
        isLoading={isLoading}
        isError={isError}
        errorText={t("harvest.lots.loadError")}
        isEmpty={lots.length === 0}
        empty={{
          title: t(status ? "harvest.lots.noMatchesTitle" : "harvest.lots.emptyTitle"),
          message: t(status ? "harvest.lots.noMatchesMessage" : "harvest.lots.emptyMessage"),
        }}
        paging={{ count, pageSize: PAGE_SIZE, pageIndex, onPageChange: goToPage }}
      >
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
                  {labels.get(lot.variant_id)?.label ?? (products.isLoading ? "…" : t("harvest.common.unknownVariant"))}
                </Table.Cell>
                <Table.Cell>{groupNames.get(lot.producer_group_id) ?? (groups.isLoading ? "…" : "—")}</Table.Cell>
                <Table.Cell>
                  <LotStatusBadge status={lot.status} lot={lot} />
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
      </ListTable>

      {planOpen && <PlanLotDrawer onClose={() => setPlanOpen(false)} />}
    </div>
  )
}
