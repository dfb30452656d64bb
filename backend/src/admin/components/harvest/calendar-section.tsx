import { ChevronLeft, ChevronRight } from "@medusajs/icons"
import { Alert, Badge, clx, IconButton, StatusBadge, Text, Tooltip } from "@medusajs/ui"
import { useMemo, useState } from "react"
import { useTranslation } from "react-i18next"
import {
  type AdminHarvestLot,
  type HarvestProduct,
  lotCalendarMonth,
  seasonMonths,
  shortMonthName,
  todayInBishkek,
  variantLabels,
} from "../../lib/harvest"
import {
  useAllHarvestLots,
  useAllProducerGroups,
  useHarvestProducts,
  useProducerGroupDetails,
} from "../../lib/harvest-queries"
import { lotStatusColor } from "./lot-status-badge"

const MONTHS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12] as const

/**
 * The year at a glance: one row per producer group, one column per month. A cell lists the
 * group's products in season that month (product metadata.season_months) and its lots by
 * expected shipping month, or production month when no shipping month is set.
 */
export function CalendarSection() {
  const { t, i18n } = useTranslation()
  const today = todayInBishkek()
  const thisYear = Number(today.slice(0, 4))
  const thisMonth = Number(today.slice(5, 7))
  const [year, setYear] = useState(thisYear)

  const groups = useAllProducerGroups()
  const groupList = groups.data?.producer_groups ?? []
  const details = useProducerGroupDetails(groupList.map((group) => group.id))
  const products = useHarvestProducts()
  const lots = useAllHarvestLots()

  const productById = useMemo(
    () => new Map((products.data ?? []).map((product) => [product.id, product])),
    [products.data],
  )
  const labels = useMemo(() => variantLabels(products.data ?? []), [products.data])

  // Lots of the shown year, by group and month.
  const lotsByCell = useMemo(() => {
    const cells = new Map<string, AdminHarvestLot[]>()
    for (const lot of lots.data?.harvest_lots ?? []) {
      const month = lotCalendarMonth(lot)
      if (!month || Number(month.slice(0, 4)) !== year) continue
      const key = `${lot.producer_group_id}:${Number(month.slice(5, 7))}`
      cells.set(key, [...(cells.get(key) ?? []), lot])
    }
    return cells
  }, [lots.data, year])

  const loading = groups.isLoading || products.isLoading || lots.isLoading
  const failed = groups.isError || products.isError || lots.isError || details.some((detail) => detail.isError)
  const truncated = (lots.data?.count ?? 0) > (lots.data?.harvest_lots.length ?? 0)

  return (
    <div className="flex flex-col gap-y-4 px-6 py-4">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <Text size="small" className="text-ui-fg-subtle">
          {t("harvest.calendar.description")}
        </Text>
        <div className="flex items-center gap-x-2">
          <IconButton size="small" aria-label={t("harvest.calendar.previousYear")} onClick={() => setYear(year - 1)}>
            <ChevronLeft />
          </IconButton>
          <Text size="small" weight="plus" className="tabular-nums">
            {year}
          </Text>
          <IconButton size="small" aria-label={t("harvest.calendar.nextYear")} onClick={() => setYear(year + 1)}>
            <ChevronRight />
          </IconButton>
        </div>
      </div>
      {failed && <Alert variant="error">{t("harvest.calendar.loadError")}</Alert>}
      {truncated && (
        <Alert variant="warning">{t("harvest.common.truncated", { count: lots.data?.harvest_lots.length })}</Alert>
      )}
      {loading ? (
        <Text size="small" className="text-ui-fg-subtle py-6 text-center">
          {t("harvest.common.loading")}
        </Text>
      ) : groupList.length === 0 ? (
        <Text size="small" className="text-ui-fg-subtle py-6 text-center">
          {t("harvest.calendar.noGroups")}
        </Text>
      ) : (
        <div className="overflow-x-auto">
          <table className="w-full min-w-[1100px] table-fixed border-collapse text-xs">
            <thead>
              <tr>
                <th className="text-ui-fg-subtle w-48 border-b p-2 text-left font-medium">
                  {t("harvest.fields.group")}
                </th>
                {MONTHS.map((month) => (
                  <th
                    key={month}
                    className={clx(
                      "text-ui-fg-subtle border-b p-2 text-left font-medium capitalize",
                      year === thisYear && month === thisMonth && "bg-ui-bg-highlight text-ui-fg-base",
                    )}
                  >
                    {shortMonthName(month, i18n.language)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {groupList.map((group, index) => {
                const groupProducts = (details[index]?.data?.products ?? [])
                  .map((product) => productById.get(product.id))
                  .filter((product): product is HarvestProduct => Boolean(product))
                const allYear = groupProducts.filter((product) => seasonMonths(product).length === 0)
                return (
                  <tr key={group.id} className="align-top">
                    <td className="border-b p-2">
                      <Text size="small" weight="plus">
                        {group.name}
                      </Text>
                      {details[index]?.isLoading && <Text size="xsmall">…</Text>}
                      {allYear.length > 0 && (
                        <Text size="xsmall" className="text-ui-fg-subtle">
                          {t("harvest.calendar.allYear")} {allYear.map((product) => product.title).join(", ")}
                        </Text>
                      )}
                    </td>
                    {MONTHS.map((month) => {
                      const inSeason = groupProducts.filter((product) => seasonMonths(product).includes(month))
                      const cellLots = lotsByCell.get(`${group.id}:${month}`) ?? []
                      return (
                        <td
                          key={month}
                          className={clx(
                            "border-b p-1",
                            year === thisYear && month === thisMonth && "bg-ui-bg-highlight",
                          )}
                        >
                          <div className="flex flex-col gap-1">
                            {inSeason.map((product) => (
                              // A month is a narrow column: the chip wraps its name rather than cut it off.
                              <Badge
                                key={product.id}
                                size="2xsmall"
                                color="green"
                                className="h-auto min-w-0 whitespace-normal break-words py-0.5 text-left leading-tight"
                                title={product.title}
                              >
                                {product.title}
                              </Badge>
                            ))}
                            {cellLots.map((lot) => (
                              <Tooltip
                                key={lot.id}
                                content={`${labels.get(lot.variant_id)?.label ?? ""} · ${t(`harvest.statuses.${lot.status}`)}`}
                              >
                                <StatusBadge
                                  color={lotStatusColor[lot.status]}
                                  className="h-auto min-w-0 max-w-full whitespace-normal break-all py-0.5 leading-tight"
                                >
                                  {lot.lot_number}
                                </StatusBadge>
                              </Tooltip>
                            ))}
                          </div>
                        </td>
                      )
                    })}
                  </tr>
                )
              })}
            </tbody>
          </table>
        </div>
      )}
      <Text size="xsmall" className="text-ui-fg-muted">
        {t("harvest.calendar.legend")}
      </Text>
    </div>
  )
}
