import { Table, Text } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import { Link } from "react-router-dom"
import { formatDay } from "../../lib/format"
import { formatMonth } from "../../lib/harvest"
import { usePreorderList } from "../../lib/harvest-queries"
import { isPreorderStatus, PREORDER_STATUSES, type PreorderListQuery, preorderProductLabel } from "../../lib/preorders"
import { useListParams } from "../../lib/use-list-params"
import { ListFilterSelect } from "../list-filter-select"
import { ListTable } from "../list-table"
import { PreorderStatusBadge } from "./preorder-status-badge"

const PAGE_SIZE = 20

/**
 * The pre-order bookings, oldest first (the order lots serve them in), filtered by status: what
 * each shopper booked, what the harvest gave them, what is owed back, and a link to the order.
 */
export function PreordersSection() {
  const { t, i18n } = useTranslation()
  const { searchParams, pageIndex, updateParams, goToPage } = useListParams()

  const statusParam = searchParams.get("status")
  const status = isPreorderStatus(statusParam) ? statusParam : undefined
  const query: PreorderListQuery = {
    status: status ? [status] : undefined,
    limit: PAGE_SIZE,
    offset: pageIndex * PAGE_SIZE,
  }
  const { data, isLoading, isError } = usePreorderList(query)

  const bookings = data?.preorders ?? []
  const count = data?.count ?? 0

  return (
    <div className="divide-y">
      <div className="flex flex-wrap items-center justify-between gap-2 px-6 py-4">
        <Text size="small" className="text-ui-fg-subtle max-w-xl">
          {t("harvest.preorders.description")}
        </Text>
        <ListFilterSelect
          className="w-full md:w-56"
          label={t("harvest.fields.status")}
          anyLabel={t("harvest.preorders.anyStatus")}
          values={PREORDER_STATUSES}
          valueLabel={(value) => t(`harvest.preorderStatuses.${value}`)}
          value={status}
          onChange={(value) => updateParams({ status: value })}
        />
      </div>

      <ListTable
        scope="harvest"
        className="overflow-x-auto"
        isLoading={isLoading}
        isError={isError}
        errorText={t("harvest.preorders.loadError")}
        isEmpty={bookings.length === 0}
        empty={{
          title: t(status ? "harvest.preorders.noMatchesTitle" : "harvest.preorders.emptyTitle"),
          message: t(status ? "harvest.preorders.noMatchesMessage" : "harvest.preorders.emptyMessage"),
        }}
        paging={{
          count,
          pageSize: PAGE_SIZE,
          pageIndex,
          onPageChange: goToPage,
          resultsKey: "harvest.preorders.results",
        }}
      >
        <Table>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>{t("harvest.preorders.bookedColumn")}</Table.HeaderCell>
              <Table.HeaderCell>{t("harvest.preorders.orderColumn")}</Table.HeaderCell>
              <Table.HeaderCell>{t("harvest.fields.product")}</Table.HeaderCell>
              <Table.HeaderCell>{t("harvest.fields.lotNumber")}</Table.HeaderCell>
              <Table.HeaderCell>{t("harvest.fields.status")}</Table.HeaderCell>
              <Table.HeaderCell className="text-right">{t("harvest.preorders.quantityColumn")}</Table.HeaderCell>
              <Table.HeaderCell className="text-right">{t("harvest.preorders.allocatedColumn")}</Table.HeaderCell>
              <Table.HeaderCell className="text-right">{t("harvest.preorders.refundColumn")}</Table.HeaderCell>
              <Table.HeaderCell>{t("harvest.preorders.ifShortColumn")}</Table.HeaderCell>
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {bookings.map((booking) => (
              <Table.Row key={booking.id}>
                <Table.Cell>{formatDay(booking.created_at, i18n.language)}</Table.Cell>
                <Table.Cell>
                  {booking.order_id ? (
                    <Link
                      to={`/orders/${booking.order_id}`}
                      className="text-ui-fg-interactive hover:text-ui-fg-interactive-hover font-medium"
                    >
                      {booking.order_display_id !== null
                        ? t("harvest.preorders.orderNumber", { number: booking.order_display_id })
                        : t("harvest.preorders.openOrder")}
                    </Link>
                  ) : (
                    <span className="text-ui-fg-muted" title={t("harvest.preorders.noOrderTitle")}>
                      {t("harvest.preorders.noOrder")}
                    </span>
                  )}
                </Table.Cell>
                <Table.Cell>
                  <div className="flex flex-col">
                    <span>{preorderProductLabel(booking) ?? t("harvest.common.unknownVariant")}</span>
                    {booking.variant_sku && (
                      <span className="text-ui-fg-muted txt-compact-xsmall">{booking.variant_sku}</span>
                    )}
                  </div>
                </Table.Cell>
                <Table.Cell>
                  <div className="flex flex-col">
                    <span className="text-ui-fg-base font-medium">{booking.lot_number ?? "—"}</span>
                    {booking.expected_shipping_month && (
                      <span className="text-ui-fg-muted txt-compact-xsmall">
                        {formatMonth(booking.expected_shipping_month, i18n.language)}
                      </span>
                    )}
                  </div>
                </Table.Cell>
                <Table.Cell className="whitespace-nowrap">
                  <PreorderStatusBadge status={booking.status} />
                </Table.Cell>
                <Table.Cell className="text-right tabular-nums">{booking.quantity}</Table.Cell>
                <Table.Cell className="text-right tabular-nums">{booking.allocated_quantity}</Table.Cell>
                <Table.Cell className="text-right tabular-nums">
                  {booking.refund_quantity > 0 ? (
                    <div className="flex flex-col items-end">
                      <span
                        className={booking.refunded_amount !== null ? "font-medium" : "text-ui-fg-error font-medium"}
                      >
                        {booking.refund_quantity}
                      </span>
                      <span className="text-ui-fg-subtle txt-compact-xsmall">
                        {booking.refunded_amount !== null
                          ? t("harvest.preorders.refunded", { amount: booking.refunded_amount })
                          : booking.refund_note === "refunding"
                            ? t("harvest.preorders.refunding")
                            : booking.refund_note?.startsWith("payment not captured")
                              ? t("harvest.preorders.captureLess")
                              : (booking.refund_note ?? "")}
                      </span>
                    </div>
                  ) : (
                    "—"
                  )}
                </Table.Cell>
                <Table.Cell>{t(`harvest.preorders.ifShort.${booking.if_short}`)}</Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      </ListTable>
    </div>
  )
}
