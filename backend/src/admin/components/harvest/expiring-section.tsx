import { Alert, Badge, Table, Text } from "@medusajs/ui"
import { useMemo } from "react"
import { useTranslation } from "react-i18next"
import { formatDay } from "../../lib/format"
import { EXPIRY_WINDOW_DAYS, expiringLots, todayInBishkek, variantLabels } from "../../lib/harvest"
import { useAllHarvestLots, useAllProducerGroups, useHarvestProducts } from "../../lib/harvest-queries"
import { ListTable } from "../list-table"
import { LotStatusBadge } from "./lot-status-badge"

const URGENT_DAYS = 14

/** Lots whose best-before falls within the next 60 days or has passed (no longer sold), soonest first. */
export function ExpiringSection() {
  const { t, i18n } = useTranslation()
  const lots = useAllHarvestLots()
  const products = useHarvestProducts()
  const groups = useAllProducerGroups()
  const today = todayInBishkek()

  const expiring = useMemo(() => expiringLots(lots.data?.harvest_lots ?? [], today), [lots.data, today])
  const labels = useMemo(() => variantLabels(products.data ?? []), [products.data])
  const groupNames = useMemo(
    () => new Map((groups.data?.producer_groups ?? []).map((group) => [group.id, group.name])),
    [groups.data],
  )
  const truncated = (lots.data?.count ?? 0) > (lots.data?.harvest_lots.length ?? 0)

  return (
    <div className="divide-y">
      <div className="px-6 py-4">
        <Text size="small" className="text-ui-fg-subtle">
          {t("harvest.expiring.description", { days: EXPIRY_WINDOW_DAYS })}
        </Text>
      </div>
      {truncated && (
        <div className="px-6 py-4">
          <Alert variant="warning">{t("harvest.common.truncated", { count: lots.data?.harvest_lots.length })}</Alert>
        </div>
      )}
      <ListTable
        scope="harvest"
        className="overflow-x-auto"
        isLoading={lots.isLoading}
        isError={lots.isError}
        errorText={t("harvest.lots.loadError")}
        isEmpty={expiring.length === 0}
        empty={{ message: t("harvest.expiring.empty", { days: EXPIRY_WINDOW_DAYS }) }}
      >
        <Table>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>{t("harvest.fields.bestBefore")}</Table.HeaderCell>
              <Table.HeaderCell>{t("harvest.expiring.daysLeftColumn")}</Table.HeaderCell>
              <Table.HeaderCell>{t("harvest.fields.lotNumber")}</Table.HeaderCell>
              <Table.HeaderCell>{t("harvest.fields.product")}</Table.HeaderCell>
              <Table.HeaderCell>{t("harvest.fields.group")}</Table.HeaderCell>
              <Table.HeaderCell>{t("harvest.fields.status")}</Table.HeaderCell>
              <Table.HeaderCell className="text-right">{t("harvest.lots.quantityColumn")}</Table.HeaderCell>
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {expiring.map(({ lot, daysLeft }) => (
              <Table.Row key={lot.id}>
                <Table.Cell>{formatDay(lot.best_before, i18n.language)}</Table.Cell>
                <Table.Cell>
                  <Badge size="2xsmall" color={daysLeft <= URGENT_DAYS ? "red" : "orange"}>
                    {daysLeft < 0
                      ? t("harvest.expiring.daysPast", { count: -daysLeft })
                      : daysLeft === 0
                        ? t("harvest.expiring.today")
                        : t("harvest.expiring.daysLeft", { count: daysLeft })}
                  </Badge>
                </Table.Cell>
                <Table.Cell>
                  <span className="text-ui-fg-base font-medium">{lot.lot_number}</span>
                </Table.Cell>
                <Table.Cell>
                  {labels.get(lot.variant_id)?.label ?? (products.isLoading ? "…" : t("harvest.common.unknownVariant"))}
                </Table.Cell>
                <Table.Cell>{groupNames.get(lot.producer_group_id) ?? "—"}</Table.Cell>
                <Table.Cell>
                  <LotStatusBadge status={lot.status} lot={lot} />
                </Table.Cell>
                <Table.Cell className="text-right tabular-nums">
                  {lot.forecast_quantity} / {lot.produced_quantity ?? "—"}
                </Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      </ListTable>
    </div>
  )
}
